/*
 * histogram_bins: does the tail average fall in a sparsely populated bin of a 15-bin histogram?
 * Rule: numpy.histogram(x, 15) (histogramEdges.ts); True iff some bin with count ≤ 20 has
 * i = 0 and T ≤ e₀, or i ≥ 1 and eᵢ ≤ T < eᵢ₊₁ (half-open even for the last bin).
 * Source: etsy/skyline src/analyzer/algorithms.py (histogram_bins) @ 22ae09da;
 * numpy/lib/histograms.py (linspace edges, equal-width fast path).
 */
import { ORDER_STATISTICS } from '../../stats/orderStatistics';
import type { RollingAlgorithm, RollingState } from './rollingState';
import { BINS as BIN_COUNT, HISTOGRAM } from './histogramEdges';
import { type SkylineWindow, tailAverage } from './window';
import { windowSums } from './windowSums';

const { lowerBound } = ORDER_STATISTICS;
const { histogramEdges, tailBin } = HISTOGRAM;
/** Bound once: per-point code reads a local (an imported binding is a getter under CommonJS interop). */
const BINS = BIN_COUNT;

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

/** The plain form's two counted bins (bin 0, the tail's bin), read by one test made once. */
const oracleCounts = { first: 0, tail: 0 };
const oracleSparse = (i: number): boolean => (i === 0 ? oracleCounts.first : oracleCounts.tail) <= SPARSE;

/** The verdict for one window. Example: 100 values in [0, 1] then a tail of three 50s → true. */
export function histogramBins(w: SkylineWindow): boolean {
  const { min, max, firstBinCount, tailBinCount } = windowSums(w);
  histogramEdges(min, max, oracleEdges);
  oracleCounts.first = firstBinCount;
  oracleCounts.tail = tailBinCount;
  return sparseBinHoldsTail(oracleEdges, tailAverage(w.values, w.values.length), oracleSparse);
}

/** Beyond this many arrivals + departures at once, recounting the bins beats updating them. */
const RECOUNT_AFTER = 32;
/** Points the edges must hold before the counts are rebuilt (a rebuild costs about 15 searches). */
const HOLD = 16;

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
 * counts are kept up to date from the values that arrive and leave (O(1) each); after the edges
 * move, a tested bin is counted by at most one binary search in the state's sorted window, and
 * the counts are rebuilt (15 searches) only once the edges have held for HOLD points (a ski
 * rental: trends move an extreme every few points, and rebuilding each time cost more).
 */
export class HistogramBinsRolling implements RollingAlgorithm {
  private readonly edges = new Float64Array(BINS + 1);
  private readonly counts = new Int32Array(BINS);
  private edgesMin = NaN;
  private edgesMax = NaN;
  private countable = false;
  /** counts hold the bins of the window [lo, hi) of the previous evaluation. */
  private counted = false;
  /** Evaluations since the edges last moved. */
  private held = 0;
  private lo = 0;
  private hi = 0;
  /** Bin i holds ≤ 20 values: from the counts, or by one search in the sorted window. */
  private readonly isSparse = (i: number): boolean => (this.counted ? this.counts[i] <= SPARSE : this.searchSparse(i));

  constructor(private readonly s: RollingState) {}

  /**
   * Bin i = [eᵢ, eᵢ₊₁) (last: closed) holds ≤ 20 values iff the 21st value from eᵢ is past it.
   * No search for the outer bins: the first starts at the minimum, the last ends at the maximum.
   */
  private searchSparse(i: number): boolean {
    const { sorted: a, start, end } = this.s.sorted;
    const from = this.edges[i];
    const to = this.edges[i + 1];
    if (!(from <= to)) {
      return true;
    }
    if (i === BINS - 1) {
      return end - start <= SPARSE || a[end - SPARSE - 1] < from;
    }
    const next = (i === 0 ? start : lowerBound(a, start, end, from)) + SPARSE;
    return next >= end || a[next] >= to;
  }

  private recount(): void {
    const { sorted: a, start, end } = this.s.sorted;
    let from = start;
    for (let i = 0; i < BINS - 1; i++) {
      const to = lowerBound(a, from, end, this.edges[i + 1]);
      this.counts[i] = to - from;
      from = to;
    }
    this.counts[BINS - 1] = end - from;
  }

  private update(): void {
    const s = this.s;
    for (let j = this.hi; j < s.hi; j++) {
      this.counts[binOf(this.edges, s.values[j])]++;
    }
    for (let j = this.lo; j < s.lo; j++) {
      this.counts[binOf(this.edges, s.values[j])]--;
    }
  }

  evaluate(): boolean {
    const s = this.s;
    const min = s.sorted.sorted[s.sorted.start];
    const max = s.sorted.sorted[s.sorted.end - 1];
    if (!(min === this.edgesMin && max === this.edgesMax)) {
      histogramEdges(min, max, this.edges);
      this.edgesMin = min;
      this.edgesMax = max;
      this.countable = countableEdges(this.edges);
      this.counted = false;
      this.held = 0;
    } else if (this.counted && s.lo <= this.hi && s.hi - this.hi + (s.lo - this.lo) <= RECOUNT_AFTER) {
      this.update();
    } else {
      this.held++;
      this.counted = this.countable && this.held >= HOLD;
      if (this.counted) {
        this.recount();
      }
    }
    this.lo = s.lo;
    this.hi = s.hi;
    return sparseBinHoldsTail(this.edges, s.tail, this.isSparse);
  }
}
