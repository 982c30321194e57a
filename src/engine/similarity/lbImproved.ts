/*
 * LB_Improved: Lemire's two-pass lower bound of the banded DTW cost, tighter than LB_Keogh.
 * Rule: h = the candidate projected onto the query envelope (h_i = clamp(c_i, L_i, U_i));
 * LB_Improved = LB_Keogh(c, env(q)) + Σ_i dist(q_i, env(h)_i)², where env(h) is h's radius-r envelope.
 * The first term is passed in (the cascade has just computed it); the second is summed while
 * env(h) streams out of Lemire's deques (as envelope.ts), so it abandons at bsf without a full pass.
 * Source: D. Lemire, "Faster retrieval with a two-pass dynamic-time-warping lower bound",
 * Pattern Recognition 42(9):2169–2180, 2009, Theorem 1 (arXiv:0807.1734).
 */
import type { EnvelopeWork } from './envelope';
import type { CorpusValues } from './types';

/** Buffers for `lbImproved` (the projection and the envelope deques): allocate once per query. */
export interface ImprovedWork {
  readonly projection: Float64Array;
  readonly envelope: EnvelopeWork;
}

export function lbImproved(
  q: Float64Array,
  qUpper: Float64Array,
  qLower: Float64Array,
  c: CorpusValues,
  off: number,
  n: number,
  r: number,
  lbKeoghEq: number,
  bsf: number,
  work: ImprovedWork
): number {
  const h = work.projection;
  // The projection, Lemire's streaming envelope of it and the sum in one pass that stops at bsf.
  const du = work.envelope.upperDeque;
  const dl = work.envelope.lowerDeque;
  let uHead = 0;
  let uTail = 0;
  let lHead = 0;
  let lTail = 0;
  let lb = lbKeoghEq;
  for (let j = 0; j < n + r && lb < bsf; j++) {
    if (j < n) {
      const c0 = c[off + j];
      const v = c0 > qUpper[j] ? qUpper[j] : c0 < qLower[j] ? qLower[j] : c0;
      h[j] = v;
      while (uTail > uHead && h[du[uTail - 1]] <= v) {
        uTail--;
      }
      du[uTail++] = j;
      while (lTail > lHead && h[dl[lTail - 1]] >= v) {
        lTail--;
      }
      dl[lTail++] = j;
    }
    const i = j - r;
    if (i >= 0) {
      while (du[uHead] < i - r) {
        uHead++;
      }
      while (dl[lHead] < i - r) {
        lHead++;
      }
      const x = q[i];
      const u = h[du[uHead]];
      const l = h[dl[lHead]];
      if (x > u) {
        lb += (x - u) * (x - u);
      } else if (x < l) {
        lb += (l - x) * (l - x);
      }
    }
  }
  return lb;
}
