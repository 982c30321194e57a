import fc from 'fast-check';
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

describe('prepareSeries on an already clean series', () => {
  const value = fc.oneof(
    { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE) }
  );
  const time = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 50 }) },
    { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) }
  );

  it('passes the input through exactly when its times are finite, ascending and unique and no NaN is dropped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(time, value), { maxLength: 40 }),
        fc.boolean(),
        fc.boolean(),
        (points, ascending, drop) => {
          const pts = ascending ? points.map(([, v], i) => [i * 3 + 1, v] as const) : points;
          const s = series(
            pts.map(([t]) => t),
            pts.map(([, v]) => v)
          );
          const clean =
            s.timesMs.every((t, i) => Number.isFinite(t) && (i === 0 || t > s.timesMs[i - 1])) &&
            !(drop && s.values.some(Number.isNaN));
          const p = prepareSeries(s, drop ? 'drop' : 'fail');
          return (p.values === s.values && p.sourceIndex === null) === clean;
        }
      ),
      { numRuns: 2000 }
    );
  });
});
