import { parseNabTimestamp } from './nabTimestamp';

describe('parseNabTimestamp', () => {
  it('reads NAB data and window timestamps as UTC', () => {
    expect(parseNabTimestamp('2014-07-01 00:00:00')).toBe(Date.UTC(2014, 6, 1));
    expect(parseNabTimestamp('2014-04-10 07:15:00.000000')).toBe(Date.UTC(2014, 3, 10, 7, 15));
    expect(parseNabTimestamp('2011-07-01 00:00:01')).toBe(Date.UTC(2011, 6, 1, 0, 0, 1));
  });

  it('accepts ISO forms with T, Z, fractions and offsets', () => {
    expect(parseNabTimestamp('2014-07-01T00:00:00Z')).toBe(Date.UTC(2014, 6, 1));
    expect(parseNabTimestamp('2014-07-01T02:00:00+02:00')).toBe(Date.UTC(2014, 6, 1));
    expect(parseNabTimestamp('2014-07-01T00:00:00-0130')).toBe(Date.UTC(2014, 6, 1, 1, 30));
    expect(parseNabTimestamp('2014-07-01 00:00:00.25')).toBe(Date.UTC(2014, 6, 1) + 250);
    expect(parseNabTimestamp('2014-07-01 00:00')).toBe(Date.UTC(2014, 6, 1));
  });

  it('returns NaN for anything else', () => {
    expect(parseNabTimestamp('')).toBeNaN();
    expect(parseNabTimestamp('1404172800')).toBeNaN();
    expect(parseNabTimestamp('2014-07-01')).toBeNaN();
    expect(parseNabTimestamp('yesterday 10:00')).toBeNaN();
  });
});
