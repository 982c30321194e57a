/*
 * Series → uPlot's aligned columns: one shared time axis and, per column, the values on it with
 * null where a series has no point (uPlot draws a gap). Series sharing one time array (the usual
 * case: one query step) are copied straight; otherwise the union of their times is taken.
 * NaN becomes null, so a missing value is a gap rather than a broken path.
 */
export type Column = Array<number | null>;

export interface AlignedColumns {
  readonly timesMs: Float64Array;
  readonly columns: Column[];
}

/** `columns[k]` are the arrays of one series: each `values[k][j]` goes with `times[k]`. */
export function alignColumns(times: readonly Float64Array[], values: readonly Float64Array[]): AlignedColumns {
  const axis = commonAxis(times);
  const columns = values.map((v, k) => {
    const out: Column = new Array(axis.length);
    const own = times[k];
    if (own === axis || sameTimes(own, axis)) {
      for (let i = 0; i < axis.length; i++) {
        out[i] = Number.isNaN(v[i]) ? null : v[i];
      }
      return out;
    }
    out.fill(null);
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

function commonAxis(times: readonly Float64Array[]): Float64Array {
  if (times.length === 0) {
    return new Float64Array(0);
  }
  if (times.every((t) => t === times[0] || sameTimes(t, times[0]))) {
    return times[0];
  }
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

function sameTimes(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}
