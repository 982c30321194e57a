import { sameTimes } from './sameTimes';

describe('sameTimes', () => {
  it('is true for the same array and for equal columns, false otherwise', () => {
    const a = Float64Array.from([1, 2, 3]);
    expect(sameTimes(a, a)).toBe(true);
    expect(sameTimes(a, Float64Array.from([1, 2, 3]))).toBe(true);
    expect(sameTimes(a, Float64Array.from([1, 2, 4]))).toBe(false);
    expect(sameTimes(a, Float64Array.from([1, 2]))).toBe(false);
  });
});
