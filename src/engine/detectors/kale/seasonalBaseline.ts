/*
 * Seasonal baseline: the value expected at a point from the same time in the previous periods
 * (days for kale's daily baseline, weeks for its weekly one).
 * Rule: b[k] = the median of the values one, two and three periods before point k (each matched
 * by time, see periodAgo), over those present: the median of three, the mean of two, the one
 * value, or NaN when none is present (a gap) or the series has under two points per period.
 * A single anomalous period therefore cannot move the baseline once three periods are known.
 * Source: the same-time-on-previous-days comparison of capacity dashboards (Graphite's timeShift),
 * made robust with a median as in robust seasonal estimation (Cleveland et al., STL, 1990); three
 * days is the smallest window whose median rejects one bad day.
 * Deviation: no trend term; kale's seasonal part judges the change from b against its own range.
 */
import { medianStepMs, periodAgo, seasonalLag } from './seasonalLag';

/** Median of the non-NaN ones among a, b, c (the mean of two; NaN for none); no allocation. */
export function medianOfPresent(a: number, b: number, c: number): number {
  if (Number.isNaN(c)) {
    return Number.isNaN(b) ? a : Number.isNaN(a) ? b : (a + b) / 2;
  }
  if (Number.isNaN(a) || Number.isNaN(b)) {
    return medianOfPresent(c, Number.isNaN(a) ? b : a, NaN);
  }
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

/** Seasonal baseline of finite `xs` at ascending `timesMs`; b[k] uses only points before k. */
export function seasonalBaseline(xs: Float64Array, timesMs: Float64Array, periodMs: number): Float64Array {
  const out = new Float64Array(xs.length).fill(NaN);
  const step = medianStepMs(timesMs);
  if (seasonalLag(step, periodMs) === 0) {
    return out;
  }
  const refs = [1, 2, 3].map((d) => periodAgo(timesMs, step, d * periodMs));
  const at = (r: Int32Array, k: number) => (r[k] < 0 ? NaN : xs[r[k]]);
  for (let k = 0; k < xs.length; k++) {
    out[k] = medianOfPresent(at(refs[0], k), at(refs[1], k), at(refs[2], k));
  }
  return out;
}
