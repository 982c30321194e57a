/*
 * The seasonal lag of a series: which earlier point is "the same time one period ago".
 * Rule: lag = round(periodMs / median step), the step taken over the first STEP_SAMPLE + 1
 * timestamps only (so it is known causally once the baseline can be used), or 0 (no seasonal
 * baseline) when that is under 2 points; kale uses it only for that test. periodAgo finds, for each point at time t, the latest
 * point at t − periodMs ± step/2 (−1 when there is none, i.e. a gap), with one forward pointer.
 * Source: the same-time-yesterday / same-time-last-week baselines of capacity dashboards (e.g.
 * Graphite's timeShift, Holt–Winters seasonal differencing, Box & Jenkins' seasonal difference).
 * Deviation: none in the rule; the baseline is matched by time, not counted in points, so gaps
 * (realTraffic-like series) do not shift it onto another time of day.
 */
import { medianInPlace } from '../../stats/selectMedian';

/** Steps sampled for the median step; kale's warm-up is at least this long. */
export const STEP_SAMPLE = 32;

/** Median spacing of the first STEP_SAMPLE + 1 ascending `timesMs` (NaN for fewer than two). */
export function medianStepMs(timesMs: Float64Array): number {
  const n = Math.min(timesMs.length, STEP_SAMPLE + 1);
  if (n < 2) {
    return NaN;
  }
  const steps = new Float64Array(n - 1);
  for (let i = 1; i < n; i++) {
    steps[i - 1] = timesMs[i] - timesMs[i - 1];
  }
  return medianInPlace(steps, n - 1);
}

/** Points per `periodMs` at step `stepMs`, or 0 when no seasonal baseline applies. */
export function seasonalLag(stepMs: number, periodMs: number): number {
  const lag = Math.round(periodMs / stepMs);
  return Number.isFinite(lag) && lag >= 2 ? lag : 0;
}

/**
 * For each point k, the index j < k of the point one period earlier (|t[j] − (t[k] − periodMs)| ≤
 * stepMs / 2, the latest such), or −1. ref[k] depends only on timesMs[0..k]; O(n) overall.
 */
export function periodAgo(timesMs: Float64Array, stepMs: number, periodMs: number): Int32Array {
  const ref = new Int32Array(timesMs.length).fill(-1);
  const tol = stepMs / 2;
  let j = 0;
  for (let k = 1; k < timesMs.length; k++) {
    const t = timesMs[k] - periodMs;
    while (j + 1 < k && timesMs[j + 1] <= t + tol) {
      j++;
    }
    if (Math.abs(timesMs[j] - t) <= tol) {
      ref[k] = j;
    }
  }
  return ref;
}
