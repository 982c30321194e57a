/*
 * LB_PAA: LB_Keogh computed on piecewise-aggregate (segment-mean) rows, w times cheaper.
 * Rule: with segment s of size w_s, Useg_s = max U_i and Lseg_s = min L_i over the segment,
 * Σ_{i∈s} dist(c_i, [L_i, U_i])² ≥ Σ_{i∈s} dist(c_i, [Lseg, Useg])² ≥ w_s · dist(mean_s c, [Lseg, Useg])²
 * (the interval only widens, then Jensen on a convex function), so the sum over segments is
 * ≤ LB_Keogh ≤ DTW. It screens the whole corpus before the full-resolution LB_Keogh.
 * Source: Keogh & Ratanamahatana, "Exact indexing of dynamic time warping", KAIS 7(3), 2005 (LB_PAA).
 */
import type { CorpusValues } from './types';

/** Number of segments of width w over n points (the last one may be shorter). */
export function segmentCount(n: number, width: number): number {
  return Math.ceil(n / width);
}

/** Segment means of x[off, off + n) into out[outOff, outOff + segmentCount(n, width)). */
export function segmentMeansInto(
  x: CorpusValues,
  off: number,
  n: number,
  width: number,
  out: CorpusValues,
  outOff: number
): void {
  for (let s = 0, from = 0; from < n; s++, from += width) {
    const to = Math.min(n, from + width);
    let sum = 0;
    for (let i = from; i < to; i++) {
      sum += x[off + i];
    }
    out[outOff + s] = sum / (to - from);
  }
}

/** The query envelope per segment: upperSeg = max U, lowerSeg = min L over each segment. */
export function segmentEnvelope(
  upper: Float64Array,
  lower: Float64Array,
  width: number
): { upper: Float64Array; lower: Float64Array } {
  const n = upper.length;
  const segs = segmentCount(n, width);
  const u = new Float64Array(segs).fill(-Infinity);
  const l = new Float64Array(segs).fill(Infinity);
  for (let i = 0; i < n; i++) {
    const s = Math.floor(i / width);
    u[s] = Math.max(u[s], upper[i]);
    l[s] = Math.min(l[s], lower[i]);
  }
  return { upper: u, lower: l };
}

/** LB_PAA of the candidate's segment means paa[off, off + segs) against a segment envelope; stops at bsf. */
export function lbPaa(
  paa: CorpusValues,
  off: number,
  n: number,
  width: number,
  upperSeg: Float64Array,
  lowerSeg: Float64Array,
  bsf: number
): number {
  const segs = upperSeg.length;
  const lastWidth = n - (segs - 1) * width;
  let lb = 0;
  for (let s = 0; s < segs && lb < bsf; s++) {
    const v = paa[off + s];
    const d = v > upperSeg[s] ? v - upperSeg[s] : v < lowerSeg[s] ? lowerSeg[s] - v : 0;
    lb += (s === segs - 1 ? lastWidth : width) * d * d;
  }
  return lb;
}
