import { windowRows } from './windowRows';

const times = Float64Array.from([0, 1000, 2000, 3000, 4000, 5000]);

describe('windowRows', () => {
  it('maps start and end timestamps to inclusive rows, sorted by start', () => {
    expect(
      windowRows(times, [
        [4000, 5000],
        [1000, 2000],
      ])
    ).toEqual([
      { startRow: 1, endRow: 2 },
      { startRow: 4, endRow: 5 },
    ]);
    expect(windowRows(times, [])).toEqual([]);
  });

  it('throws naming the timestamp when a window edge is not a row of the file', () => {
    expect(() => windowRows(times, [[1500, 3000]])).toThrow('window start 1970-01-01T00:00:01.500Z');
    expect(() => windowRows(times, [[1000, 9000]])).toThrow('window end 1970-01-01T00:00:09.000Z');
    expect(() => windowRows(times, [[NaN, 1000]])).toThrow('window start');
  });

  it('rejects reversed and overlapping windows', () => {
    expect(() => windowRows(times, [[3000, 1000]])).toThrow('before it starts');
    expect(() =>
      windowRows(times, [
        [0, 2000],
        [2000, 4000],
      ])
    ).toThrow('windows overlap');
  });
});
