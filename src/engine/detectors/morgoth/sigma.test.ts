import fc from 'fast-check';
import { sigmaFingerprinter } from './sigma';

const f = (xs: number[]) => Float64Array.from(xs);

describe('sigma fingerprinter', () => {
  const fp = sigmaFingerprinter({ deviations: 3 });

  it('stores the mean and k times the population standard deviation', () => {
    const print = fp.fingerprint(f([2, 4, 4, 4, 5, 5, 7, 9]));
    expect(print.mean).toBe(5);
    expect(print.threshold).toBe(6);
  });

  it('matches iff |μ_S − μ_N| ≤ τ_S, using the stored fingerprint\u2019s threshold', () => {
    const wide = fp.fingerprint(f([0, 2])); // μ 1, τ 3
    const narrow = fp.fingerprint(f([4, 4])); // μ 4, τ 0
    expect(fp.isMatch(wide, narrow)).toBe(true);
    expect(fp.isMatch(narrow, wide)).toBe(false);
    expect(fp.isMatch(wide, fp.fingerprint(f([4.5, 4.5])))).toBe(false);
  });

  it('matches a constant window only to the same mean (τ = 0, and the comparison is ≤)', () => {
    const constant = fp.fingerprint(f([7, 7, 7]));
    expect(constant.threshold).toBe(0);
    expect(fp.isMatch(constant, fp.fingerprint(f([7])))).toBe(true);
    expect(fp.isMatch(constant, fp.fingerprint(f([7.000001])))).toBe(false);
  });

  it('handles one point, huge magnitudes and infinities without throwing', () => {
    expect(fp.fingerprint(f([Number.MAX_VALUE / 4]))).toEqual({ mean: Number.MAX_VALUE / 4, threshold: 0 });
    expect(fp.isMatch(fp.fingerprint(f([1e150, -1e150])), fp.fingerprint(f([0])))).toBe(true);
    expect(fp.isMatch(fp.fingerprint(f([Infinity])), fp.fingerprint(f([0])))).toBe(false);
  });

  it('is unchanged by shifting or scaling both windows by a power of two', () => {
    const sample = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(sample, sample, fc.integer({ min: -20, max: 20 }), (a, b, power) => {
        const scale = 2 ** power;
        const scaled = (xs: number[]) => fp.fingerprint(f(xs.map((x) => x * scale)));
        expect(fp.isMatch(scaled(a), scaled(b))).toBe(fp.isMatch(fp.fingerprint(f(a)), fp.fingerprint(f(b))));
      })
    );
  });
});
