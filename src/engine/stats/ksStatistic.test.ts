import fc from 'fast-check';
import { ksStatisticSorted } from './ksStatistic';

const f = (xs: number[]) => Float64Array.from(xs).sort();

/** Brute force sup |F1 − F2| over every sample value. */
function bruteForce(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (const x of [...a, ...b]) {
    const fa = a.filter((v) => v <= x).length / a.length;
    const fb = b.filter((v) => v <= x).length / b.length;
    d = Math.max(d, Math.abs(fa - fb));
  }
  return d;
}

describe('ksStatisticSorted', () => {
  it('is 1 for disjoint samples and 0 for identical ones', () => {
    expect(ksStatisticSorted(f([1, 2]), f([3, 4]))).toBe(1);
    expect(ksStatisticSorted(f([1, 2, 3]), f([1, 2, 3]))).toBe(0);
  });

  it('steps through ties together (Morgoth\u2019s calcD would give 2/3 here)', () => {
    expect(ksStatisticSorted(f([1, 1, 1]), f([1]))).toBe(0);
    expect(ksStatisticSorted(f([1, 1, 2]), f([1, 2, 2]))).toBeCloseTo(1 / 3, 15);
  });

  it('is NaN when a sample is empty', () => {
    expect(ksStatisticSorted(f([]), f([1]))).toBeNaN();
  });

  it('equals the brute-force supremum and is symmetric', () => {
    const sample = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(sample, sample, (xs, ys) => {
        const a = f(xs);
        const b = f(ys);
        expect(ksStatisticSorted(a, b)).toBeCloseTo(bruteForce(a, b), 12);
        expect(ksStatisticSorted(b, a)).toBeCloseTo(ksStatisticSorted(a, b), 12);
      })
    );
  });
});
