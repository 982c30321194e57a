import { regularizedBeta } from './incompleteBeta';

// Reference values: scipy 1.17.1 scipy.special.betainc.
describe('regularizedBeta', () => {
  it.each([
    [0.4, 2, 3, 0.5247999999999999],
    [0.01, 0.5, 10, 0.3420718248432154],
    [0.99, 50, 0.5, 0.3173043978741973],
    [0.5, 2, 2, 0.5],
  ])('I_%p(%p, %p) = %p', (x, a, b, want) => {
    expect(regularizedBeta(x, a, b)).toBeCloseTo(want, 13);
  });

  it('is 0 at 0, 1 at 1 and NaN outside its domain', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    expect(regularizedBeta(1.5, 2, 3)).toBeNaN();
    expect(regularizedBeta(0.5, 0, 3)).toBeNaN();
    expect(regularizedBeta(NaN, 2, 3)).toBeNaN();
  });
});
