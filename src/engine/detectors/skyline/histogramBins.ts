/*
 * histogram_bins: does the tail average fall in a sparsely populated bin of a 15-bin histogram?
 * Rule: numpy.histogram(x, 15) edges eᵢ = min + i·((max − min)/15), e₁₅ = max (min = max widens to
 * ±0.5); bin i holds eᵢ ≤ x < eᵢ₊₁, the last bin also max. True iff some bin with count ≤ 20 has
 * i = 0 and T ≤ e₀, or i ≥ 1 and eᵢ ≤ T < eᵢ₊₁ (half-open even for the last bin).
 * Source: etsy/skyline src/analyzer/algorithms.py (histogram_bins) @ 22ae09da;
 * numpy/lib/histograms.py (linspace edges, equal-width fast path).
 */
import { ORDER_STATISTICS } from '../../stats/orderStatistics';
import type { RollingAlgorithm, RollingState } from './rollingState';
import { type SkylineWindow, tailAverage } from './window';

const { lowerBound, upperBound } = ORDER_STATISTICS;

const BINS = 15;
const SPARSE = 20;
const oracleEdges = new Float64Array(BINS + 1);

/** Writes the 16 edges numpy uses for [min, max] into `edges`. */
function histogramEdges(min: number, max: number, edges: Float64Array): void {
  const first = min === max ? min - 0.5 : min;
  const last = min === max ? max + 0.5 : max;
  const step = (last - first) / BINS;
  for (let i = 0; i < BINS; i++) {
    edges[i] = i * step + first;
  }
  edges[BINS] = last;
}

/**
 * Skyline's verdict given the edges and a test "bin i holds ≤ 20 values"; only the bins the tail
 * can select are tested. The edges never decrease, so the bins [eᵢ, eᵢ₊₁) are disjoint and the
 * only candidate i ≥ 1 is the last one with eᵢ ≤ T (a binary search instead of Skyline's loop).
 */
function sparseBinHoldsTail(edges: Float64Array, tail: number, isSparse: (i: number) => boolean): boolean {
  if (tail <= edges[0] && isSparse(0)) {
    return true;
  }
  const i = upperBound(edges, 1, BINS, tail) - 1;
  return i >= 1 && tail >= edges[i] && tail < edges[i + 1] && isSparse(i);
}

/** The verdict for one window. Example: 100 values in [0, 1] then a tail of three 50s → true. */
export function histogramBins(w: SkylineWindow): boolean {
  const x = w.values;
  const n = x.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    min = x[i] < min ? x[i] : min;
    max = x[i] > max ? x[i] : max;
  }
  const edges = oracleEdges;
  histogramEdges(min, max, edges);
  const isSparse = (bin: number): boolean => {
    const lo = edges[bin];
    const hi = edges[bin + 1];
    const closed = bin === BINS - 1;
    let count = 0;
    for (let i = 0; i < n; i++) {
      count += x[i] >= lo && (x[i] < hi || (closed && x[i] <= hi)) ? 1 : 0;
    }
    return count <= SPARSE;
  };
  return sparseBinHoldsTail(edges, tailAverage(x, n), isSparse);
}

/** Every-point form: one binary search in the state's sorted window per tested bin (exact). */
export function histogramBinsRolling(s: RollingState): RollingAlgorithm {
  const edges = new Float64Array(BINS + 1);
  let edgesMin = NaN;
  let edgesMax = NaN;
  // Bin i = [lo, hi) (last: [lo, hi]) holds ≤ 20 values iff the 21st value from lo is past it.
  const isSparse = (i: number): boolean => {
    const a = s.sorted.sorted;
    const size = s.sorted.size;
    const lo = edges[i];
    const hi = edges[i + 1];
    if (!(lo <= hi)) {
      return true;
    }
    const next = lowerBound(a, 0, size, lo) + SPARSE;
    return next >= size || (i === BINS - 1 ? a[next] > hi : a[next] >= hi);
  };
  return {
    evaluate(): boolean {
      const min = s.sorted.sorted[0];
      const max = s.sorted.sorted[s.sorted.size - 1];
      if (!(min === edgesMin && max === edgesMax)) {
        histogramEdges(min, max, edges);
        edgesMin = min;
        edgesMax = max;
      }
      return sparseBinHoldsTail(edges, s.tail, isSparse);
    },
  };
}
