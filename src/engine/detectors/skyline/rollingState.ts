/*
 * Shared state of the every-point (causal) evaluation of one prepared series: the current window
 * [lo, hi) and now, the window's values kept sorted, its running moments (values paired with
 * seconds since the series' first point), its extremes and its tail average, plus the exactness
 * filter every incremental algorithm uses.
 * Rule (filter): an incremental statistic is trusted only when its margin to the threshold
 * exceeds a bound on the rounding error of both the incremental and the plain computation;
 * otherwise the algorithm re-runs its plain (latest-point) form on the window, so every-point
 * verdicts equal the latest-point verdicts exactly (Shewchuk-style filtered predicates). The
 * bounds are first-order worst cases times a safety factor of 8, checked by property tests.
 * Source: J. R. Shewchuk, "Adaptive precision floating-point arithmetic and fast robust
 * geometric predicates", DCG 18 (1997) (the filter idea).
 * Storage: the state's arrays (and the algorithms' own sliding state) live in module-level scratch
 * buffers reused by the next series, so only one RollingState may be in use at a time.
 */
import { SlidingMoments } from '../../stats/slidingMoments';
import { ScratchBuffer } from '../../stats/scratchBuffer';
import { SortedWindow } from '../../stats/sortedWindow';
import { type AlgorithmResult, type SkylineWindow, TAIL } from './window';

/** Storage reused from one series to the next (skylineEvery is synchronous: one state at a time). */
const [timesScratch, sortedScratch, momentsScratch] = [new ScratchBuffer(), new ScratchBuffer(), new ScratchBuffer()];

/** Unit roundoff of IEEE double. */
const UNIT_ROUNDOFF = 2 ** -53;
/** Safety factor on every rounding-error bound. */
const SAFETY = 8;

/** A margin's sign if |margin| exceeds tol, else null (ambiguous, NaN included). */
function clearSign(margin: number, tol: number): boolean | null {
  if (margin > tol) {
    return true;
  }
  return margin < -tol ? false : null;
}

/** Bound on the error of a mean of n values of magnitude ≤ maxAbs (summed, Welford or Chan). */
function meanError(n: number, maxAbs: number): number {
  return SAFETY * n * UNIT_ROUNDOFF * maxAbs;
}

/** Bound on the error of Σ(x − x̄)² for n values with spread `range`, magnitude ≤ maxAbs. */
function m2Error(n: number, m2: number, range: number, maxAbs: number): number {
  const meanOff = meanError(n, maxAbs);
  return SAFETY * n * UNIT_ROUNDOFF * (m2 + n * range * maxAbs) + n * meanOff * meanOff;
}

/**
 * Bound on |√a − √b| when |a − b| ≤ e, a the computed value and b ≥ 0: e/√a (from
 * |a − b| = |√a − √b|·(√a + √b)) when e < a, where it is the smaller, else √e.
 */
function sqrtError(a: number, e: number): number {
  return e < a ? e / Math.sqrt(a) : Math.sqrt(e);
}

/**
 * The filter's helpers as one object: per-point code binds them once at module scope, because an
 * imported binding is a getter call under CommonJS interop (tsx, webpack dev builds).
 */
export const ROUNDING = { UNIT_ROUNDOFF, clearSign, meanError, m2Error, sqrtError } as const;

export interface RollingAlgorithm {
  /** The algorithm's verdict for the current window. */
  evaluate(): AlgorithmResult;
  /** Expected band after `evaluate`, NaN where undefined; absent when the algorithm has none. */
  readonly band?: { upper: number; lower: number };
}

export class RollingState {
  lo = 0;
  hi = 0;
  nowMs = NaN;
  /** Sorted values of the window, moments of (seconds, value), extremes and tail: set by `sync`. */
  readonly sorted: SortedWindow;
  readonly moments: SlidingMoments;
  maxAbs = NaN;
  range = NaN;
  tail = NaN;
  /** Seconds since the series' first point. */
  readonly timesSec: Float64Array;

  constructor(
    readonly timesMs: Float64Array,
    readonly values: Float64Array
  ) {
    this.timesSec = timesScratch.take(timesMs.length);
    for (let i = 0; i < timesMs.length; i++) {
      this.timesSec[i] = (timesMs[i] - timesMs[0]) / 1000;
    }
    this.sorted = new SortedWindow(values, sortedScratch);
    this.moments = new SlidingMoments(this.timesSec, values, momentsScratch);
  }

  get n(): number {
    return this.hi - this.lo;
  }

  /** Makes [lo, hi) the window, evaluated at nowMs; bounds never move backwards. */
  sync(lo: number, hi: number, nowMs: number): void {
    this.lo = lo;
    this.hi = hi;
    this.nowMs = nowMs;
    this.sorted.sync(lo, hi);
    this.moments.sync(lo, hi);
    const min = this.sorted.sorted[0];
    const max = this.sorted.sorted[this.sorted.size - 1];
    this.maxAbs = Math.max(Math.abs(min), Math.abs(max));
    this.range = max - min;
    this.tail = TAIL.tailAverage(this.values, hi, lo);
  }

  /** How many times an algorithm fell back to its plain form (the filter could not decide). */
  plainRuns = 0;

  /** The current window as the latest-point algorithms take it (views, no copy); counts a fallback. */
  window(): SkylineWindow {
    this.plainRuns++;
    return {
      timesMs: this.timesMs.subarray(this.lo, this.hi),
      values: this.values.subarray(this.lo, this.hi),
      nowMs: this.nowMs,
    };
  }
}
