/*
 * LB_Keogh: a lower bound of the banded DTW cost from an envelope.
 * Rule: Σ_i dist(x_i, [L_i, U_i])², where [L, U] is the radius-r envelope of the other series; a
 * point of x outside the envelope must pay at least its squared gap to it. Used both ways:
 * EQ (query envelope, candidate points) and EC (candidate envelope, query points).
 * Points are visited in `order` (the query's |z| descending, UCR's "reordering early abandoning")
 * and the sum is abandoned as soon as it reaches bsf.
 * Source: Keogh & Ratanamahatana, KAIS 7(3), 2005; UCR Suite `lb_keogh_cumulative` and
 * `lb_keogh_data_cumulative` in UCR_DTW.cpp.
 */
import type { CorpusValues } from './types';

/**
 * LB_Keogh of x[off + order[k]] against [lower, upper][order[k]] over the whole order. When
 * `contrib` is given, contrib[order[k]] receives each point's term (for the DTW's cumulative bound);
 * positions not visited (after abandoning) keep their old value.
 */
export function lbKeogh(
  order: Int32Array,
  x: CorpusValues,
  off: number,
  upper: Float64Array,
  lower: Float64Array,
  bsf: number,
  contrib: Float64Array | null
): number {
  let lb = 0;
  for (let k = 0; k < order.length && lb < bsf; k++) {
    const i = order[k];
    const v = x[off + i];
    let d = 0;
    if (v > upper[i]) {
      d = (v - upper[i]) * (v - upper[i]);
    } else if (v < lower[i]) {
      d = (lower[i] - v) * (lower[i] - v);
    }
    lb += d;
    if (contrib !== null) {
      contrib[i] = d;
    }
  }
  return lb;
}

/** All positions of q sorted by |q| descending: the visiting order of UCR's reordered early abandoning. */
export function orderByMagnitude(q: Float64Array): Int32Array {
  const order = new Int32Array(q.length);
  for (let i = 0; i < order.length; i++) {
    order[i] = i;
  }
  return order.sort((a, b) => Math.abs(q[b]) - Math.abs(q[a]));
}
