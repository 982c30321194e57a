/*
 * The prefix sums the lag bound (lagBound.ts) reads, without a serial running sum over every point.
 * Rule: the prefix sums of x and x² at every position within `edge` of either end and at every
 * multiple of `width`; in between, each block of `width` points is summed with independent
 * accumulators and only its end is stored (equal to the running sum up to rounding, which the
 * bound's slack covers). Other entries are left stale.
 * Source: the block decomposition of lagBound.ts (its reads are the block ends, the overlap ends
 * a = max(0, s), b = min(n, n + s) for |s| ≤ edge, and the head/tail ends, which are one of these).
 */
import type { PrefixSums } from './laggedCorrelation';
import type { CorpusValues } from './types';

/** `edge` ≥ the plans' max lag; `width` = the finest plan's width (coarser widths must be multiples of it). */
export function boundPrefixSumsInto(
  x: CorpusValues,
  off: number,
  n: number,
  edge: number,
  width: number,
  into: PrefixSums
): void {
  const sum = into.sum;
  const sumSq = into.sumSq;
  const headTo = Math.min(n, Math.ceil(edge / width) * width);
  const tailFrom = Math.max(headTo, Math.floor((n - edge) / width) * width);
  let s = 0;
  let s2 = 0;
  sum[0] = 0;
  sumSq[0] = 0;
  for (let i = 0; i < headTo; i++) {
    const v = x[off + i];
    s += v;
    s2 += v * v;
    sum[i + 1] = s;
    sumSq[i + 1] = s2;
  }
  for (let from = headTo; from < tailFrom; from += width) {
    let a0 = 0;
    let a1 = 0;
    let q0 = 0;
    let q1 = 0;
    const end = off + from + width;
    for (let i = off + from; i + 1 < end; i += 2) {
      const u = x[i];
      const v = x[i + 1];
      a0 += u;
      a1 += v;
      q0 += u * u;
      q1 += v * v;
    }
    if (width & 1) {
      const u = x[end - 1];
      a0 += u;
      q0 += u * u;
    }
    s += a0 + a1;
    s2 += q0 + q1;
    sum[from + width] = s;
    sumSq[from + width] = s2;
  }
  for (let i = tailFrom; i < n; i++) {
    const v = x[off + i];
    s += v;
    s2 += v * v;
    sum[i + 1] = s;
    sumSq[i + 1] = s2;
  }
}
