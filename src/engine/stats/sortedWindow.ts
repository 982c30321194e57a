/*
 * The values of a sliding index range [lo, hi) of a series, kept ascending in one Float64Array.
 * Rule: `sync(lo, hi)` with non-decreasing bounds removes the values that left and inserts the
 * ones that arrived (four-way search + copyWithin, O(w) moves per value; a departure
 * and an arrival together move only the values between their positions), or re-sorts
 * the range when it jumped past everything held; rank queries are then plain array reads in
 * sorted[start, end) (start is 0 here; readers index from it all the same). Moving the shorter
 * side instead (a buffer with slack at both ends) measured slower: copyWithin's fixed cost, not
 * the bytes moved, dominates at these sizes.
 * Source: the sorted-buffer rolling median used by pandas' `rolling().median()` (skiplist there).
 */
import { ORDER_STATISTICS } from './orderStatistics';
import type { ScratchBuffer } from './scratchBuffer';

const { upperBound } = ORDER_STATISTICS;

/** Beyond this many arrivals + departures at once, re-sorting beats moving values one by one. */
const RESORT_AFTER_MOVES = 64;
/** Below this many values to shift, a plain loop beats copyWithin's call overhead. */
const SHORT_MOVE = 32;

/**
 * upperBound(a, 0, end, v) by a four-way search: three independent probes per step cut the range
 * to about a quarter, so a 1,440-value window takes 5 dependent steps + 3 instead of 11 + 1.
 * INVARIANT: the answer lies in [base, base + n] and base + n ≤ end. With q = ⌊n/4⌋ and c the
 * number of probes a[base + kq] ≤ v (k = 1, 2, 3; a prefix, as a ascends), the answer is in
 * [base + cq, base + (c + 1)q] (c < 3) or [base + 3q, base + n], both inside
 * [base + cq, base + cq + n − 3q].
 */
function upperBound4(a: Float64Array, end: number, v: number): number {
  let base = 0;
  let n = end;
  while (n > 3) {
    const q = n >>> 2;
    base += q * (+(a[base + q] <= v) + +(a[base + 2 * q] <= v) + +(a[base + 3 * q] <= v));
    n -= 3 * q;
  }
  return upperBound(a, base, base + n, v);
}

export class SortedWindow {
  /** Ascending values in [start, end); the rest is garbage. */
  readonly sorted: Float64Array;
  readonly start = 0;
  end = 0;
  private lo = 0;
  private hi = 0;

  /**
   * `values` must not change while this window is used; capacity is values.length. With
   * `scratch`, the sorted values live in its buffer (no allocation; one window per scratch at a time).
   */
  constructor(
    private readonly values: Float64Array,
    scratch?: ScratchBuffer
  ) {
    this.sorted = scratch ? scratch.take(values.length) : new Float64Array(values.length);
  }

  /** Makes the window hold values[lo, hi); bounds never move backwards. NaN values are not allowed. */
  sync(lo: number, hi: number): void {
    if (lo >= this.hi || lo - this.lo + hi - this.hi > RESORT_AFTER_MOVES) {
      this.sorted.set(this.values.subarray(lo, hi));
      this.sorted.subarray(0, hi - lo).sort();
      this.end = hi - lo;
    } else {
      // A departure paired with an arrival (a sliding window's usual step) is one replace.
      const pairs = Math.min(lo - this.lo, hi - this.hi);
      for (let i = 0; i < pairs; i++) {
        this.replace(this.values[this.lo + i], this.values[this.hi + i]);
      }
      for (let i = this.lo + pairs; i < lo; i++) {
        this.remove(this.values[i]);
      }
      for (let i = this.hi + pairs; i < hi; i++) {
        this.insert(this.values[i]);
      }
    }
    this.lo = lo;
    this.hi = hi;
  }

  get size(): number {
    return this.end;
  }

  private insert(v: number): void {
    const a = this.sorted;
    const end = this.end;
    // A new largest value (counters, trends) needs no search.
    const at = end === 0 || v >= a[end - 1] ? end : upperBound4(a, end, v);
    if (end - at < SHORT_MOVE) {
      for (let i = end; i > at; i--) {
        a[i] = a[i - 1];
      }
    } else {
      a.copyWithin(at + 1, at, end);
    }
    a[at] = v;
    this.end = end + 1;
  }

  /**
   * Removes one `out` and inserts `v`, moving only the values between the two positions (a third
   * of the window on average, against the whole window for a remove and an insert).
   */
  private replace(out: number, v: number): void {
    const a = this.sorted;
    const end = this.end;
    // The last value ≤ out is a copy of it; v's place is past every value ≤ v (four-way searches).
    const at = upperBound4(a, end, out) - 1;
    const place = upperBound4(a, end, v);
    if (v >= out) {
      // a(at, place) move down one, and v goes after them.
      a.copyWithin(at, at + 1, place);
      a[place - 1] = v;
    } else {
      // a[place, at) move up one, and v goes before them.
      a.copyWithin(place + 1, place, at);
      a[place] = v;
    }
  }

  private remove(v: number): void {
    const a = this.sorted;
    const end = this.end - 1;
    // The last value ≤ v is a copy of it.
    const at = upperBound4(a, end + 1, v) - 1;
    if (end - at < SHORT_MOVE) {
      for (let i = at; i < end; i++) {
        a[i] = a[i + 1];
      }
    } else {
      a.copyWithin(at, at + 1, end + 1);
    }
    this.end = end;
  }
}
