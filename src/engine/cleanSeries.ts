/*
 * The input rules of `detect()`, applied once at the boundary so detectors can trust their input.
 * Rule: points with a non-finite timestamp are dropped; timestamps out of order are sorted (stable);
 * of duplicate timestamps the last point is kept (a later write replaces an earlier one); values
 * that are ±Infinity or beyond ±1e150 (where squared sums overflow) become NaN, i.e. missing.
 * Every change is reported in a notice that names the first offending value and its index. A
 * constant series and one with fewer than three finite values are analysed as they are, with a
 * notice. The input arrays are never modified: a copy is made only when something changes.
 * Source: Kale's own rules (the originals assume clean Graphite data).
 */
import type { Series } from './types';

/** Largest |value| analysed; beyond it sums of squares can overflow to Infinity. */
export const MAX_ABS_VALUE = 1e150;
/** Fewer finite values than this leave every detector without a verdict. */
const MIN_FINITE_POINTS = 3;

export interface CleanSeries {
  readonly series: Series;
  readonly notices: string[];
}

function at(timesMs: Float64Array, i: number): string {
  return `index ${i} (${new Date(timesMs[i]).toISOString()})`;
}

function orderedIndices(timesMs: Float64Array, notices: string[]): Uint32Array | undefined {
  const n = timesMs.length;
  let finite = true;
  let ascending = true;
  for (let i = 0; i < n; i++) {
    finite &&= Number.isFinite(timesMs[i]);
    ascending &&= i === 0 || !(timesMs[i] <= timesMs[i - 1]);
  }
  if (finite && ascending) {
    return undefined;
  }
  const keep = Array.from({ length: n }, (_, i) => i).filter((i) => Number.isFinite(timesMs[i]));
  if (keep.length < n) {
    const first = timesMs.findIndex((t) => !Number.isFinite(t));
    notices.push(
      `dropped ${n - keep.length} point(s) with a non-finite timestamp (first: ${timesMs[first]} at index ${first})`
    );
  }
  const unsorted = keep.findIndex((idx, k) => k > 0 && timesMs[idx] < timesMs[keep[k - 1]]);
  if (unsorted > 0) {
    notices.push(`timestamps were not ascending (first at ${at(timesMs, keep[unsorted])}); sorted them`);
  }
  keep.sort((p, q) => timesMs[p] - timesMs[q] || p - q);
  const unique = keep.filter((idx, k) => k + 1 === keep.length || timesMs[keep[k + 1]] !== timesMs[idx]);
  if (unique.length < keep.length) {
    const dup = keep.find((idx, k) => k + 1 < keep.length && timesMs[keep[k + 1]] === timesMs[idx]) ?? 0;
    notices.push(
      `dropped ${keep.length - unique.length} point(s) with a duplicate timestamp, kept the last (first at ${at(timesMs, dup)})`
    );
  }
  return Uint32Array.from(unique);
}

function cleanValues(values: Float64Array, timesMs: Float64Array, notices: string[]): Float64Array {
  let bad = 0;
  let first = -1;
  for (let i = 0; i < values.length; i++) {
    if (Math.abs(values[i]) > MAX_ABS_VALUE) {
      bad++;
      first = first < 0 ? i : first;
    }
  }
  if (bad === 0) {
    return values;
  }
  notices.push(
    `treated ${bad} value(s) that are infinite or beyond ±${MAX_ABS_VALUE} as missing (first: ${values[first]} at ${new Date(timesMs[first]).toISOString()})`
  );
  return values.map((x) => (Math.abs(x) > MAX_ABS_VALUE ? NaN : x));
}

function describeShape(values: Float64Array, notices: string[]): void {
  let finite = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const x of values) {
    if (!Number.isNaN(x)) {
      finite++;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
  }
  if (values.length === 0) {
    notices.push('empty series: nothing to analyse');
  } else if (finite < MIN_FINITE_POINTS) {
    notices.push(`too short: ${finite} finite value(s), detectors need at least ${MIN_FINITE_POINTS}`);
  } else if (min === max) {
    notices.push(`constant series: every value is ${min}`);
  }
}

/** The series `detect()` analyses, and what was changed or noticed on the way. Lengths must match. */
export function cleanSeries(series: Series): CleanSeries {
  const notices: string[] = [];
  const order = orderedIndices(series.timesMs, notices);
  const timesMs = order === undefined ? series.timesMs : Float64Array.from(order, (i) => series.timesMs[i]);
  const picked = order === undefined ? series.values : Float64Array.from(order, (i) => series.values[i]);
  const values = cleanValues(picked, timesMs, notices);
  describeShape(values, notices);
  const changed = timesMs !== series.timesMs || values !== series.values;
  return { series: changed ? { ...series, timesMs, values } : series, notices };
}
