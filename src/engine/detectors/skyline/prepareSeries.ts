/*
 * Turns an engine Series into what Skyline's Redis would hold: ascending unique timestamps.
 * Rule (Roomba): sort by (timestamp, value) and keep the first of each timestamp, i.e. the
 * smallest value. Points with a non-finite timestamp are dropped. nanPolicy 'drop' also drops NaN
 * values (Redis holds no nulls: a gap is a missing pair); 'fail' keeps them, sorted after numbers.
 * ±Infinity values are kept: any window holding one is void (numpy.histogram raises on it).
 * Source: etsy/skyline src/horizon/roomba.py @ 22ae09da.
 */
import type { Series } from '../../types';
import type { SkylineOptions } from './options';

export interface PreparedSeries {
  readonly timesMs: Float64Array;
  readonly values: Float64Array;
  /** sourceIndex[k] = index in the input series of prepared point k; null when k itself. */
  readonly sourceIndex: Int32Array | null;
  readonly notices: string[];
}

function byTimeThenValue(times: Float64Array, values: Float64Array): (a: number, b: number) => number {
  const nanLast = (v: number): number => (Number.isNaN(v) ? 1 : 0);
  return (a, b) => {
    const va = values[a];
    const vb = values[b];
    return times[a] - times[b] || nanLast(va) - nanLast(vb) || (va < vb ? -1 : va > vb ? 1 : 0) || a - b;
  };
}

/**
 * True when the series can be used as it is: finite ascending unique times, no NaN to drop.
 * Two points per step, one predicted branch on their times; the NaN test is folded into two
 * running sums of the values (two chains, so the additions overlap): a sum is NaN only if a
 * value is NaN or +∞ meets −∞, and only then is each value checked.
 */
function alreadyClean(timesMs: Float64Array, values: Float64Array, nanPolicy: SkylineOptions['nanPolicy']): boolean {
  const n = timesMs.length;
  if (n > 0 && !(timesMs[0] > -Infinity && timesMs[n - 1] < Infinity)) {
    return false;
  }
  let sumA = 0;
  let sumB = 0;
  let i = 1;
  for (; i + 1 < n; i += 2) {
    if (!(timesMs[i] > timesMs[i - 1] && timesMs[i + 1] > timesMs[i])) {
      return false;
    }
    sumA += values[i - 1];
    sumB += values[i];
  }
  if (i < n && !(timesMs[i] > timesMs[i - 1])) {
    return false;
  }
  for (let j = i - 1; j < n; j++) {
    sumA += values[j];
  }
  if (nanPolicy === 'fail' || !Number.isNaN(sumA + sumB)) {
    return true;
  }
  return values.every((v) => !Number.isNaN(v));
}

/** Prepared points and notices; throws a RangeError if times and values differ in length. */
export function prepareSeries(series: Series, nanPolicy: SkylineOptions['nanPolicy']): PreparedSeries {
  const { timesMs, values } = series;
  if (timesMs.length !== values.length) {
    throw new RangeError(`Series "${series.name}" has ${timesMs.length} timestamps but ${values.length} values`);
  }
  return alreadyClean(timesMs, values, nanPolicy)
    ? { timesMs, values, sourceIndex: null, notices: [] }
    : cleanedCopy(timesMs, values, nanPolicy);
}

/** The series sorted, deduplicated and with the dropped points left out, with notices saying so. */
function cleanedCopy(
  timesMs: Float64Array,
  values: Float64Array,
  nanPolicy: SkylineOptions['nanPolicy']
): PreparedSeries {
  const notices: string[] = [];
  const kept: number[] = [];
  let badTimes = 0;
  let nans = 0;
  let sorted = true;
  for (let i = 0; i < timesMs.length; i++) {
    if (!Number.isFinite(timesMs[i])) {
      badTimes++;
    } else if (Number.isNaN(values[i]) && nanPolicy === 'drop') {
      nans++;
    } else {
      sorted = sorted && (kept.length === 0 || timesMs[kept[kept.length - 1]] < timesMs[i]);
      kept.push(i);
    }
  }
  if (badTimes > 0) {
    notices.push(`dropped ${badTimes} point(s) with a non-finite timestamp`);
  }
  if (nans > 0) {
    notices.push(`dropped ${nans} NaN value(s) as missing points`);
  }
  if (!sorted) {
    kept.sort(byTimeThenValue(timesMs, values));
  }
  const unique = kept.filter((idx, k) => k === 0 || timesMs[kept[k - 1]] !== timesMs[idx]);
  if (!sorted) {
    notices.push(
      unique.length < kept.length
        ? `sorted by (time, value) and dropped ${kept.length - unique.length} duplicate timestamp(s), keeping the smallest value`
        : 'sorted by time'
    );
  }
  const sourceIndex = Int32Array.from(unique);
  return {
    timesMs: Float64Array.from(unique, (i) => timesMs[i]),
    values: Float64Array.from(unique, (i) => values[i]),
    sourceIndex,
    notices,
  };
}
