/*
 * Skyline's skip checks, run before any algorithm: TooShort, Stale, Boring.
 * Rule: TooShort if n < MIN_TOLERABLE_LENGTH (or n = 0); Stale if now − t(last) > STALE_PERIOD;
 * Boring if the last MAX_TOLERABLE_BOREDOM values hold exactly BOREDOM_SET_SIZE distinct values
 * (exact equality, `==` not `≤`; 0 and −0 are one value; every NaN is its own value, as distinct
 * NaN objects are in a Python set).
 * Source: etsy/skyline src/analyzer/algorithms.py (run_selected_algorithm) @ 22ae09da.
 * Deviation: an empty series is TooShort whatever MIN_TOLERABLE_LENGTH says (Skyline would hit
 * an IndexError, counted as "Other").
 */
import type { SkylineOptions } from './options';

export type SkipStatus = 'TooShort' | 'Stale' | 'Boring';

/** Distinct values of values[start, end), each NaN counted apart. */
function distinctCount(values: Float64Array, start: number, end: number): number {
  const seen = new Set<number>();
  let nans = 0;
  for (let i = start; i < end; i++) {
    if (Number.isNaN(values[i])) {
      nans++;
    } else {
      seen.add(values[i]);
    }
  }
  return seen.size + nans;
}

/** True when values[start, end) is one repeated value (the common BOREDOM_SET_SIZE = 1 case). */
function allEqual(values: Float64Array, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    if (values[i] !== values[start]) {
      return false;
    }
  }
  return true;
}

/** The skip status of the window [start, end) at nowMs, or null when the algorithms should run. */
export function skipStatus(
  timesMs: Float64Array,
  values: Float64Array,
  start: number,
  end: number,
  nowMs: number,
  o: SkylineOptions
): SkipStatus | null {
  const n = end - start;
  if (n === 0 || n < o.minTolerableLength) {
    return 'TooShort';
  }
  if (nowMs - timesMs[end - 1] > o.stalePeriodSec * 1000) {
    return 'Stale';
  }
  const tailStart = Math.max(start, end - o.maxTolerableBoredom);
  if (o.boredomSetSize === 1) {
    return allEqual(values, tailStart, end) ? 'Boring' : null;
  }
  return distinctCount(values, tailStart, end) === o.boredomSetSize ? 'Boring' : null;
}

/**
 * The boring check for every point of a series in O(1) amortised per point: a run length when
 * BOREDOM_SET_SIZE is 1, else a sliding multiset of the tail.
 */
export class BoredomTracker {
  private run = 0;
  private readonly counts = new Map<number, number>();
  private nans = 0;

  constructor(
    private readonly values: Float64Array,
    private readonly o: SkylineOptions
  ) {}

  /** Must be called for i = 0, 1, 2, … in order; window start `start` never decreases. */
  isBoring(i: number, start: number): boolean {
    const v = this.values[i];
    this.run = i > 0 && v === this.values[i - 1] ? this.run + 1 : 1;
    const tail = Math.min(this.o.maxTolerableBoredom, i + 1 - start);
    if (this.o.boredomSetSize === 1) {
      return this.run >= tail;
    }
    this.add(v, 1);
    const leaving = i - this.o.maxTolerableBoredom;
    if (leaving >= 0) {
      this.add(this.values[leaving], -1);
    }
    if (tail < Math.min(this.o.maxTolerableBoredom, i + 1)) {
      return distinctCount(this.values, i + 1 - tail, i + 1) === this.o.boredomSetSize;
    }
    return this.counts.size + this.nans === this.o.boredomSetSize;
  }

  private add(v: number, delta: number): void {
    if (Number.isNaN(v)) {
      this.nans += delta;
      return;
    }
    const c = (this.counts.get(v) ?? 0) + delta;
    if (c === 0) {
      this.counts.delete(v);
    } else {
      this.counts.set(v, c);
    }
  }
}
