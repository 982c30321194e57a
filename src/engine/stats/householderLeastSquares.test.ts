import { householderLeastSquares } from './householderLeastSquares';

// Reference: numpy 2.4.6 lstsq on the same 4 × 2 problem.
describe('householderLeastSquares', () => {
  it('gives the SSR of each leading sub-model and the t of the last column', () => {
    const a = Float64Array.from([1, 1, 1, 1, 1, 2, 3, 4.5]);
    const y = Float64Array.from([1, 2.5, 2.9, 4.2]);
    const fit = householderLeastSquares(a, y, 4, 2);
    expect(fit.ssr[0]).toBeCloseTo(5.210000000000001, 12);
    expect(fit.ssr[1]).toBeCloseTo(0.22299065420560735, 12);
    expect(Array.from(fit.rank)).toEqual([1, 2]);
    expect(fit.lastT).toBeCloseTo(6.687930603601674, 10);
  });

  it('treats a collinear column as adding no rank and gives NaN t for it', () => {
    const a = Float64Array.from([1, 1, 1, 2, 2, 2]);
    const y = Float64Array.from([1, 2, 3]);
    const fit = householderLeastSquares(a, y, 3, 2);
    expect(Array.from(fit.rank)).toEqual([1, 1]);
    expect(fit.ssr[1]).toBeCloseTo(2, 12);
    expect(fit.lastT).toBeNaN();
  });
});
