/*
 * histogram_bins: does the tail average fall in a sparsely populated bin of a 15-bin histogram?
 * Rule: numpy.histogram(x, 15) (histogramEdges.ts); True iff some bin with count ≤ 20 has
 * i = 0 and T ≤ e₀, or i ≥ 1 and eᵢ ≤ T < eᵢ₊₁ (half-open even for the last bin).
 * Source: etsy/skyline src/analyzer/algorithms.py (histogram_bins) @ 22ae09da;
 * numpy/lib/histograms.py (linspace edges, equal-width fast path).
 */
import { ORDER_STATISTICS } from '../../stats/orderStatistics';
import type { RollingAlgorithm, RollingState } from './rollingState';
import { BINS, HISTOGRAM } from './histogramEdges';
import { type SkylineWindow, tailAverage } from './window';
import { windowStats } from './windowStats';

const { lowerBound } = ORDER_STATISTICS;
const { histogramEdges, tailBin } = HISTOGRAM;

const SPARSE = 20;
const oracleEdges = new Float64Array(BINS + 1);

/**
 * Skyline's verdict given the edges and a test "bin i holds ≤ 20 values"; only the bins the tail
 * can select are tested. The edges never decrease, so the bins [eᵢ, eᵢ₊₁) are disjoint and the
 * only candidate i ≥ 1 is the last one with eᵢ ≤ T (a binary search instead of Skyline's loop).
 */
function sparseBinHoldsTail(edges: Float64Array, tail: number, isSparse: (i: number) => boolean): boolean {
  if (tail <= edges[0] && isSparse(0)) {
    return true;
  }
  const i = tailBin(edges, tail);
  return tail >= edges[i] && tail < edges[i + 1] && isSparse(i);
}

/** The verdict for one window. Example: 100 values in [0, 1] then a tail of three 50s → true. */
export function histogramBins(w: SkylineWindow): boolean {
  const { min, max, firstBinCount, tailBinCount } = windowStats(w);
  histogramEdges(min, max, oracleEdges);
  const isSparse = (i: number): boolean => (i === 0 ? firstBinCount : tailBinCount) <= SPARSE;
  return sparseBinHoldsTail(oracleEdges, tailAverage(w.values, w.values.length), isSparse);
}

/** Beyond this many arrivals + departures at once, recounting the bins beats updating them. */
const RECOUNT_AFTER = 32;

/** True when the edges are finite and never decrease (so each value has exactly one bin). */
function countableEdges(edges: Float64Array): boolean {
  let ok = Number.isFinite(edges[0]);
  for (let i = 1; i <= BINS; i++) {
    ok = ok && Number.isFinite(edges[i]) && edges[i - 1] <= edges[i];
  }
  return ok;
}

/** The bin of v in [e₀, e₁₅]: the last i ≤ 14 with eᵢ ≤ v, from a guess corrected against the edges. */
function binOf(edges: Float64Array, v: number): number {
  const guess = Math.floor(((v - edges[0]) / (edges[BINS] - edges[0])) * BINS);
  let i = guess >= 0 ? (guess < BINS - 1 ? guess : BINS - 1) : 0;
  while (i > 0 && v < edges[i]) {
    i--;
  }
  while (i < BINS - 1 && v >= edges[i + 1]) {
    i++;
  }
  return i;
}

/**
 * Every-point form (exact). While the window's extremes, hence the edges, stay put, the 15 bin
 * counts are kept up to date from the values that arrive and leave (O(1) each); right after the
 * edges move, a tested bin is counted by one binary search in the state's sorted window, and the
 * counts are rebuilt (15 searches) once the edges have held for a point.
 */
export function histogramBinsRolling(s: RollingState): RollingAlgorithm {
  const edges = new Float64Array(BINS + 1);
  const counts = new Int32Array(BINS);
  let edgesMin = NaN;
  let edgesMax = NaN;
  let countable = false;
  /** counts hold the bins of the window [lo, hi) of the previous evaluation. */
  let counted = false;
  let lo = 0;
  let hi = 0;
  // Bin i = [eᵢ, eᵢ₊₁) (last: closed) holds ≤ 20 values iff the 21st value from eᵢ is past it.
  const searchSparse = (i: number): boolean => {
    const a = s.sorted.sorted;
    const size = s.sorted.size;
    const from = edges[i];
    const to = edges[i + 1];
    if (!(from <= to)) {
      return true;
    }
    const next = lowerBound(a, 0, size, from) + SPARSE;
    return next >= size || (i === BINS - 1 ? a[next] > to : a[next] >= to);
  };
  const countedSparse = (i: number): boolean => counts[i] <= SPARSE;
  const recount = (): void => {
    const a = s.sorted.sorted;
    const size = s.sorted.size;
    let start = 0;
    for (let i = 0; i < BINS - 1; i++) {
      const end = lowerBound(a, start, size, edges[i + 1]);
      counts[i] = end - start;
      start = end;
    }
    counts[BINS - 1] = size - start;
  };
  const update = (): void => {
    for (let j = hi; j < s.hi; j++) {
      counts[binOf(edges, s.values[j])]++;
    }
    for (let j = lo; j < s.lo; j++) {
      counts[binOf(edges, s.values[j])]--;
    }
  };
  return {
    evaluate(): boolean {
      const min = s.sorted.sorted[0];
      const max = s.sorted.sorted[s.sorted.size - 1];
      if (!(min === edgesMin && max === edgesMax)) {
        histogramEdges(min, max, edges);
        edgesMin = min;
        edgesMax = max;
        countable = countableEdges(edges);
        counted = false;
      } else if (counted && s.lo <= hi && s.hi - hi + (s.lo - lo) <= RECOUNT_AFTER) {
        update();
      } else if (countable) {
        recount();
        counted = true;
      }
      lo = s.lo;
      hi = s.hi;
      return sparseBinHoldsTail(edges, s.tail, counted ? countedSparse : searchSparse);
    },
  };
}
