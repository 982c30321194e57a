/*
 * median_absolute_deviation: is the last value's deviation from the median more than six times
 * the median absolute deviation?
 * Rule: med = median(x); MAD = median(|x − med|); MAD = 0 → False; |xₙ − med|/MAD > 6 → True;
 * otherwise None (the function has no final return), which Etsy's consensus counts as a vote.
 * Source: etsy/skyline src/analyzer/algorithms.py (median_absolute_deviation) @ 22ae09da.
 */
import { ORDER_STATISTICS } from '../../stats/orderStatistics';
import { medianDeviationWithin, medianWithin } from '../../stats/selectMedian';
import type { RollingAlgorithm, RollingState } from './rollingState';
import { MAD_BY_RANK } from './madByRank';
import { MAD_LOWER_BOUND } from '../../stats/madLowerBound';
import type { SkylineWindow } from './window';
import { windowSums } from './windowSums';

const { sortedMedian, sortedMedianAndDeviation } = ORDER_STATISTICS;
const { madVerdictByRank, UNDECIDED } = MAD_BY_RANK;
const { madLowerBound } = MAD_LOWER_BOUND;

function verdict(last: number, med: number, mad: number): boolean | null {
  if (mad === 0) {
    return false;
  }
  return Math.abs(last - med) / mad > 6 ? true : null;
}

/**
 * The verdict for one window. Example: [1, 2, 3, 2, 1, 2, 3, 2, 40] → true; [1, 2, 3] → null.
 * The window's extremes bound the values, and max(|max − med|, |min − med|) the deviations. On a
 * finite window (finite mean) two counts usually decide (madByRank.ts) without selecting the MAD.
 */
export function medianAbsoluteDeviation(w: SkylineWindow): boolean | null {
  const n = w.values.length;
  const { min, max, moments } = windowSums(w);
  const med = medianWithin(w.values, n, min, max);
  const byRank = Number.isFinite(moments.mean) ? madVerdictByRank(w.values, n, med) : UNDECIDED;
  if (byRank !== UNDECIDED) {
    return byRank;
  }
  const maxDeviation = Math.max(Math.abs(max - med), Math.abs(min - med));
  return verdict(w.values[n - 1], med, medianDeviationWithin(w.values, n, med, maxDeviation));
}

/**
 * Every-point form: median and MAD read from the state's sorted window in O(log n) (exact), the
 * MAD's split guessed from the previous point's (O(1) when it still holds). Most points are
 * decided before that by a lower bound on the MAD from two order statistics (`madLowerBound`).
 */
export class MedianAbsoluteDeviationRolling implements RollingAlgorithm {
  private readonly guess = { i: 0, split: -1 };
  /** [median, MAD] of the current window. */
  private readonly medianAndMad = new Float64Array(2);

  constructor(private readonly s: RollingState) {}

  evaluate(): boolean | null {
    const s = this.s;
    const { sorted: a, start, end } = s.sorted;
    const last = s.values[s.hi - 1];
    const med = sortedMedian(a, start, end);
    const bound = madLowerBound(a, start, end, med);
    if (bound > 0 && Math.abs(last - med) / bound <= 6) {
      // MAD ≥ bound > 0 and fl(|xₙ − med|/MAD) ≤ fl(|xₙ − med|/bound) ≤ 6 (rounding is monotone).
      return null;
    }
    sortedMedianAndDeviation(a, start, end, this.medianAndMad, this.guess);
    return verdict(last, this.medianAndMad[0], this.medianAndMad[1]);
  }
}
