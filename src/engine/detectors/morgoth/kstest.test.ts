import fc from 'fast-check';
import { kstestFingerprinter, kstestThreshold } from './kstest';

const f = (xs: number[]) => Float64Array.from(xs);

describe('kstest fingerprinter', () => {
  const fp = kstestFingerprinter({ confidence: 4 });

  it('stores a sorted copy of the window', () => {
    const window = f([3, 1, 2]);
    const print = fp.fingerprint(window);
    expect(Array.from(print.sorted)).toEqual([1, 2, 3]);
    expect(Array.from(window)).toEqual([3, 1, 2]);
  });

  it('uses c(α)·√((n + m)/(n·m)) with Morgoth\u2019s critical values', () => {
    expect(kstestThreshold(0, 10, 10)).toBeCloseTo(1.22 * Math.sqrt(0.2), 15);
    expect(kstestThreshold(5, 4, 16)).toBeCloseTo(1.95 * Math.sqrt(20 / 64), 15);
  });

  it('matches identical samples and rejects disjoint ones', () => {
    const xs = Array.from({ length: 30 }, (_, i) => i);
    expect(fp.isMatch(fp.fingerprint(f(xs)), fp.fingerprint(f(xs)))).toBe(true);
    expect(fp.isMatch(fp.fingerprint(f(xs)), fp.fingerprint(f(xs.map((x) => x + 100))))).toBe(false);
  });

  it('never matches fingerprints made with another confidence', () => {
    const other = kstestFingerprinter({ confidence: 3 });
    expect(fp.isMatch(fp.fingerprint(f([1, 2, 3])), other.fingerprint(f([1, 2, 3])))).toBe(false);
  });

  it('needs D < threshold strictly: single points never match unless equal', () => {
    // n = m = 1: threshold 1.73·√2 > 1, so even disjoint single points (D = 1) match.
    expect(fp.isMatch(fp.fingerprint(f([0])), fp.fingerprint(f([5])))).toBe(true);
    // n = m = 10 at confidence 0 (threshold ≈ 0.546): D = 0.6 does not match.
    const zero = kstestFingerprinter({ confidence: 0 });
    const a = f([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const b = f([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(zero.isMatch(zero.fingerprint(a), zero.fingerprint(b))).toBe(false);
  });

  it('is symmetric and invariant under monotone maps of both windows', () => {
    const sample = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const base = fp.isMatch(fp.fingerprint(f(a)), fp.fingerprint(f(b)));
        expect(fp.isMatch(fp.fingerprint(f(b)), fp.fingerprint(f(a)))).toBe(base);
        const cube = (xs: number[]) => fp.fingerprint(f(xs.map((x) => x ** 3 + 7)));
        expect(fp.isMatch(cube(a), cube(b))).toBe(base);
      })
    );
  });
});
