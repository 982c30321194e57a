/*
 * Lagged correlation: the best Pearson correlation of q against c shifted by s, |s| ≤ maxLag.
 * Rule: r(s) = Pearson of q[i] and c[i + s] over the overlap (the k = n − |s| indices where both
 * exist), each side centred and scaled over that overlap, so a shifted copy scores ≈ 1 whatever
 * the level of the window it was cut from. The best lag maximises |r(s)|; ties go to the smaller
 * |s|, then to the positive s. An overlap with (numerically) zero variance has r = 0.
 * Sign convention: s > 0 means c_{i+s} ≈ q_i, the candidate lags (follows) the query.
 * Source: the textbook lagged cross-correlation (e.g. pandas `Series.corr(other.shift(s))`);
 * linkedin/luminol `cross_correlator.py` for the lag scan.
 * Deviation: luminol and k-Shape's NCC_c divide by the whole-series norms of the z-normalised
 * windows, which shrinks every shifted match; on the benchmark's shifted near-copies of random
 * walks (bench/correlate.bench.ts, 10,000 × 1,000, ±50 lags) that put 10, 7, 6, 2 and 8 of 10
 * copies in the top 10 of the five queries, the overlap Pearson 10 of 10 for each.
 */
import type { CorpusValues } from './types';

/** Output slots of `bestLag`: [lag, r(lag)] (allocate one per query). */
export type LagResult = Float64Array;

/** Prefix sums of a row: sum[i] = Σ_{j<i} x_j, sumSq[i] = Σ_{j<i} x_j² (length n + 1). */
export interface PrefixSums {
  readonly sum: Float64Array;
  readonly sumSq: Float64Array;
}

export function prefixSums(n: number): PrefixSums {
  return { sum: new Float64Array(n + 1), sumSq: new Float64Array(n + 1) };
}

/** Fills `into` with the prefix sums of x[off, off + n). */
export function prefixSumsInto(x: CorpusValues, off: number, n: number, into: PrefixSums): void {
  const sum = into.sum;
  const sumSq = into.sumSq;
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const v = x[off + i];
    s += v;
    s2 += v * v;
    sum[i + 1] = s;
    sumSq[i + 1] = s2;
  }
}

/** Centred sum of squares Σ(x − x̄)² of a block of k points from its sums and invK = 1 / k (≥ 0). */
export function centredSquares(sum: number, sumSq: number, invK: number): number {
  const v = sumSq - sum * sum * invK;
  return v > 0 ? v : 0;
}

/** A variance below this share of the block's Σx² is rounding noise: the block is flat. */
export const FLAT_SHARE = 1e-9;

/** True when a block of k = 1 / invK points with these sums has (numerically) no variance. */
export function isFlat(sum: number, sumSq: number, invK: number): boolean {
  return !(centredSquares(sum, sumSq, invK) > FLAT_SHARE * sumSq);
}

/**
 * Writes the lag with the largest |r| and its signed r into out[0], out[1]. `qp` holds q's prefix
 * sums; `cp` is scratch that receives c's.
 */
export function bestLag(
  q: Float64Array,
  qp: PrefixSums,
  c: CorpusValues,
  off: number,
  n: number,
  maxLag: number,
  cp: PrefixSums,
  out: LagResult
): void {
  prefixSumsInto(c, off, n, cp);
  const m = Math.min(maxLag, n - 1);
  let bestS = 0;
  let bestR = overlapR(q, qp, c, off, n, 0, cp);
  for (let step = 1; step <= m; step++) {
    const rLag = overlapR(q, qp, c, off, n, step, cp);
    if (Math.abs(rLag) > Math.abs(bestR)) {
      bestR = rLag;
      bestS = step;
    }
    const rLead = overlapR(q, qp, c, off, n, -step, cp);
    if (Math.abs(rLead) > Math.abs(bestR)) {
      bestR = rLead;
      bestS = -step;
    }
  }
  out[0] = bestS;
  out[1] = bestR;
}

/** r(s) over the overlap, from the exact cross product and both rows' prefix sums. */
function overlapR(
  q: Float64Array,
  qp: PrefixSums,
  c: CorpusValues,
  off: number,
  n: number,
  s: number,
  cp: PrefixSums
): number {
  const from = s < 0 ? -s : 0;
  const to = s > 0 ? n - s : n;
  const invK = 1 / (to - from);
  const sq = qp.sum[to] - qp.sum[from];
  const sq2 = qp.sumSq[to] - qp.sumSq[from];
  const sc = cp.sum[to + s] - cp.sum[from + s];
  const sc2 = cp.sumSq[to + s] - cp.sumSq[from + s];
  if (isFlat(sq, sq2, invK) || isFlat(sc, sc2, invK)) {
    return 0;
  }
  let d0 = 0;
  let d1 = 0;
  const tail = from + ((to - from) & ~1);
  const o = off + s;
  for (let i = from; i < tail; i += 2) {
    d0 += q[i] * c[o + i];
    d1 += q[i + 1] * c[o + i + 1];
  }
  if (tail < to) {
    d0 += q[tail] * c[o + tail];
  }
  const r = (d0 + d1 - sq * sc * invK) / Math.sqrt(centredSquares(sq, sq2, invK) * centredSquares(sc, sc2, invK));
  return r > 1 ? 1 : r < -1 ? -1 : r;
}
