import { gaussian, seededRandom } from '../../stats/seededRandom';
import { jsdivDefaultsFor, jsdivFingerprinter, jsdivSignificance } from './jsdiv';

const window = (random: () => number, mean: number, sd: number, n = 60) =>
  Float64Array.from({ length: n }, () => mean + sd * gaussian(random));

function matchRate(min: number, max: number, binWidth: number, shift: number, pairs = 1000): number {
  const random = seededRandom(20261121);
  const fp = jsdivFingerprinter({ min, max, binWidth, pValue: 0.05 });
  let matches = 0;
  for (let i = 0; i < pairs; i++) {
    const stored = fp.fingerprint(window(random, 50, 5));
    matches += fp.isMatch(stored, fp.fingerprint(window(random, 50 + shift, 5))) ? 1 : 0;
  }
  return matches / pairs;
}

describe('jsdiv fingerprinter', () => {
  it('bins at ⌊x / binWidth⌋ anchored at 0, with relative frequencies and entropy in bits', () => {
    const fp = jsdivFingerprinter({ min: 0, max: 10, binWidth: 2, pValue: 0.05 }).fingerprint(
      Float64Array.from([0.5, 1.9, 2, 7, -0.1])
    );
    expect(Array.from(fp.bins)).toEqual([-1, 0, 1, 3]);
    expect(Array.from(fp.freqs)).toEqual([0.2, 0.4, 0.2, 0.2]);
    expect(fp.count).toBe(5);
    expect(fp.entropyBits).toBeCloseTo(-(3 * 0.2 * Math.log2(0.2) + 0.4 * Math.log2(0.4)), 14);
  });

  it('gives s = 0 for identical histograms, so they match', () => {
    const fp = jsdivFingerprinter({ min: 0, max: 10, binWidth: 1, pValue: 0.05 });
    const a = fp.fingerprint(Float64Array.from([1, 2, 3, 4]));
    expect(jsdivSignificance(a, a, 0, 10)).toBe(0);
    expect(fp.isMatch(a, fp.fingerprint(Float64Array.from([4, 3, 2, 1])))).toBe(true);
  });

  it('uses k = highest − lowest bin over the configured span and both windows, without +1', () => {
    const fp = jsdivFingerprinter({ min: 0, max: 4, binWidth: 1, pValue: 0.05 });
    const p = fp.fingerprint(Float64Array.from([0, 0, 1, 1]));
    const q = fp.fingerprint(Float64Array.from([1, 1, 2, 2]));
    // M = {0: .25, 1: .5, 2: .25}: H(M) = 1.5 bits, H(P) = H(Q) = 1 bit, D = 0.5; x = 8·ln2·0.5.
    // k = 4 − 0 = 4, v = 1.5; P(1.5, x) from the χ² CDF with 3 degrees of freedom at 2x.
    const x = 8 * Math.LN2 * 0.5;
    const chi3Cdf = (t: number) => {
      const s = Math.sqrt(t);
      return erf(s / Math.SQRT2) - Math.sqrt(2 / Math.PI) * s * Math.exp(-t / 2);
    };
    expect(jsdivSignificance(p, q, 0, 4)).toBeCloseTo(chi3Cdf(2 * x), 6);
  });

  it('reproduces the reference simulation (89 % and 4 %): the match rate depends heavily on the configured span', () => {
    const wide = matchRate(0, 100, 5, 0);
    const narrow = matchRate(35, 65, 2, 0);
    expect(wide).toBeGreaterThan(0.86);
    expect(wide).toBeLessThan(0.92);
    expect(narrow).toBeGreaterThan(0.02);
    expect(narrow).toBeLessThan(0.07);
  });

  it('does not match clearly shifted windows, which Morgoth\u2019s 20-term series matched', () => {
    for (const shift of [10, 20, 40]) {
      expect(matchRate(35, 65, 2, shift, 200)).toBe(0);
    }
  });

  it('derives min, max and a 20-bin width from the series when none are given', () => {
    expect(jsdivDefaultsFor(Float64Array.from([NaN, 10, 30, 20]))).toEqual({
      min: 10,
      max: 30,
      binWidth: 1,
      pValue: 0.05,
    });
    expect(jsdivDefaultsFor(Float64Array.from([5, 5]))).toEqual({ min: 5, max: 10, binWidth: 0.25, pValue: 0.05 });
    expect(jsdivDefaultsFor(Float64Array.from([NaN]))).toEqual({ min: 0, max: 1, binWidth: 0.05, pValue: 0.05 });
  });
});

/** Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7), enough for a 6-digit check. */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 1 - poly * Math.exp(-x * x);
}
