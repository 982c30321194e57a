import fc from 'fast-check';

import { madLowerBound } from './madLowerBound';
import { sortedMedian, sortedMedianAndDeviation } from './orderStatistics';

/** The MAD as the plain definition computes it: median of Math.abs(x − med). */
function plainMad(sorted: Float64Array): number {
  const med = sortedMedian(sorted, 0, sorted.length);
  const deviations = sorted.map((x) => Math.abs(x - med)).sort();
  return sortedMedian(deviations, 0, deviations.length);
}

describe('madLowerBound', () => {
  it('gives the documented example and 0 below two values', () => {
    expect(madLowerBound(Float64Array.of(1, 2, 3, 4, 10), 0, 5, 3)).toBe(1);
    expect(madLowerBound(Float64Array.of(7), 0, 1, 7)).toBe(0);
    expect(madLowerBound(new Float64Array(0), 0, 0, NaN)).toBe(0);
  });

  it('never exceeds the MAD (ties, constant runs, offsets and scales), and is tight on a symmetric range', () => {
    const values = fc.oneof(
      fc.integer({ min: -5, max: 5 }).map((v) => v),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.double({ min: 1e9, max: 1e9 + 1, noNaN: true })
    );
    fc.assert(
      fc.property(fc.array(values, { minLength: 1, maxLength: 60 }), (xs) => {
        const sorted = Float64Array.from(xs).sort();
        const med = sortedMedian(sorted, 0, sorted.length);
        const out = new Float64Array(2);
        sortedMedianAndDeviation(sorted, 0, sorted.length, out);
        const mad = plainMad(sorted);
        expect(out[1]).toBe(mad);
        expect(madLowerBound(sorted, 0, sorted.length, med)).toBeLessThanOrEqual(mad);
      }),
      { numRuns: 3000 }
    );
    // 1…9: med 5, K = 5, i = 2 → min(5 − 3, 8 − 5) = 2 = MAD.
    expect(madLowerBound(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9), 0, 9, 5)).toBe(2);
  });
});
