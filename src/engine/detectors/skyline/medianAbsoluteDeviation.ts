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
import type { SkylineWindow } from './window';
import { windowStats } from './windowStats';

const { sortedMedian, sortedMedianAbsoluteDeviation } = ORDER_STATISTICS;

function verdict(last: number, med: number, mad: number): boolean | null {
  if (mad === 0) {
    return false;
  }
  return Math.abs(last - med) / mad > 6 ? true : null;
}

/**
 * The verdict for one window. Example: [1, 2, 3, 2, 1, 2, 3, 2, 40] → true; [1, 2, 3] → null.
 * The window's extremes bound the values, and max(|max − med|, |min − med|) the deviations.
 */
export function medianAbsoluteDeviation(w: SkylineWindow): boolean | null {
  const n = w.values.length;
  const { min, max } = windowStats(w);
  const med = medianWithin(w.values, n, min, max);
  const maxDeviation = Math.max(Math.abs(max - med), Math.abs(min - med));
  return verdict(w.values[n - 1], med, medianDeviationWithin(w.values, n, med, maxDeviation));
}

/**
 * Every-point form: median and MAD read from the state's sorted window in O(log n) (exact), the
 * MAD's split guessed from the previous point's (O(1) when it still holds).
 */
export function medianAbsoluteDeviationRolling(s: RollingState): RollingAlgorithm {
  const guess = { i: 0 };
  return {
    evaluate(): boolean | null {
      const a = s.sorted.sorted;
      const med = sortedMedian(a, 0, s.sorted.size);
      return verdict(s.values[s.hi - 1], med, sortedMedianAbsoluteDeviation(a, 0, s.sorted.size, med, guess));
    },
  };
}
