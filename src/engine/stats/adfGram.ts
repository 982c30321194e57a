/*
 * The ADF statistic of adf.ts from the regressions' Gram matrices instead of two Householder QRs,
 * with an error bound, so ks_test can decide "p < 0.05" cheaply and fall back to QR only near the
 * threshold, near an AIC tie or on an ill-conditioned design.
 * Rule: the same regressions as adf.ts (Δ_k on [1, x_k, Δ_{k−1}…Δ_{k−p}], rows k = maxlag…N−2 for the
 * AIC choice, rows p…N−2 for τ), with x_k centred by its mean over the AIC rows (a shift of the
 * level column changes no SSR and no level coefficient when a constant is fitted). The lag block is
 * Toeplitz-like: S(i+1, j+1) = S(i, j) + Δ_{a−1−i}Δ_{a−1−j} − Δ_{b−i}Δ_{b−j} for rows a…b, so only
 * one row of it (lag 0 against lags 0…maxlag) is summed over the rows: ≈ 25 products per row
 * instead of ≈ 2 × 90 for the QRs. Cholesky of [X y]ᵀ[X y] gives z = Qᵀy and the SSR of every leading
 * sub-model as L_yy² + Σ_{j>q} z_j² (no cancellation); τ = z_level/σ̂ with the level column last.
 * Error bound (heuristic, not proven): relative error of every SSR and of τ ≤ δ = 1000·u·(n + m)·ρ·
 * (1 + max|x| / rms(x_k − x̄)), ρ = max_j G_jj / L_jj² (how far elimination shrank a column); the
 * fast path refuses (null) when ρ > 1e8 or anything is non-finite. The property test in
 * adfGram.test.ts checks the bound against the QR path on random walks, AR(1), trends, steps,
 * constant runs, integers and scales 1e-6…1e9.
 * Source: adf.ts (statsmodels adfuller, autolag AIC); G. H. Golub & C. F. Van Loan, Matrix
 * Computations, 4th ed. (2013), §4.2 (Cholesky) and §5.3 (normal equations and their conditioning).
 */

const UNIT_ROUNDOFF = 2 ** -53;
const SAFETY = 1000;
const MAX_SHRINK = 1e8;
const LOG_TWO_PI = Math.log(2 * Math.PI);

export interface AdfEstimate {
  /** τ of the level coefficient in the refit with the AIC-chosen lag. */
  readonly tau: number;
  /** Bound on |τ − τ exact|. */
  readonly tauError: number;
  /** The AIC-chosen lag. */
  readonly lag: number;
}

/**
 * In-place lower Cholesky of the m × m row-major symmetric `g`; returns ρ = max G_jj / L_jj², or
 * Infinity when a pivot is not positive and finite.
 */
function cholesky(g: Float64Array, m: number): number {
  let shrink = 1;
  for (let j = 0; j < m; j++) {
    const diag = g[j * m + j];
    let d = diag;
    for (let k = 0; k < j; k++) {
      d -= g[j * m + k] * g[j * m + k];
    }
    if (!(d > 0) || !Number.isFinite(d)) {
      return Infinity;
    }
    shrink = Math.max(shrink, diag / d);
    const l = Math.sqrt(d);
    g[j * m + j] = l;
    for (let i = j + 1; i < m; i++) {
      let s = g[i * m + j];
      for (let k = 0; k < j; k++) {
        s -= g[i * m + k] * g[j * m + k];
      }
      g[i * m + j] = s / l;
    }
  }
  return shrink;
}

/** Scratch reused across calls (the function is synchronous). */
let gram = new Float64Array(0);
let factor = new Float64Array(0);
let refit = new Float64Array(0);
let rowSums = new Float64Array(0);

/**
 * τ of adfuller(x, maxLag) (constant, AIC) with its error bound, or null when the fast path cannot
 * vouch for it (ill-conditioned, an AIC gap within the bounds, or non-finite sums). x needs at
 * least 2·maxLag + 4 points (adf.ts's refusal rule).
 */
export function adfByGram(x: Float64Array, maxLag: number): AdfEstimate | null {
  const n = x.length;
  const a = maxLag;
  const b = n - 2;
  const rows = b - a + 1;
  const m = maxLag + 3;
  if (gram.length < m * m) {
    gram = new Float64Array(m * m);
    factor = new Float64Array(m * m);
    refit = new Float64Array(m * m);
    rowSums = new Float64Array(2 * (maxLag + 3));
  }
  const delta = (k: number): number => x[k + 1] - x[k];
  let mean = 0;
  let maxAbs = 0;
  for (let k = a; k <= b; k++) {
    mean += x[k];
  }
  mean /= rows;
  // One pass over the rows: lag 0 against lags 0…maxLag, the level against lags 0…maxLag.
  const lagProducts = rowSums;
  lagProducts.fill(0, 0, 2 * (maxLag + 1));
  let sumLevel = 0;
  let sumLevel2 = 0;
  let sumY = 0;
  for (let k = a; k <= b; k++) {
    const y = x[k + 1] - x[k];
    const level = x[k] - mean;
    maxAbs = Math.max(maxAbs, Math.abs(x[k]), Math.abs(x[k + 1]));
    sumLevel += level;
    sumLevel2 += level * level;
    sumY += y;
    for (let d = 0; d <= maxLag; d++) {
      const lagged = x[k - d + 1] - x[k - d];
      lagProducts[d] += y * lagged;
      lagProducts[maxLag + 1 + d] += level * lagged;
    }
  }
  // Index of lag i (0 = y) in [1, x_k, Δ_{k−1}…Δ_{k−maxLag}, Δ_k].
  const at = (i: number): number => (i === 0 ? m - 1 : i + 1);
  const g = gram;
  const set = (i: number, j: number, v: number): void => {
    g[i * m + j] = v;
    g[j * m + i] = v;
  };
  set(0, 0, rows);
  set(0, 1, sumLevel);
  set(1, 1, sumLevel2);
  let sumLag = sumY;
  for (let i = 0; i <= maxLag; i++) {
    set(0, at(i), sumLag);
    set(1, at(i), lagProducts[maxLag + 1 + i]);
    sumLag += i < maxLag ? delta(a - 1 - i) - delta(b - i) : 0;
  }
  for (let d = 0; d <= maxLag; d++) {
    let s = lagProducts[d];
    for (let i = 0; i + d <= maxLag; i++) {
      set(at(i), at(i + d), s);
      s += i + d < maxLag ? delta(a - 1 - i) * delta(a - 1 - i - d) - delta(b - i) * delta(b - i - d) : 0;
    }
  }
  const levelRms = Math.sqrt(sumLevel2 / rows);
  const f = factor;
  f.set(g.subarray(0, m * m));
  const shrink = cholesky(f, m);
  if (!(shrink <= MAX_SHRINK) || !(levelRms > 0)) {
    return null;
  }
  const relError = (count: number, rho: number): number =>
    SAFETY * UNIT_ROUNDOFF * (count + m) * rho * (1 + maxAbs / levelRms);
  const e1 = relError(rows, shrink);
  // AIC of lag p: columns 0…p+1; SSR = L_yy² + Σ_{j > p+1} z_j².
  let ssr = f[(m - 1) * m + (m - 1)] ** 2;
  let best = -1;
  let bestAic = Infinity;
  let runnerUp = Infinity;
  for (let p = maxLag; p >= 0; p--) {
    if (p < maxLag) {
      ssr += f[(m - 1) * m + (p + 2)] ** 2;
    }
    const aic = rows * (LOG_TWO_PI + Math.log(ssr / rows) + 1) + 2 * (p + 2);
    // Ties go to the smaller lag (adf.ts keeps the first minimum), hence ≤.
    if (aic <= bestAic) {
      runnerUp = bestAic;
      bestAic = aic;
      best = p;
    } else {
      runnerUp = Math.min(runnerUp, aic);
    }
  }
  // Each AIC moves by at most rows·ln(1 + e1) ≈ rows·e1; the choice must survive both moving.
  if (!(runnerUp - bestAic > 4 * rows * e1) || !Number.isFinite(bestAic)) {
    return null;
  }
  return refitTau(x, maxLag, best, mean, maxAbs, levelRms);
}

/**
 * τ of the level in the refit on rows p…N−2 with columns [1, Δ_{k−1}…Δ_{k−p}, x_k − mean], y = Δ_k:
 * the AIC Gram's block for those columns (rows maxLag…N−2) plus the rows p…maxLag−1.
 */
function refitTau(
  x: Float64Array,
  maxLag: number,
  p: number,
  mean: number,
  maxAbs: number,
  levelRms: number
): AdfEstimate | null {
  const m = maxLag + 3;
  const r = p + 3;
  const g = gram;
  const h = refit;
  // Refit column c → AIC column: 0 → 0, lag i → i + 1, level → 1, y → m − 1.
  const from = (c: number): number => (c === 0 ? 0 : c <= p ? c + 1 : c === p + 1 ? 1 : m - 1);
  for (let i = 0; i < r; i++) {
    for (let j = 0; j <= i; j++) {
      h[i * r + j] = g[from(i) * m + from(j)];
    }
  }
  const row = rowSums;
  for (let k = p; k < maxLag; k++) {
    row[0] = 1;
    for (let i = 1; i <= p; i++) {
      row[i] = x[k - i + 1] - x[k - i];
    }
    row[p + 1] = x[k] - mean;
    row[p + 2] = x[k + 1] - x[k];
    for (let i = 0; i < r; i++) {
      for (let j = 0; j <= i; j++) {
        h[i * r + j] += row[i] * row[j];
      }
    }
  }
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < i; j++) {
      h[j * r + i] = h[i * r + j];
    }
  }
  const count = x.length - 1 - p;
  const shrink = cholesky(h, r);
  const dof = count - (p + 2);
  if (!(shrink <= MAX_SHRINK) || dof <= 0) {
    return null;
  }
  const sigma = h[(r - 1) * r + (r - 1)] / Math.sqrt(dof);
  const tau = h[(r - 1) * r + (p + 1)] / sigma;
  const e = SAFETY * UNIT_ROUNDOFF * (count + m) * shrink * (1 + maxAbs / levelRms);
  return Number.isFinite(tau) ? { tau, tauError: e * (2 * Math.abs(tau) + 1), lag: p } : null;
}
