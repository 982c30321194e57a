import { oculusEuclidean } from './euclidean';

describe('oculusEuclidean', () => {
  it('is the squared distance, truncated to the shorter series', () => {
    expect(oculusEuclidean(Float64Array.of(0, 3), Float64Array.of(4, 3, 100, 100))).toBe(16);
  });

  it('is 0 against an empty series and NaN with NaN inputs', () => {
    expect(oculusEuclidean(new Float64Array(0), Float64Array.of(1))).toBe(0);
    expect(Number.isNaN(oculusEuclidean(Float64Array.of(NaN), Float64Array.of(1)))).toBe(true);
  });
});
