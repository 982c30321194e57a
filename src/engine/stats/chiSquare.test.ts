import { chiSquareCdf, chiSquareSurvival } from './chiSquare';

describe('chi-square distribution', () => {
  // Critical values from standard χ² tables (scipy.stats.chi2.ppf).
  it.each([
    [3.841458820694124, 1, 0.95],
    [6.6348966010212145, 1, 0.99],
    [5.991464547107979, 2, 0.95],
    [1.1454762260617692, 5, 0.05],
    [23.209251158954356, 10, 0.99],
    [99.33412923598747, 100, 0.5],
    [124.34211340400407, 100, 0.95],
  ])('CDF(%p; k = %p) = %p', (x, k, p) => {
    expect(chiSquareCdf(x, k)).toBeCloseTo(p, 10);
    expect(chiSquareSurvival(x, k)).toBeCloseTo(1 - p, 10);
  });

  it('has CDF 1 − e^{−x/2} for two degrees of freedom', () => {
    expect(chiSquareCdf(10, 2)).toBeCloseTo(1 - Math.exp(-5), 14);
    expect(chiSquareSurvival(100, 2)).toBeCloseTo(Math.exp(-50), 30);
  });

  it('gives 0 / 1 at or below zero and NaN for bad degrees of freedom or NaN', () => {
    expect(chiSquareCdf(0, 3)).toBe(0);
    expect(chiSquareCdf(-1, 3)).toBe(0);
    expect(chiSquareSurvival(-1, 3)).toBe(1);
    expect(chiSquareCdf(Infinity, 3)).toBe(1);
    expect(chiSquareCdf(1, 0)).toBeNaN();
    expect(chiSquareSurvival(NaN, 3)).toBeNaN();
  });
});
