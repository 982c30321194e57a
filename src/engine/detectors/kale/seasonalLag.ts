/*
 * The seasonal lag of a series in points: how many points back "the same time one period ago" is.
 * Rule: lag = round(periodMs / median step), the step taken over the first STEP_SAMPLE + 1
 * timestamps only (so it is known causally once the baseline can be used), or 0 (no seasonal
 * baseline) when that is under 2 points.
 * Source: the same-time-yesterday / same-time-last-week baselines of capacity dashboards (e.g.
 * Graphite's timeShift, Holt–Winters seasonal differencing, Box & Jenkins' seasonal difference).
 * Deviation: the lag is counted in points, assuming a regular step; gaps shift the baseline.
 */
import { medianInPlace } from '../../stats/orderStatistics';

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
