/*
 * LB_Improved: Lemire's two-pass lower bound of the banded DTW cost, tighter than LB_Keogh.
 * Rule: h = the candidate projected onto the query envelope (h_i = clamp(c_i, L_i, U_i));
 * LB_Improved = LB_Keogh(c, env(q)) + Σ_i dist(q_i, env(h)_i)², where env(h) is h's radius-r envelope.
 * The first term is passed in (the cascade has just computed it); the second abandons at bsf.
 * Source: D. Lemire, "Faster retrieval with a two-pass dynamic-time-warping lower bound",
 * Pattern Recognition 42(9):2169–2180, 2009, Theorem 1 (arXiv:0807.1734).
 */
import { envelopeInto, type EnvelopeWork } from './envelope';
import type { CorpusValues } from './types';

/** Buffers for `lbImproved` (projection and its envelope): allocate once per query. */
export interface ImprovedWork {
  readonly projection: Float64Array;
  readonly upper: Float64Array;
  readonly lower: Float64Array;
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
  for (let i = 0; i < n; i++) {
    const v = c[off + i];
    h[i] = v > qUpper[i] ? qUpper[i] : v < qLower[i] ? qLower[i] : v;
  }
  envelopeInto(h, 0, n, r, work.upper, work.lower, work.envelope);
  const U = work.upper;
  const L = work.lower;
  let lb = lbKeoghEq;
  for (let i = 0; i < n && lb < bsf; i++) {
    const x = q[i];
    if (x > U[i]) {
      lb += (x - U[i]) * (x - U[i]);
    } else if (x < L[i]) {
      lb += (L[i] - x) * (L[i] - x);
    }
  }
  return lb;
}
