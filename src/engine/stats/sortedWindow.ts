/*
 * The values of a sliding index range [lo, hi) of a series, kept ascending in one Float64Array.
 * Rule: `sync(lo, hi)` with non-decreasing bounds removes the values that left and inserts the
 * ones that arrived (binary search + copyWithin, O(w) moves per value), or re-sorts the range
 * when it jumped past everything held; rank queries are then plain array reads.
 * Source: the sorted-buffer rolling median used by pandas' `rolling().median()` (skiplist there).
 */
import { ORDER_STATISTICS } from './orderStatistics';
import type { ScratchBuffer } from './scratchBuffer';

const { lowerBound, upperBound } = ORDER_STATISTICS;

/** Beyond this many arrivals + departures at once, re-sorting beats moving values one by one. */
const RESORT_AFTER_MOVES = 64;
/** Below this many values to shift, a plain loop beats copyWithin's call overhead. */
const SHORT_MOVE = 32;

export class SortedWindow {
  /** Ascending values; only [0, size) is meaningful. */
  readonly sorted: Float64Array;
  size = 0;
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
      this.size = hi - lo;
    } else {
      for (let i = this.lo; i < lo; i++) {
        this.remove(this.values[i]);
      }
      for (let i = this.hi; i < hi; i++) {
        this.insert(this.values[i]);
      }
    }
    this.lo = lo;
    this.hi = hi;
  }

  private insert(v: number): void {
    const a = this.sorted;
    // A new largest value (counters, trends) needs no search.
    const at = this.size === 0 || v >= a[this.size - 1] ? this.size : upperBound(a, 0, this.size, v);
    if (this.size - at < SHORT_MOVE) {
      for (let i = this.size; i > at; i--) {
        a[i] = a[i - 1];
      }
    } else {
      a.copyWithin(at + 1, at, this.size);
    }
    a[at] = v;
    this.size++;
  }

  private remove(v: number): void {
    const a = this.sorted;
    const at = lowerBound(a, 0, this.size, v);
    this.size--;
    if (this.size - at < SHORT_MOVE) {
      for (let i = at; i < this.size; i++) {
        a[i] = a[i + 1];
      }
    } else {
      a.copyWithin(at, at + 1, this.size + 1);
    }
  }
}
