/*
 * Augmented Dickey–Fuller test with a constant, lag order chosen by AIC, as statsmodels'
 * `adfuller(x, maxlag)` computes it, and MacKinnon's approximate p-value for "constant, 1 series".
 * Rule: Δ_k = x_{k+1} − x_k; for p = 0…maxlag regress Δ_k on [1, x_k, Δ_{k−1}…Δ_{k−p}] over the
 * same rows k = maxlag…N−1; AIC = −2·llf + 2·rank, llf = −(n/2)(ln 2π + ln(SSR/n) + 1); the
 * smallest AIC wins (ties → smaller p); refit with that p on rows p…N−1; τ = t of x_k's
 * coefficient. p-value: 1 above 2.74, 0 below −18.83, else Φ(polynomial in τ).
 * Source: statsmodels/tsa/stattools.py (adfuller, _autolag) and tsa/adfvalues.py (mackinnonp),
 * statsmodels 0.13; J. G. MacKinnon, "Approximate asymptotic distribution functions for unit-root
 * and cointegration tests", JBES 12 (1994).
 * Deviation: statsmodels solves with a pseudo-inverse; we use Householder QR with the same rcond,
 * which gives the same fit except that τ is NaN when x_k is collinear with the other regressors.
 * `adfStationary` first asks the Gram-matrix estimate (adfGram.ts; ~9 µs against ~75 µs for the
 * two QRs on 300 points) and runs the QR only when that estimate's error bound straddles the
 * significance level; the sliding form (`ADF.adfStationarySliding`, ks_test at every point) slides
 * the estimate's row sums (adfRowSums.ts) instead of re-summing them (~1.4 µs per point).
 */
import { type AdfEstimate, ADF_GRAM, adfByGram } from './adfGram';
import type { AdfRowSums } from './adfRowSums';
import { householderLeastSquares } from './householderLeastSquares';
import { normalCdf } from './normalCdf';

const LOG_TWO_PI = Math.log(2 * Math.PI);
const { adfFromRowSums } = ADF_GRAM;
/** The sliding form's estimate, reused (NaN: fields start as doubles). */
const slidingEstimate: AdfEstimate = { tau: NaN, tauError: NaN, lag: NaN };

/** statsmodels refuses (ValueError) when maxlag > ⌊n/2⌋ − 2 (one trend term). */
export function adfRefusesMaxLag(n: number, maxLag: number): boolean {
  return maxLag > Math.floor(n / 2) - 2;
}

/** Fills a column-major design for rows k = first…N−1: [1, x_k, Δ_{k−1}…Δ_{k−lags}] (level last if asked). */
function design(
  x: Float64Array,
  first: number,
  lags: number,
  levelLast: boolean
): { a: Float64Array; y: Float64Array; rows: number; cols: number } {
  const rows = x.length - 1 - first;
  const cols = lags + 2;
  const a = new Float64Array(rows * cols);
  const y = new Float64Array(rows);
  const levelCol = levelLast ? cols - 1 : 1;
  for (let r = 0; r < rows; r++) {
    const k = first + r;
    y[r] = x[k + 1] - x[k];
    a[r] = 1;
    a[levelCol * rows + r] = x[k];
    for (let q = 1; q <= lags; q++) {
      const c = levelLast ? q : q + 1;
      a[c * rows + r] = x[k - q + 1] - x[k - q];
    }
  }
  return { a, y, rows, cols };
}

/** τ of adfuller(x, maxLag) with regression "c" and autolag "AIC"; NaN when undefined (constant x). */
export function adfStatistic(x: Float64Array, maxLag: number): number {
  let constant = true;
  for (let i = 1; i < x.length && constant; i++) {
    constant = x[i] === x[0];
  }
  if (constant) {
    return NaN;
  }
  const full = design(x, maxLag, maxLag, false);
  const fit = householderLeastSquares(full.a, full.y, full.rows, full.cols);
  let bestLag = 0;
  let bestAic = Infinity;
  for (let p = 0; p <= maxLag; p++) {
    const n = full.rows;
    const llf = -(n / 2) * (LOG_TWO_PI + Math.log(fit.ssr[p + 1] / n) + 1);
    const aic = -2 * llf + 2 * fit.rank[p + 1];
    if (aic < bestAic) {
      bestAic = aic;
      bestLag = p;
    }
  }
  const final = design(x, bestLag, bestLag, true);
  return householderLeastSquares(final.a, final.y, final.rows, final.cols).lastT;
}

/** MacKinnon (1994) approximate p-value of τ for a regression with a constant, one series. */
export function mackinnonPValueConstant(tau: number): number {
  if (Number.isNaN(tau)) {
    return NaN;
  }
  if (tau > 2.74) {
    return 1;
  }
  if (tau < -18.83) {
    return 0;
  }
  if (tau <= -1.61) {
    return normalCdf(2.1659 + 1.4412 * tau + 0.038269 * tau * tau);
  }
  return normalCdf(1.7339 + 0.93202 * tau - 0.12745 * tau * tau - 0.010368 * tau * tau * tau);
}

/** [alpha, below, above]: p(τ) < alpha for τ ≤ below and p(τ) ≥ alpha for τ ≥ above (last alpha asked). */
const critical = Float64Array.of(NaN, -Infinity, Infinity);
/** How far inside the bisection's ends `below` and `above` sit (p moves ~1e-7 over it near 0.05). */
const CRITICAL_MARGIN = 1e-6;

/** Brackets the τ where mackinnonPValueConstant crosses alpha; ±Infinity when alpha ∉ (0, 1]. */
function bracketCritical(alpha: number): void {
  let [lo, hi] = [-20, 3];
  const bracketed = mackinnonPValueConstant(lo) < alpha && mackinnonPValueConstant(hi) >= alpha;
  for (let i = 0; i < 60 && bracketed; i++) {
    const mid = (lo + hi) / 2;
    if (mackinnonPValueConstant(mid) < alpha) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  critical[0] = alpha;
  critical[1] = bracketed ? lo - CRITICAL_MARGIN : -Infinity;
  critical[2] = bracketed ? hi + CRITICAL_MARGIN : Infinity;
}

/**
 * 1 (stationary) or 0 when the estimate's τ interval maps to one side of alpha (the p-value never
 * decreases as τ grows), else −1 (ask the QR). Intervals clear of the critical τ skip the p-values.
 */
function decided(fast: AdfEstimate | null, alpha: number): number {
  if (fast === null) {
    return -1;
  }
  if (alpha !== critical[0]) {
    bracketCritical(alpha);
  }
  if (fast.tau + fast.tauError <= critical[1]) {
    return 1;
  }
  if (fast.tau - fast.tauError >= critical[2]) {
    return 0;
  }
  if (mackinnonPValueConstant(fast.tau + fast.tauError) < alpha) {
    return 1;
  }
  return mackinnonPValueConstant(fast.tau - fast.tauError) >= alpha ? 0 : -1;
}

/**
 * adfuller(x, maxLag)'s p-value < alpha (regression "c", autolag AIC): from adfGram.ts's τ when its
 * error interval maps to one side of alpha, else from the QR τ. False when τ is undefined (constant x).
 */
export function adfStationary(x: Float64Array, maxLag: number, alpha: number): boolean {
  const verdict = decided(adfByGram(x, maxLag), alpha);
  return verdict >= 0 ? verdict === 1 : mackinnonPValueConstant(adfStatistic(x, maxLag)) < alpha;
}

/**
 * adfStationary(values[start, end), sums.maxLag, alpha), with `sums` slid from its previous window
 * (adfRowSums.ts) instead of re-summed; `values` must not change between calls on the same sums.
 */
function adfStationarySliding(
  sums: AdfRowSums,
  values: Float64Array,
  start: number,
  end: number,
  alpha: number
): boolean {
  sums.sync(values, start, end);
  const verdict = decided(adfFromRowSums(sums, slidingEstimate), alpha);
  return verdict >= 0
    ? verdict === 1
    : mackinnonPValueConstant(adfStatistic(values.subarray(start, end), sums.maxLag)) < alpha;
}

/** Bound once by per-point callers: an imported binding is a getter call under CommonJS interop. */
export const ADF = { adfRefusesMaxLag, adfStationarySliding } as const;
