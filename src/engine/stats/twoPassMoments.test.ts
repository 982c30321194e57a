import { twoPassMoments } from './twoPassMoments';

describe('twoPassMoments', () => {
  it('gives count, mean and Σ(x − x̄)² of a range', () => {
    expect(twoPassMoments(Float64Array.from([1, 3]))).toEqual({ count: 2, mean: 2, m2: 2 });
    expect(twoPassMoments(Float64Array.from([9, 1, 2, 3, 9]), 1, 4)).toEqual({ count: 3, mean: 2, m2: 2 });
  });

  it('handles empty ranges, NaN, ±Infinity and Number.MAX_VALUE', () => {
    expect(twoPassMoments(new Float64Array(0))).toEqual({ count: 0, mean: NaN, m2: 0 });
    expect(twoPassMoments(Float64Array.from([1, NaN])).mean).toBeNaN();
    expect(twoPassMoments(Float64Array.from([1, Infinity])).m2).toBeNaN();
    expect(twoPassMoments(Float64Array.from([Number.MAX_VALUE, Number.MAX_VALUE])).mean).toBe(Infinity);
  });

  it('is exact on a constant run of integers and off by rounding on 0.1', () => {
    expect(twoPassMoments(new Float64Array(50).fill(3))).toEqual({ count: 50, mean: 3, m2: 0 });
    expect(twoPassMoments(new Float64Array(50).fill(0.1)).mean).not.toBe(0.1);
  });
});
