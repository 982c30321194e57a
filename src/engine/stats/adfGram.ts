/*
 * The ADF statistic of adf.ts from the regressions' Gram matrices instead of two Householder QRs,
 * with an error bound, so ks_test can decide "p < 0.05" cheaply and fall back to QR only near the
 * threshold, near an AIC tie or on an ill-conditioned design.
 * Rule: the same regressions as adf.ts (Δ_k on [1, x_k, Δ_{k−1}…Δ_{k−p}], rows k = maxlag…N−2 for the
 * AIC choice, rows p…N−2 for τ), from adfRowSums.ts's sums (one pass, or a slide of the previous
 * window's), with the level centred by its mean over the AIC rows at call time (Σ(w − w̄)Δ =
 * Σ wΔ − w̄·ΣΔ; a shift of the level column changes no SSR and no level coefficient when a constant
 * is fitted). The lag block is Toeplitz-like: S(i+1, j+1) = S(i, j) + Δ_{a−1−i}Δ_{a−1−j} − Δ_{b−i}Δ_{b−j}
 * for rows a…b, so only its first row is summed. Cholesky of [X y]ᵀ[X y] gives z = Qᵀy and the SSR
 * of every leading sub-model as L_yy² + Σ_{j>q} z_j² (no cancellation); τ = z_level/σ̂, level last.
 * Error bound (heuristic, not proven): relative error of every SSR and of τ ≤ δ = 1000·u·(n + U + m)·
 * ρ·(1 + max|x| / rms(x_k − x̄) + κ): U the sums' updates since their rebuild, ρ = max_j G_jj / L_jj²
 * (how far elimination shrank a column), κ = max(peak Σw² / Σ(w − w̄)², peak span ΣΔ² / min lag
 * column ΣΔ²) (the centring's cancellation and the partial sums the updates rounded against); the
 * max|x| term covers the QR's own error on an offset level. The fast path refuses (null) when
 * ρ > 1e8, δ > 1e-3 or anything is non-finite. The property tests in adfGram.test.ts check the bound
 * against the QR path on random walks, AR(1), trends, steps, constant runs, integers, offsets and
 * scales 1e-6…1e9, from scratch and sliding (largest |τ − τ_QR| / bound seen: 3.7e-3 over 910,000
 * such windows, where the bound before sliding sums reached 3.7e-2).
 * Source: adf.ts (statsmodels adfuller, autolag AIC); G. H. Golub & C. F. Van Loan, Matrix
 * Computations, 4th ed. (2013), §4.2 (Cholesky) and §5.3 (normal equations and their conditioning).
 */
import { AdfRowSums } from './adfRowSums';
import { CHOLESKY } from './cholesky';

/** Bound once: an imported binding is a getter call under CommonJS interop. */
const { cholesky } = CHOLESKY;

const UNIT_ROUNDOFF = 2 ** -53;
const SAFETY = 1000;
const MAX_SHRINK = 1e8;
const MAX_RELATIVE_ERROR = 1e-3;
const LOG_TWO_PI = Math.log(2 * Math.PI);

export interface AdfEstimate {
  /** τ of the level coefficient in the refit with the AIC-chosen lag. */
  tau: number;
  /** Bound on |τ − τ exact|. */
  tauError: number;
  /** The AIC-chosen lag. */
  lag: number;
}

/** v[k + 1] − v[k]. (Module-level helpers, no closures: ks_test asks at every point.) */
function diff(v: Float64Array, k: number): number {
  return v[k + 1] - v[k];
}

/** Column of lag i (0 = y) in [1, x_k, Δ_{k−1}…Δ_{k−maxLag}, Δ_k], m = maxLag + 3 columns. */
function lagColumn(i: number, m: number): number {
  return i === 0 ? m - 1 : i + 1;
}

/** Sets G_ij = G_ji = v in the m × m row-major g. */
function setSymmetric(g: Float64Array, m: number, i: number, j: number, v: number): void {
  g[i * m + j] = v;
  g[j * m + i] = v;
}

/** Refit column c ([1, lags 1…p, level, y]) → its AIC column: 0 → 0, lag i → i + 1, level → 1, y → m − 1. */
function refitColumn(c: number, p: number, m: number): number {
  return c === 0 ? 0 : c <= p ? c + 1 : c === p + 1 ? 1 : m - 1;
}

/** Scratch reused across calls (the functions are synchronous). */
let gram = new Float64Array(0);
let factor = new Float64Array(0);
let refit = new Float64Array(0);
let refitRow = new Float64Array(0);
let edges = new Float64Array(0);
/** The one-off form's sums. */
let oneOff = new AdfRowSums(0);

/**
 * Fills `gram` (m × m, columns [1, x_k − x̄, Δ_{k−1}…Δ_{k−maxLag}, Δ_k]) from the sums; returns the
 * smallest lag column's squared norm.
 */
function fillGram(sums: AdfRowSums, m: number, mean: number): number {
  const { maxLag, values: v, first: a, last: b, lagProducts, levelProducts } = sums;
  const rows = b - a + 1;
  const g = gram;
  // e[i] = Δ_{a−1−i} enters and e[maxLag + i] = Δ_{b−i} leaves as the recurrence steps down a diagonal.
  const e = edges;
  for (let i = 0; i < maxLag; i++) {
    e[i] = diff(v, a - 1 - i);
    e[maxLag + i] = diff(v, b - i);
  }
  setSymmetric(g, m, 0, 0, rows);
  setSymmetric(g, m, 0, 1, sums.sumLevel - rows * mean);
  setSymmetric(g, m, 1, 1, sums.sumLevel2 - sums.sumLevel * mean);
  let sumLag = sums.sumY;
  for (let i = 0; i <= maxLag; i++) {
    setSymmetric(g, m, 0, lagColumn(i, m), sumLag);
    setSymmetric(g, m, 1, lagColumn(i, m), levelProducts[i] - mean * sumLag);
    sumLag += i < maxLag ? e[i] - e[maxLag + i] : 0;
  }
  let minLag2 = Infinity;
  for (let d = 0; d <= maxLag; d++) {
    let s = lagProducts[d];
    for (let i = 0; i + d <= maxLag; i++) {
      setSymmetric(g, m, lagColumn(i, m), lagColumn(i + d, m), s);
      minLag2 = d === 0 ? Math.min(minLag2, s) : minLag2;
      s += i + d < maxLag ? e[i] * e[i + d] - e[maxLag + i] * e[maxLag + i + d] : 0;
    }
  }
  return minLag2;
}

/**
 * τ of adfuller(values[first − maxLag, last + 2), maxLag) (constant, AIC) from `sums` as last
 * synced, with its error bound, written into `out` (no allocation per call) and returned; null when
 * the fast path cannot vouch for it (ill-conditioned, an AIC gap within the bounds, or non-finite sums).
 */
export function adfFromRowSums(sums: AdfRowSums, out: AdfEstimate): AdfEstimate | null {
  const maxLag = sums.maxLag;
  const rows = sums.last - sums.first + 1;
  const m = maxLag + 3;
  if (!(rows >= maxLag + 3)) {
    return null;
  }
  if (gram.length < m * m) {
    gram = new Float64Array(m * m);
    factor = new Float64Array(m * m);
    refit = new Float64Array(m * m);
    refitRow = new Float64Array(m);
    edges = new Float64Array(2 * maxLag);
  }
  const mean = sums.sumLevel / rows;
  const minLag2 = fillGram(sums, m, mean);
  const centred = gram[m + 1];
  const levelRms = Math.sqrt(centred / rows);
  const f = factor;
  for (let i = 0; i < m * m; i++) {
    f[i] = gram[i];
  }
  const shrink = cholesky(f, m);
  if (!(shrink <= MAX_SHRINK) || !(levelRms > 0) || !(minLag2 > 0)) {
    return null;
  }
  const kappa = Math.max(sums.peakLevel2 / centred, sums.peakSpan2 / minLag2);
  // δ per row and unit of ρ: the rows' count and ρ are the call's own.
  const perRow = SAFETY * UNIT_ROUNDOFF * (1 + sums.peakAbs / levelRms + kappa);
  const extra = sums.updates + m;
  const e1 = perRow * (rows + extra) * shrink;
  if (!(e1 <= MAX_RELATIVE_ERROR)) {
    return null;
  }
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
  return refitTau(sums, best, mean, perRow, extra, out);
}

/**
 * τ of the level in the refit on rows p…N−2 with columns [1, Δ_{k−1}…Δ_{k−p}, w_k − w̄], y = Δ_k:
 * the AIC Gram's block for those columns (rows maxLag…N−2) plus the rows p…maxLag−1.
 */
function refitTau(
  sums: AdfRowSums,
  p: number,
  mean: number,
  perRow: number,
  extra: number,
  out: AdfEstimate
): AdfEstimate | null {
  const { maxLag, values: v, origin } = sums;
  const m = maxLag + 3;
  const r = p + 3;
  const g = gram;
  const h = refit;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j <= i; j++) {
      h[i * r + j] = g[refitColumn(i, p, m) * m + refitColumn(j, p, m)];
    }
  }
  const row = refitRow;
  const start = sums.first - maxLag;
  for (let k = start + p; k < sums.first; k++) {
    row[0] = 1;
    for (let i = 1; i <= p; i++) {
      row[i] = v[k - i + 1] - v[k - i];
    }
    row[p + 1] = v[k] - origin - mean;
    row[p + 2] = v[k + 1] - v[k];
    for (let i = 0; i < r; i++) {
      for (let j = 0; j <= i; j++) {
        h[i * r + j] += row[i] * row[j];
      }
    }
  }
  const count = sums.last + 1 - start - p;
  const shrink = cholesky(h, r);
  const dof = count - (p + 2);
  if (!(shrink <= MAX_SHRINK) || dof <= 0) {
    return null;
  }
  const sigma = h[(r - 1) * r + (r - 1)] / Math.sqrt(dof);
  const tau = h[(r - 1) * r + (p + 1)] / sigma;
  const e = perRow * (count + extra) * shrink;
  if (!Number.isFinite(tau) || !(e <= MAX_RELATIVE_ERROR)) {
    return null;
  }
  out.tau = tau;
  out.tauError = e * (2 * Math.abs(tau) + 1);
  out.lag = p;
  return out;
}

/**
 * τ of adfuller(x, maxLag) (constant, AIC) with its error bound, from scratch, or null as
 * adfFromRowSums. x needs at least 2·maxLag + 4 points (adf.ts's refusal rule); null below.
 */
export function adfByGram(x: Float64Array, maxLag: number): AdfEstimate | null {
  if (x.length < 2 * maxLag + 4) {
    return null;
  }
  if (oneOff.maxLag !== maxLag) {
    oneOff = new AdfRowSums(maxLag);
  }
  oneOff.rebuild(x, 0, x.length);
  return adfFromRowSums(oneOff, { tau: NaN, tauError: NaN, lag: -1 });
}

/** Bound once by per-point callers: an imported binding is a getter call under CommonJS interop. */
export const ADF_GRAM = { adfFromRowSums } as const;
