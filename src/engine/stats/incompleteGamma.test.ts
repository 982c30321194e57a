import fc from 'fast-check';
import { regularizedGammaP, regularizedGammaQ } from './incompleteGamma';

function factorial(k: number): number {
  return k <= 1 ? 1 : k * factorial(k - 1);
}

/** Q(n, x) = e^−x Σ_{k<n} x^k / k! for integer n (exact closed form). */
function integerQ(n: number, x: number): number {
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += x ** k / factorial(k);
  }
  return Math.exp(-x) * sum;
}

describe('regularized incomplete gamma', () => {
  it('P(1, x) = 1 − e^−x', () => {
    for (const x of [0.01, 0.5, 1, 2, 10, 40]) {
      expect(regularizedGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
    }
  });

  it('P(1/2, x) = erf(√x)', () => {
    expect(regularizedGammaP(0.5, 1)).toBeCloseTo(0.8427007929497149, 14);
    expect(regularizedGammaP(0.5, 4)).toBeCloseTo(0.9953222650189527, 14);
  });

  it('matches the closed form for integer a in both branches, with relative precision in the far tail', () => {
    for (const [n, x] of [
      [3, 0.5],
      [5, 4],
      [5, 60],
      [20, 10],
      [20, 80],
    ]) {
      const expected = integerQ(n, x);
      expect(Math.abs(regularizedGammaQ(n, x) - expected) / expected).toBeLessThan(1e-12);
    }
  });

  it('stays at 1 for large statistics, where Morgoth\u2019s 20-term series collapses towards 0', () => {
    expect(regularizedGammaP(7, 500)).toBe(1);
    expect(regularizedGammaP(14.5, 2000)).toBe(1);
  });

  it('handles the edges of its domain', () => {
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaP(2, Infinity)).toBe(1);
    expect(regularizedGammaQ(2, Infinity)).toBe(0);
    expect(regularizedGammaP(0, 1)).toBeNaN();
    expect(regularizedGammaP(2, -1)).toBeNaN();
    expect(regularizedGammaQ(NaN, 1)).toBeNaN();
    expect(regularizedGammaP(2, NaN)).toBeNaN();
  });

  it('P + Q = 1, both in [0, 1], P non-decreasing in x', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (a, x, dx) => {
          const p = regularizedGammaP(a, x);
          const q = regularizedGammaQ(a, x);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(p + q).toBeCloseTo(1, 12);
          expect(regularizedGammaP(a, x + dx)).toBeGreaterThanOrEqual(p - 1e-12);
        }
      )
    );
  });
});
