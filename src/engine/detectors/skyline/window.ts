/*
 * What one Skyline analysis sees: the window of points (ascending, unique timestamps, finite
 * values) and "now", plus the tail average and the result type shared by the nine algorithms.
 * Rule: tail_avg = ((xₙ + xₙ₋₁) + xₙ₋₂) / 3, or xₙ when fewer than three points.
 * Source: etsy/skyline src/analyzer/algorithms.py (tail_avg) @ 22ae09da.
 * Deviation: values are floats, so the Python 2 integer division of an all-int tail never occurs.
 */

export interface SkylineWindow {
  /** Epoch ms, ascending and unique. */
  readonly timesMs: Float64Array;
  /** Finite values, same length as timesMs (at least one point). */
  readonly values: Float64Array;
  /** The analyzer's clock, epoch ms. */
  readonly nowMs: number;
}

/** An algorithm that raised in Skyline: its analyzer voids the whole ensemble for this window. */
export const RAISES = 'raises';

/** True / False / None (median_absolute_deviation's fall-through) / raised. */
export type AlgorithmResult = boolean | null | typeof RAISES;

/** Skyline's tail_avg of values[start, end). Example: [1, 1, 1000] → 334. */
export function tailAverage(values: Float64Array, end: number, start = 0): number {
  return end - start < 3 ? values[end - 1] : (values[end - 1] + values[end - 2] + values[end - 3]) / 3;
}

/** tailAverage bound once for per-point callers (imported bindings are getters under CommonJS interop). */
export const TAIL = { tailAverage } as const;
