import { prepareSeries } from './prepareSeries';

const series = (t: number[], v: number[]) => ({
  name: 's',
  timesMs: Float64Array.from(t),
  values: Float64Array.from(v),
});

describe('prepareSeries', () => {
  it('passes a clean series through without copying', () => {
    const s = series([1, 2, 3], [4, 5, 6]);
    const p = prepareSeries(s, 'drop');
    expect(p.values).toBe(s.values);
    expect(p.sourceIndex).toBeNull();
    expect(p.notices).toEqual([]);
  });

  it("sorts by (time, value) and keeps the smallest value of a duplicate timestamp (Roomba's rule)", () => {
    const p = prepareSeries(series([3, 1, 2, 2], [30, 10, 25, 20]), 'drop');
    expect(Array.from(p.timesMs)).toEqual([1, 2, 3]);
    expect(Array.from(p.values)).toEqual([10, 20, 30]);
    expect(Array.from(p.sourceIndex ?? [])).toEqual([1, 3, 0]);
    expect(p.notices.join()).toMatch(/dropped 1 duplicate/);
  });

  it('drops NaN values under "drop", keeps them under "fail", drops non-finite times', () => {
    expect(Array.from(prepareSeries(series([1, 2, 3], [1, NaN, 3]), 'drop').values)).toEqual([1, 3]);
    expect(Array.from(prepareSeries(series([1, 2, 3], [1, NaN, 3]), 'fail').values)).toEqual([1, NaN, 3]);
    const p = prepareSeries(series([1, NaN, Infinity, 4], [1, 2, 3, 4]), 'drop');
    expect(Array.from(p.timesMs)).toEqual([1, 4]);
    expect(p.notices.join()).toMatch(/non-finite timestamp/);
  });

  it('throws a RangeError naming the series when lengths differ', () => {
    expect(() => prepareSeries(series([1, 2], [1]), 'drop')).toThrow(/"s" has 2 timestamps but 1 values/);
  });
});
