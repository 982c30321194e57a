import { normalCdf } from './normalCdf';

// Reference values: scipy 1.17.1 scipy.stats.norm.cdf.
describe('normalCdf', () => {
  it.each([
    [-1.6448536269514722, 0.050000000000000044],
    [1.96, 0.9750021048517795],
    [0.3, 0.6179114221889526],
    [-3.6, 0.00015910859015753364],
    [-5, 2.866515718791933e-7],
    [-9, 1.1285884059538324e-19],
  ])('Φ(%p) = %p', (z, want) => {
    expect(normalCdf(z) / want).toBeCloseTo(1, 12);
  });

  it('handles 0, ±Infinity and NaN', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(NaN)).toBeNaN();
  });
});
