import fc from 'fast-check';

import { resample } from './resample';

describe('resample', () => {
  it('interpolates linearly when upsampling and keeps both ends', () => {
    expect(Array.from(resample([0, 10], 5))).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it('averages every input point when downsampling (no point skipped, mean kept)', () => {
    expect(Array.from(resample([1, 3, 5, 7], 2))).toEqual([2, 6]);
    expect(Array.from(resample([0, 0, 9, 0, 0, 0], 2))).toEqual([3, 0]);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 200 }),
        fc.integer({ min: 1, max: 50 }),
        (xs, length) => {
          fc.pre(xs.length > length);
          const out = resample(xs, length);
          const mean = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0) / a.length;
          expect(out).toHaveLength(length);
          expect(mean(out)).toBeCloseTo(mean(xs), 6);
        }
      )
    );
  });

  it('handles one point, one output and empty input', () => {
    expect(Array.from(resample([7], 3))).toEqual([7, 7, 7]);
    expect(Array.from(resample([1, 2, 3], 1))).toEqual([2]);
    expect(Array.from(resample([], 2)).every(Number.isNaN)).toBe(true);
    expect(resample([1, 2], 0)).toHaveLength(0);
  });
});
