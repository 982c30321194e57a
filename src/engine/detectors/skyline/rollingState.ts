/*
 * Shared state of the every-point (causal) evaluation of one prepared series: the current window
 * [lo, hi) and now, the window's values kept sorted, its running moments (values paired with
 * seconds since the series' first point) and those of its head (all but the last point), its
 * extremes and its tail average, plus the exactness
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

/** Bound once: an imported binding is a getter call under CommonJS interop. */
const { tailAverage } = TAIL;

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

/**
 * An expected band as [upper, lower], NaN where undefined. A typed array, not { upper, lower }:
 * storing a computed double into such an object's field allocated a number box on every point.
 */
export type Band = Float64Array;

export interface RollingAlgorithm {
  /** The algorithm's verdict for the current window. */
  evaluate(): AlgorithmResult;
  /** Expected band after `evaluate`; absent when the algorithm has none. */
  readonly band?: Band;
}

export class RollingState {
  lo = 0;
  hi = 0;
  nowMs = NaN;
  /** Sorted values of the window, moments of (seconds, value), extremes and tail: set by `sync`. */
  readonly sorted: SortedWindow;
  readonly moments: SlidingMoments;
  /** Moments of the window minus its last point (mean_subtraction_cumulation's head), when asked for. */
  readonly head = { count: 0, meanY: NaN, cyy: 0 };
  maxAbs = NaN;
  range = NaN;
  tail = NaN;
  /** Seconds since the series' first point. */
  readonly timesSec: Float64Array;

  /** `withHead`: also keep `head` (one more query of the shared moments per point). */
  constructor(
    readonly timesMs: Float64Array,
    readonly values: Float64Array,
    private readonly withHead = false
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

  /**
   * Makes [lo, hi) the window, evaluated at now = its last point's time; bounds never move
   * backwards. (now is read here, not passed: a double argument was boxed on every call.)
   */
  sync(lo: number, hi: number): void {
    this.lo = lo;
    this.hi = hi;
    this.nowMs = this.timesMs[hi - 1];
    this.sorted.sync(lo, hi);
    if (this.withHead) {
      // The head [lo, hi − 1) on the way to [lo, hi): bounds still never move backwards.
      const m = this.moments;
      m.sync(lo, hi - 1);
      this.head.count = m.count;
      this.head.meanY = m.meanY;
      this.head.cyy = m.cyy;
    }
    this.moments.sync(lo, hi);
    const min = this.sorted.sorted[this.sorted.start];
    const max = this.sorted.sorted[this.sorted.end - 1];
    this.maxAbs = Math.max(Math.abs(min), Math.abs(max));
    this.range = max - min;
    this.tail = tailAverage(this.values, hi, lo);
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
