import fc from 'fast-check';

import { zNormalizeInto, zNormalized } from './zNormalize';

describe('zNormalized', () => {
  it('gives mean 0 and population σ 1, invariant to offset and positive scale', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: -1e6, max: 1e6 }).map((v) => v / 1000),
          { minLength: 2, maxLength: 50 }
        ),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        (xs, scale, offset) => {
          const z = zNormalized(xs);
          fc.pre(z !== null && new Set(xs).size > 1);
          const mean = z!.reduce((a, b) => a + b, 0) / z!.length;
          const varPop = z!.reduce((a, b) => a + (b - mean) ** 2, 0) / z!.length;
          expect(mean).toBeCloseTo(0, 9);
          expect(varPop).toBeCloseTo(1, 9);
          const moved = zNormalized(xs.map((x) => x * scale + offset));
          fc.pre(moved !== null);
          moved!.forEach((v, i) => expect(v).toBeCloseTo(z![i], 5));
        }
      )
    );
  });

  it('refuses constant, empty, one-point, NaN, ±Infinity and overflowing series', () => {
    expect(zNormalized([4, 4, 4])).toBeNull();
    expect(zNormalized([])).toBeNull();
    expect(zNormalized([1])).toBeNull();
    expect(zNormalized([1, NaN, 3])).toBeNull();
    expect(zNormalized([1, Infinity])).toBeNull();
    expect(zNormalized([1, -Infinity])).toBeNull();
    expect(zNormalized([Number.MAX_VALUE, Number.MAX_VALUE, 0])).toBeNull();
  });

  it('copes with huge and tiny magnitudes without over- or underflow', () => {
    expect(Array.from(zNormalized([Number.MAX_VALUE, -Number.MAX_VALUE])!)).toEqual([1, -1]);
    expect(Array.from(zNormalized([0, 3e-162])!)).toEqual([-1, 1]);
  });

  it('returns Σ of the stored squares, exact for Float32Array storage', () => {
    const dst = new Float32Array(3);
    const norm2 = zNormalizeInto(Float64Array.of(1, 2, 4), 0, 3, dst, 0);
    expect(norm2).toBe(dst[0] * dst[0] + dst[1] * dst[1] + dst[2] * dst[2]);
    expect(norm2).toBeCloseTo(3, 5);
  });
});
