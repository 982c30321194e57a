/*
 * Series → uPlot's aligned columns: one shared time axis and, per column, the values on it with
 * null where a series has no point (uPlot draws a gap). Series sharing one time array (the usual
 * case: one query step) are passed through; otherwise the union of their times is taken.
 * NaN becomes null, so a missing value is a gap rather than a broken path.
 */
import { sameTimes } from '../../engine/series/sameTimes';
export type Column = Float64Array | Array<number | null>;

export interface AlignedColumns {
  readonly timesMs: Float64Array;
  readonly columns: Column[];
}

/**
 * `values[k]` goes with `times[k]`. A column on the shared axis without NaN is passed through
 * as the same Float64Array (no copy); others become arrays with null for a gap.
 */
export function alignColumns(times: readonly Float64Array[], values: readonly Float64Array[]): AlignedColumns {
  if (times.length === 0) {
    return { timesMs: new Float64Array(0), columns: [] };
  }
  const first = times[0];
  const shared = times.map((t) => sameTimes(t, first));
  const axis = shared.every(Boolean) ? first : unionOf(times);
  const columns = values.map((v, k): Column => {
    if (axis === first && shared[k]) {
      return v.includes(NaN) ? Array.from(v, (x) => (Number.isNaN(x) ? null : x)) : v;
    }
    const out: Array<number | null> = new Array(axis.length).fill(null);
    const own = times[k];
    let j = 0;
    for (let i = 0; i < own.length; i++) {
      while (axis[j] < own[i]) {
        j++;
      }
      out[j] = Number.isNaN(v[i]) ? null : v[i];
    }
    return out;
  });
  return { timesMs: axis, columns };
}

function unionOf(times: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(times.reduce((n, t) => n + t.length, 0));
  let at = 0;
  for (const t of times) {
    all.set(t, at);
    at += t.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) {
    if (i === 0 || all[i] !== all[n - 1]) {
      all[n++] = all[i];
    }
  }
  return all.slice(0, n);
}
