import fc from 'fast-check';
import { nearerBaseline } from './nearerBaseline';

describe('nearerBaseline', () => {
  it('takes the reference nearer the value, the weekly one where the daily one is missing', () => {
    const xs = Float64Array.from([10, 20, 30, 40, 50]);
    const daily = Float64Array.from([NaN, 21, 0, NaN, 55]);
    const weekly = Float64Array.from([NaN, 10, 20, 7, 30]);
    // k=1: |20−21| < |20−10|; k=2: |30−20| < |30−0|; k=3: no daily; k=4: |50−55| < |50−30|.
    expect(Array.from(nearerBaseline(xs, daily, weekly))).toEqual([NaN, 21, 20, 7, 55]);
  });

  it('keeps the daily baseline on a tie and where the weekly one is missing', () => {
    const xs = Float64Array.from([7, 6, 5]);
    const b = nearerBaseline(xs, Float64Array.from([1, 2, 3]), Float64Array.from([NaN, NaN, 7]));
    expect(Array.from(b)).toEqual([1, 2, 3]); // k=2: |5−3| = |5−7|
  });

  it('handles empty input and ±Infinity references without throwing', () => {
    expect(nearerBaseline(new Float64Array(0), new Float64Array(0), new Float64Array(0)).length).toBe(0);
    const b = nearerBaseline(
      Float64Array.from([1, 1]),
      Float64Array.from([Infinity, 2]),
      Float64Array.from([3, -Infinity])
    );
    expect(Array.from(b)).toEqual([3, 2]);
  });

  it('lies no farther from the value than either reference, and equals one of them', () => {
    const num = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(NaN));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), num, num), { maxLength: 40 }),
        (rows) => {
          const xs = Float64Array.from(rows, ([x]) => x);
          const daily = Float64Array.from(rows, ([, d]) => d);
          const weekly = Float64Array.from(rows, ([, , w]) => w);
          nearerBaseline(xs, daily, weekly).forEach((v, k) => {
            const refs = [daily[k], weekly[k]].filter((r) => !Number.isNaN(r));
            if (refs.length === 0) {
              expect(v).toBeNaN();
            } else {
              expect(refs).toContain(v);
              refs.forEach((r) => expect(Math.abs(xs[k] - v)).toBeLessThanOrEqual(Math.abs(xs[k] - r)));
            }
          });
        }
      )
    );
  });
});
