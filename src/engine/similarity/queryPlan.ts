/*
 * A query prepared for the lower-bound cascade: the z-normalised values, their radius-r envelope
 * and the |q|-descending visiting order, for the query and for its mirror image −q.
 * Rule: the envelope of −q is (−L, −U) and the order is the same, so the mirror costs no extra pass.
 * Source: UCR Suite UCR_DTW.cpp (query envelope and `sort` by |q| before the scan).
 */
import { envelopeInto, envelopeWork } from './envelope';
import { orderByMagnitude } from './lbKeogh';
import { segmentEnvelope } from './lbPaa';

export interface QueryPlan {
  readonly q: Float64Array;
  readonly norm2: number;
  readonly upper: Float64Array;
  readonly lower: Float64Array;
  /** The envelope per PAA segment (max U, min L), for LB_PAA. */
  readonly upperSeg: Float64Array;
  readonly lowerSeg: Float64Array;
  /** Positions visited by LB_Keogh, most informative first. */
  readonly order: Int32Array;
  /** +1 for the query, −1 for its mirror image. */
  readonly sign: 1 | -1;
}

/** Plans for q (and −q when `withMirror`), envelope radius r. */
export function queryPlans(q: Float64Array, radius: number, paaWidth: number, withMirror: boolean): QueryPlan[] {
  const n = q.length;
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  envelopeInto(q, 0, n, radius, upper, lower, envelopeWork(n));
  let norm2 = 0;
  for (let i = 0; i < n; i++) {
    norm2 += q[i] * q[i];
  }
  const order = orderByMagnitude(q);
  const seg = segmentEnvelope(upper, lower, paaWidth);
  const plans: QueryPlan[] = [{ q, norm2, upper, lower, upperSeg: seg.upper, lowerSeg: seg.lower, order, sign: 1 }];
  if (withMirror) {
    plans.push({
      q: q.map((v) => -v),
      norm2,
      upper: lower.map((v) => -v),
      lower: upper.map((v) => -v),
      upperSeg: seg.lower.map((v) => -v),
      lowerSeg: seg.upper.map((v) => -v),
      order,
      sign: -1,
    });
  }
  return plans;
}
