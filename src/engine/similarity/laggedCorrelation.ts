/*
 * Lagged correlation: the best Pearson correlation of q against c shifted by s, |s| ≤ maxLag.
 * Rule: r(s) = Σ_i q_i · c_{i+s} / √(Σq² · Σc²) over the overlap, divided by the full norms (not the
 * overlap's), so large shifts are shrunk towards 0 as in luminol and k-Shape's NCC_c. The best
 * lag maximises |r(s)|; ties go to the smaller |s|, then to the positive s.
 * Sign convention: s > 0 means c_{i+s} ≈ q_i, the candidate lags (follows) the query.
 * Source: linkedin/luminol `cross_correlator.py`; Paparrizos & Gravano, k-Shape, SIGMOD 2015.
 * Deviation: luminol scans lags [−k, k − 1] and keeps the largest signed r; we scan [−k, k]
 * and keep the largest |r|, reporting the sign (anti-correlation) separately.
 */
import type { CorpusValues } from './types';

/** Output slots of `bestLag`: [lag, r(lag)] (allocate one per query). */
export type LagResult = Float64Array;

/** Writes the lag with the largest |r| and its signed r into out[0], out[1]. */
export function bestLag(
  q: Float64Array,
  c: CorpusValues,
  off: number,
  n: number,
  maxLag: number,
  norm: number,
  out: LagResult
): void {
  const m = Math.min(maxLag, n - 1);
  let bestS = 0;
  let bestR = dotShift(q, c, off, n, 0) / norm;
  for (let step = 1; step <= m; step++) {
    const rLag = dotShift(q, c, off, n, step) / norm;
    if (Math.abs(rLag) > Math.abs(bestR)) {
      bestR = rLag;
      bestS = step;
    }
    const rLead = dotShift(q, c, off, n, -step) / norm;
    if (Math.abs(rLead) > Math.abs(bestR)) {
      bestR = rLead;
      bestS = -step;
    }
  }
  out[0] = bestS;
  out[1] = bestR > 1 ? 1 : bestR < -1 ? -1 : bestR;
}

/** Σ_i q_i · c_{i+s} over the indices where both exist. */
function dotShift(q: Float64Array, c: CorpusValues, off: number, n: number, s: number): number {
  const from = s < 0 ? -s : 0;
  const to = s > 0 ? n - s : n;
  let s0 = 0;
  let s1 = 0;
  const tail = from + ((to - from) & ~1);
  for (let i = from; i < tail; i += 2) {
    s0 += q[i] * c[off + i + s];
    s1 += q[i + 1] * c[off + i + 1 + s];
  }
  if (tail < to) {
    s0 += q[tail] * c[off + tail + s];
  }
  return s0 + s1;
}
