/*
 * Exact k-NN under lagged correlation: the rows with the largest max_{|s| ≤ m} |r(s)| (overlap
 * Pearson, laggedCorrelation.ts).
 * Rule: key = 1 − |r_best|. Every row's prefix sums feed two segment bounds of |r| (lagBound.ts),
 * a coarse one (width 64) and, if that does not prune, a finer one (width 16); key ≥ 1 − bound is
 * a lower bound for the LB-ordered driver, which computes the exact lag scan only for the rows
 * whose bound beats the current k-th best, best bound first.
 * Source: the lower-bound search of Rakthanmanon et al. (KDD 2012) applied to shift-only alignments,
 * as suggested in /work/shared/reference/correlation.md §4 item 4.
 */
import { bestLag, prefixSums, prefixSumsInto } from './laggedCorrelation';
import { boundPrefixSumsInto } from './boundPrefixSums';
import { lagBoundPlan, lagUpperBound } from './lagBound';
import { lbOrderedSearch, type LbSearchCounters } from './lbOrderedSearch';
import { TopK } from './topK';
import type { Corpus } from './types';

/** Block widths of the two bounds (wider is cheaper per row but looser; measured at n = 1,000). */
const COARSE_WIDTH = 64;
const FINE_WIDTH = 16;

export interface LaggedSearchResult {
  /** key = 1 − |r|, tag = the best lag. */
  readonly heap: TopK;
  readonly counters: LbSearchCounters & { coarsePruned: number; lagScans: number };
}

export function laggedSearch(
  corpus: Corpus,
  q: Float64Array,
  maxLag: number,
  topK: number,
  exclude: number,
  seeds: ArrayLike<number>
): LaggedSearchResult {
  const n = corpus.length;
  const values = corpus.values;
  const qp = prefixSums(n);
  prefixSumsInto(q, 0, n, qp);
  const cp = prefixSums(n);
  const out = new Float64Array(2);
  // The coarse width is a multiple of the fine one, as boundPrefixSumsInto needs.
  const fineWidth = Math.min(FINE_WIDTH, n);
  const coarse = lagBoundPlan(qp, n, maxLag, n < COARSE_WIDTH ? fineWidth : COARSE_WIDTH);
  const fine = lagBoundPlan(qp, n, maxLag, fineWidth);
  let coarsePruned = 0;
  let lagScans = 0;

  const bound = (id: number, worst: number): number => {
    boundPrefixSumsInto(values, id * n, n, maxLag, fineWidth, cp);
    const coarseKey = 1 - lagUpperBound(coarse, cp, n);
    if (coarseKey >= worst) {
      coarsePruned++;
      return coarseKey;
    }
    return Math.max(coarseKey, 1 - lagUpperBound(fine, cp, n));
  };

  const evaluate = (id: number, heap: TopK): void => {
    lagScans++;
    bestLag(q, qp, values, id * n, n, maxLag, cp, out);
    heap.offer(1 - Math.abs(out[1]), id, out[0]);
  };

  const heap = new TopK(topK);
  const driver = lbOrderedSearch(corpus.count, exclude, seeds, heap, { bound, evaluate });
  return { heap, counters: { ...driver, coarsePruned, lagScans } };
}
