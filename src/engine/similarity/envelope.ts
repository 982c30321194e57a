/*
 * The warping envelope of a series: U_i = max x[i−r, i+r], L_i = min x[i−r, i+r] (clipped to the ends).
 * Rule: Lemire's streaming min/max with two monotone deques, O(n) whatever r is.
 * Source: D. Lemire, "Faster retrieval with a two-pass dynamic-time-warping lower bound",
 * Pattern Recognition 42(9), 2009; UCR Suite `lower_upper_lemire` in UCR_DTW.cpp.
 */
import type { CorpusValues } from './types';

/** Deque storage for `envelopeInto`: allocate once per query, two Int32Array of the series length. */
export interface EnvelopeWork {
  readonly upperDeque: Int32Array;
  readonly lowerDeque: Int32Array;
}

export function envelopeWork(length: number): EnvelopeWork {
  return { upperDeque: new Int32Array(length), lowerDeque: new Int32Array(length) };
}

/** Fills upper/lower[0, n) with the radius-r envelope of x[off, off + n). */
export function envelopeInto(
  x: CorpusValues,
  off: number,
  n: number,
  r: number,
  upper: Float64Array,
  lower: Float64Array,
  work: EnvelopeWork
): void {
  const du = work.upperDeque;
  const dl = work.lowerDeque;
  let uHead = 0;
  let uTail = 0;
  let lHead = 0;
  let lTail = 0;
  for (let j = 0; j < n + r; j++) {
    if (j < n) {
      const v = x[off + j];
      while (uTail > uHead && x[off + du[uTail - 1]] <= v) {
        uTail--;
      }
      du[uTail++] = j;
      while (lTail > lHead && x[off + dl[lTail - 1]] >= v) {
        lTail--;
      }
      dl[lTail++] = j;
    }
    const i = j - r;
    if (i >= 0) {
      // INVARIANT: each deque holds indices in [i − r, min(n − 1, i + r)], head = the extreme.
      while (du[uHead] < i - r) {
        uHead++;
      }
      while (dl[lHead] < i - r) {
        lHead++;
      }
      upper[i] = x[off + du[uHead]];
      lower[i] = x[off + dl[lHead]];
    }
  }
}
