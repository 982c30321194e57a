import {
  correlationDistance,
  dtwSimilarity,
  oculusEuclideanSimilarity,
  oculusFastDtwSimilarity,
} from './similarityScale';

describe('similarityScale', () => {
  it('maps correlation to the z-normalised Euclidean distance √(2n(1 − |r|))', () => {
    expect(correlationDistance(1, 100)).toBe(0);
    expect(correlationDistance(0, 50)).toBe(10);
    expect(correlationDistance(1 + 1e-16, 10)).toBe(0);
  });

  it('reads a DTW cost as the correlation it is worth, clamped to [0, 1]', () => {
    expect(dtwSimilarity(0, 100)).toBe(1);
    expect(dtwSimilarity(20, 100)).toBeCloseTo(0.9, 12);
    expect(dtwSimilarity(500, 100)).toBe(0);
    expect(dtwSimilarity(Infinity, 100)).toBe(0);
  });

  it('scales Oculus scores by the 25-level range and survives zero points', () => {
    expect(oculusEuclideanSimilarity(0, 10)).toBe(1);
    expect(oculusEuclideanSimilarity(6250, 10)).toBe(0);
    expect(oculusEuclideanSimilarity(1, 0)).toBe(0);
    expect(oculusFastDtwSimilarity(125, 10)).toBeCloseTo(0.5, 12);
    expect(oculusFastDtwSimilarity(NaN, 10)).toBe(0);
  });
});
