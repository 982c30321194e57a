/*
 * Exact banded-DTW k-NN over a corpus: the UCR Suite cascade inside the LB-ordered driver.
 * Rule: the whole corpus is screened with LB_KimFL and LB_PAA (segment means, w× cheaper) and
 * visited in ascending LB_PAA order; per visited candidate and per query sign (q and −q):
 * LB_KimFL → LB_PAA → LB_Keogh EQ (query envelope) → LB_Improved (Lemire's second pass) →
 * LB_Keogh EC (candidate envelope) → early-abandoning banded DTW whose cumulative bound comes
 * from the larger LB_Keogh; each stage runs only if the cheaper one did not prune.
 * A candidate's key is the smaller DTW cost over the signs; its tag is the winning sign.
 * Source: UCR Suite UCR_DTW.cpp (Rakthanmanon et al., KDD 2012, §4); squared local cost, no sqrt.
 * Deviation: whole-series k-NN over a fixed corpus (rows z-normalised once at prepare time)
 * instead of subsequence search with online z-normalisation.
 */
import { bandedDtw, dtwWork } from './bandedDtw';
import { envelopeInto, envelopeWork } from './envelope';
import { lbImproved } from './lbImproved';
import { lbKeogh } from './lbKeogh';
import { lbKim } from './lbKim';
import { lbPaa } from './lbPaa';
import { lbOrderedSearch } from './lbOrderedSearch';
import type { QueryPlan } from './queryPlan';
import { TopK } from './topK';
import type { Corpus } from './types';

export interface DtwSearchCounters {
  seeded: number;
  boundPruned: number;
  visited: number;
  skippedAfterSort: number;
  kimPruned: number;
  paaPruned: number;
  keoghEqPruned: number;
  keoghEcPruned: number;
  improvedPruned: number;
  dtwAbandoned: number;
  dtwCompleted: number;
}

export interface DtwSearchResult {
  readonly heap: TopK;
  readonly counters: DtwSearchCounters;
}

/** The topK rows nearest to the plans' query under banded DTW (half-width `radius` points). */
export function dtwSearch(
  corpus: Corpus,
  plans: readonly QueryPlan[],
  radius: number,
  topK: number,
  exclude: number,
  seeds: ArrayLike<number>
): DtwSearchResult {
  const n = corpus.length;
  const values = corpus.values;
  const r = Math.min(radius, n - 1);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  const envWork = envelopeWork(n);
  const contribEq = new Float64Array(n);
  const contribEc = new Float64Array(n);
  const cumulative = new Float64Array(n + 1);
  const work = dtwWork(r);
  const improvedWork = { projection: new Float64Array(n), envelope: envelopeWork(n) };
  const stage = {
    kimPruned: 0,
    paaPruned: 0,
    keoghEqPruned: 0,
    keoghEcPruned: 0,
    improvedPruned: 0,
    dtwAbandoned: 0,
    dtwCompleted: 0,
  };

  const segs = plans[0].upperSeg.length;
  const bound = (id: number, worst: number): number => {
    const off = id * n;
    let lb = Infinity;
    for (const p of plans) {
      let b = lbKim(p.q, values, off, n, worst);
      if (b < worst) {
        b = lbPaa(corpus.paa, id * segs, n, corpus.paaWidth, p.upperSeg, p.lowerSeg, worst);
      }
      lb = b < lb ? b : lb;
    }
    return lb;
  };

  const evaluate = (id: number, heap: TopK): void => {
    const off = id * n;
    let best = Infinity;
    let bestSign = 1;
    let envelopeReady = false;
    for (const p of plans) {
      const threshold = Math.min(heap.worst(), best);
      if (lbKim(p.q, values, off, n, threshold) >= threshold) {
        stage.kimPruned++;
        continue;
      }
      if (lbPaa(corpus.paa, id * segs, n, corpus.paaWidth, p.upperSeg, p.lowerSeg, threshold) >= threshold) {
        stage.paaPruned++;
        continue;
      }
      const eq = lbKeogh(p.order, values, off, p.upper, p.lower, threshold, contribEq);
      if (eq >= threshold) {
        stage.keoghEqPruned++;
        continue;
      }
      if (lbImproved(p.q, p.upper, p.lower, values, off, n, r, eq, threshold, improvedWork) >= threshold) {
        stage.improvedPruned++;
        continue;
      }
      if (!envelopeReady) {
        envelopeInto(values, off, n, r, upper, lower, envWork);
        envelopeReady = true;
      }
      const ec = lbKeogh(p.order, p.q, 0, upper, lower, threshold, contribEc);
      if (ec >= threshold) {
        stage.keoghEcPruned++;
        continue;
      }
      const terms = ec > eq ? contribEc : contribEq;
      cumulative[n] = 0;
      for (let i = n - 1; i >= 0; i--) {
        cumulative[i] = cumulative[i + 1] + terms[i];
      }
      const d = bandedDtw(p.q, values, off, n, r, cumulative, threshold, work);
      if (d >= threshold) {
        stage.dtwAbandoned++;
        continue;
      }
      stage.dtwCompleted++;
      best = d;
      bestSign = p.sign;
    }
    heap.offer(best, id, bestSign);
  };

  const heap = new TopK(topK);
  const driver = lbOrderedSearch(corpus.count, exclude, seeds, heap, { bound, evaluate });
  return { heap, counters: { ...driver, ...stage } };
}
