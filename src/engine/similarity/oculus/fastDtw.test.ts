import fc from 'fast-check';

import { fastDtw, oculusFastDtwScore } from './fastDtw';

/** Unconstrained DTW with |a − b| local cost (FastDTW's target). */
function fullDtw(a: number[], b: number[]): number {
  const D = Array.from({ length: a.length }, () => new Array<number>(b.length).fill(Infinity));
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const c = Math.abs(a[i] - b[j]);
      const prev =
        i === 0 && j === 0
          ? 0
          : Math.min(
              i > 0 ? D[i - 1][j] : Infinity,
              j > 0 ? D[i][j - 1] : Infinity,
              i > 0 && j > 0 ? D[i - 1][j - 1] : Infinity
            );
      D[i][j] = c + prev;
    }
  }
  return D[a.length - 1][b.length - 1];
}

const series = fc.array(fc.double({ min: 0, max: 25, noNaN: true }), { minLength: 1, maxLength: 80 });

describe('fastDtw (Salvador & Chan, the Java copy in Oculus)', () => {
  it('is never below the exact unconstrained DTW (it returns the cost of a feasible path)', () => {
    fc.assert(
      fc.property(series, series, fc.integer({ min: 0, max: 6 }), (a, b, radius) => {
        const exact = fullDtw(a, b);
        expect(fastDtw(Float64Array.from(a), Float64Array.from(b), radius)).toBeGreaterThanOrEqual(exact - 1e-9);
      })
    );
  });

  it('is exact when the radius covers the whole matrix', () => {
    fc.assert(
      fc.property(series, series, (a, b) => {
        const r = Math.max(a.length, b.length);
        expect(fastDtw(Float64Array.from(a), Float64Array.from(b), r)).toBeCloseTo(fullDtw(a, b), 9);
      })
    );
  });

  it('sums the path cost without normalising by length', () => {
    expect(fastDtw(Float64Array.of(0, 0, 0, 0), Float64Array.of(1, 1, 1, 1), 5)).toBe(4);
    expect(fastDtw(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 2, 3), 0)).toBe(0);
  });

  it('Oculus scores without each series\u2019 first value, NaN when nothing is left', () => {
    expect(oculusFastDtwScore(Float64Array.of(25, 0, 1), Float64Array.of(0, 0, 1), 5)).toBe(0);
    expect(Number.isNaN(oculusFastDtwScore(Float64Array.of(1), Float64Array.of(1, 2), 5))).toBe(true);
  });
});
