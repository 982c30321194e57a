/*
 * numpy.histogram's 15 equal-width bins over a window's [min, max], as histogram_bins uses them.
 * Rule: eᵢ = i·((max − min)/15) + min for i < 15 and e₁₅ = max; min = max widens the range to
 * [min − 0.5, max + 0.5]. Bin i holds eᵢ ≤ x < eᵢ₊₁, the last bin also x = max.
 * Source: numpy/lib/histograms.py (linspace edges, equal-width fast path); etsy/skyline
 * src/analyzer/algorithms.py (histogram_bins) @ 22ae09da.
 * The only bin i ≥ 1 that can hold a value v is the last with eᵢ ≤ v (the edges never decrease).
 */
import { ORDER_STATISTICS } from '../../stats/orderStatistics';

const { upperBound } = ORDER_STATISTICS;

export const BINS = 15;

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

/** The bin i ≥ 1 that can hold v: the last with eᵢ ≤ v, or 1 when none (v < e₁). */
function tailBin(edges: Float64Array, v: number): number {
  return Math.max(1, upperBound(edges, 1, BINS, v) - 1);
}

/** The helpers bound once for per-point callers (imported bindings are getters under CommonJS interop). */
export const HISTOGRAM = { histogramEdges, tailBin } as const;
