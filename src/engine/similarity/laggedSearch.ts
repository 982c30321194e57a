/*
 * Exact k-NN under lagged correlation: the rows with the largest max_{|s| ≤ m} |r(s)|.
 * Rule: key = 1 − |r_best|. For every lag s, Σ_overlap q_i c_{i+s} = (Σq²_ov + Σc²_ov − D(s)) / 2
 * with D(s) = Σ_overlap (q_i − c_{i+s})² ≥ LB_Keogh of c against the radius-m query envelope over
 * the positions [m, n − m) that every overlap contains; so |r(s)| ≤ (Σq² + Σc² − LB) / (2√(Σq²Σc²))
 * for the better of q and −q, which gives a lower bound of the key for the LB-ordered driver.
 * A cheaper bound from the query's segment means (lagBound.ts) screens each candidate first.
 * Source: the LB_Keogh argument of Keogh & Ratanamahatana (2005) applied to shift-only alignments,
 * as suggested in /work/shared/reference/correlation.md §4 item 4.
 */
import { bestLag } from './laggedCorrelation';
import { lagBoundPlan, lagUpperBound } from './lagBound';
import { lbKeogh } from './lbKeogh';
import { lbOrderedSearch, type LbSearchCounters } from './lbOrderedSearch';
import type { QueryPlan } from './queryPlan';
import { TopK } from './topK';
import type { Corpus } from './types';

/** Segment width of the coarse lag bound: wider is cheaper per candidate but looser (16 measured best at n = 1,000). */
const LAG_BOUND_WIDTH = 16;

export interface LaggedSearchResult {
  readonly heap: TopK;
  readonly counters: LbSearchCounters & { lagScans: number };
}

/** `plans` must be built with envelope radius maxLag over positions [maxLag, n − maxLag). */
export function laggedSearch(
  corpus: Corpus,
  plans: readonly QueryPlan[],
  maxLag: number,
  topK: number,
  exclude: number,
  seeds: ArrayLike<number>
): LaggedSearchResult {
  const n = corpus.length;
  const values = corpus.values;
  const q = plans[0].q;
  const qNorm2 = plans[0].norm2;
  const out = new Float64Array(2);
  const coarse = lagBoundPlan(q, LAG_BOUND_WIDTH);
  const prefix = new Float64Array(n + 1);
  let lagScans = 0;

  const bound = (id: number, worst: number): number => {
    const cNorm2 = corpus.norms2[id];
    const coarseKey = 1 - lagUpperBound(coarse, qNorm2, values, id * n, n, cNorm2, maxLag, prefix);
    if (coarseKey >= worst) {
      return coarseKey;
    }
    const scale = 2 * Math.sqrt(qNorm2 * cNorm2);
    // Key ≥ worst ⇔ LB ≥ limit, so LB_Keogh may stop at the limit.
    const limit = qNorm2 + cNorm2 - scale * (1 - worst);
    let lb = Infinity;
    for (const p of plans) {
      const b = lbKeogh(p.order, p.order.length, values, id * n, p.upper, p.lower, limit, null);
      lb = b < lb ? b : lb;
    }
    return Math.max(coarseKey, 1 - (qNorm2 + cNorm2 - lb) / scale);
  };

  const evaluate = (id: number, heap: TopK): void => {
    lagScans++;
    bestLag(q, values, id * n, n, maxLag, Math.sqrt(qNorm2 * corpus.norms2[id]), out);
    heap.offer(1 - Math.abs(out[1]), id, out[0]);
  };

  const heap = new TopK(topK);
  const driver = lbOrderedSearch(corpus.count, exclude, seeds, heap, { bound, evaluate });
  return { heap, counters: { ...driver, lagScans } };
}
