import fc from 'fast-check';
import { ADF, adfRefusesMaxLag, adfStatistic, mackinnonPValueConstant } from './adf';
import { type AdfEstimate, adfFromRowSums } from './adfGram';
import { AdfRowSums } from './adfRowSums';
import { adfSeriesParameters, adfTestSeries, adfTestSlides } from './adfTestSeries';

/** The LCG noise of detectors/skyline/testWindows.ts, repeated here to keep stats/ self-contained. */
function noise(n: number, seed: number): Float64Array {
  let state = seed >>> 0 || 1;
  return Float64Array.from({ length: n }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state / 2 ** 32) * 2 - 1;
  });
}

function ar1(n: number, seed: number): Float64Array {
  const e = noise(n, seed);
  const x = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    x[i] = 0.5 * x[i - 1] + e[i];
  }
  return x;
}

// Reference: a numpy (pinv OLS) re-implementation of statsmodels' adfuller(x, 10) autolag AIC,
// numpy 2.4.6; same LCG series.
describe('adfStatistic', () => {
  it('matches the reference τ on a stationary AR(1) and on a random walk', () => {
    expect(adfStatistic(ar1(300, 11), 10)).toBeCloseTo(-10.329347119641218, 8);
    let level = 0;
    const walk = noise(300, 12).map((v) => (level += v));
    expect(adfStatistic(walk, 10)).toBeCloseTo(-2.596656898192553, 8);
  });

  it('is shift-invariant on a counter-like level of 1e9, where normal equations fail', () => {
    const shifted = ar1(300, 11).map((v) => v + 1e9);
    expect(adfStatistic(shifted, 10)).toBeCloseTo(-10.329347119641218, 3);
  });

  it('is NaN for a constant series', () => {
    expect(adfStatistic(new Float64Array(100).fill(4), 10)).toBeNaN();
  });
});

describe('adfRefusesMaxLag', () => {
  it('refuses maxlag 10 below 24 observations, as statsmodels ≥ 0.10', () => {
    expect(adfRefusesMaxLag(23, 10)).toBe(true);
    expect(adfRefusesMaxLag(24, 10)).toBe(false);
  });
});

describe('mackinnonPValueConstant', () => {
  it('crosses 0.05 at τ ≈ −2.861593 and clamps the tails', () => {
    expect(mackinnonPValueConstant(-2.8616)).toBeLessThan(0.05);
    expect(mackinnonPValueConstant(-2.8615)).toBeGreaterThan(0.05);
    expect(mackinnonPValueConstant(3)).toBe(1);
    expect(mackinnonPValueConstant(-20)).toBe(0);
    expect(mackinnonPValueConstant(NaN)).toBeNaN();
  });
});

describe('ADF.adfStationarySliding', () => {
  const qrVerdict = (x: Float64Array, alpha = 0.05): boolean => mackinnonPValueConstant(adfStatistic(x, 10)) < alpha;

  it('gives the QR verdict at 1 %, 5 % and 10 % on every window as they slide by 1, by several and jump', () => {
    let windows = 0;
    fc.assert(
      fc.property(
        adfSeriesParameters(300),
        fc.constantFrom(0.01, 0.05, 0.05, 0.1),
        ({ kind, length, seed, scale, shift, runs }, alpha) => {
          const x = adfTestSeries(kind, 2 * length + 60, seed, scale, shift, runs);
          const sums = new AdfRowSums(10);
          for (const [start, end] of adfTestSlides(x.length, length, seed)) {
            windows++;
            const got = ADF.adfStationarySliding(sums, x, start, end, alpha);
            expect({ start, end, stationary: got }).toEqual({
              start,
              end,
              stationary: qrVerdict(x.subarray(start, end), alpha),
            });
          }
        }
      ),
      { numRuns: 150, seed: 20261123 }
    );
    expect(windows).toBeGreaterThan(3500);
  });

  it('gives the QR verdict for alpha 0, 1 and NaN too (no critical τ to bracket)', () => {
    const x = adfTestSeries(1, 200, 8, 1, 0, false);
    const sums = new AdfRowSums(10);
    for (const alpha of [0, 1, NaN, 0.05]) {
      for (let start = 0; start + 100 <= x.length; start += 7) {
        const got = ADF.adfStationarySliding(sums, x, start, start + 100, alpha);
        expect({ alpha, start, got }).toEqual({ alpha, start, got: qrVerdict(x.subarray(start, start + 100), alpha) });
      }
    }
  });

  it('is False on constant windows; leaves windows holding NaN or ±Infinity to the QR path', () => {
    const x = adfTestSeries(1, 400, 4, 1, 0, false);
    x.fill(2, 100, 250);
    x[300] = NaN;
    x[320] = Infinity;
    x[340] = -Infinity;
    const sums = new AdfRowSums(10);
    const out: AdfEstimate = { tau: NaN, tauError: NaN, lag: NaN };
    let stationary = 0;
    for (let start = 0; start + 60 <= x.length; start++) {
      const got = ADF.adfStationarySliding(sums, x, start, start + 60, 0.05);
      const window = x.subarray(start, start + 60);
      expect(got).toBe(qrVerdict(window));
      expect(got && window.every((v) => v === 2)).toBe(false);
      if (!window.every(Number.isFinite)) {
        expect(adfFromRowSums(sums, out)).toBeNull();
      }
      stationary += got ? 1 : 0;
    }
    expect(stationary).toBeGreaterThan(30);
  });
});
