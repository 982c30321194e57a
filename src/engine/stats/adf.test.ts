import { adfRefusesMaxLag, adfStatistic, mackinnonPValueConstant } from './adf';

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
