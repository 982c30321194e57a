/*
 * median_absolute_deviation: is the last value's deviation from the median more than six times
 * the median absolute deviation?
 * Rule: med = median(x); MAD = median(|x − med|); MAD = 0 → False; |xₙ − med|/MAD > 6 → True;
 * otherwise None (the function has no final return), which Etsy's consensus counts as a vote.
 * Source: etsy/skyline src/analyzer/algorithms.py (median_absolute_deviation) @ 22ae09da.
 */
import { medianInPlace, ORDER_STATISTICS } from '../../stats/orderStatistics';
import { ScratchBuffer } from '../../stats/scratchBuffer';
import type { RollingAlgorithm, RollingState } from './rollingState';
import type { SkylineWindow } from './window';

const { sortedMedian, sortedMedianAbsoluteDeviation } = ORDER_STATISTICS;

const scratchBuffer = new ScratchBuffer();

function verdict(last: number, med: number, mad: number): boolean | null {
  if (mad === 0) {
    return false;
  }
  return Math.abs(last - med) / mad > 6 ? true : null;
}

/** The verdict for one window. Example: [1, 2, 3, 2, 1, 2, 3, 2, 40] → true; [1, 2, 3] → null. */
export function medianAbsoluteDeviation(w: SkylineWindow): boolean | null {
  const n = w.values.length;
  const scratch = scratchBuffer.take(n);
  scratch.set(w.values);
  const med = medianInPlace(scratch, n);
  for (let i = 0; i < n; i++) {
    scratch[i] = Math.abs(w.values[i] - med);
  }
  return verdict(w.values[n - 1], med, medianInPlace(scratch, n));
}

/** Every-point form: median and MAD read from the state's sorted window in O(log n) (exact). */
export function medianAbsoluteDeviationRolling(s: RollingState): RollingAlgorithm {
  return {
    evaluate(): boolean | null {
      const a = s.sorted.sorted;
      const med = sortedMedian(a, 0, s.sorted.size);
      return verdict(s.values[s.hi - 1], med, sortedMedianAbsoluteDeviation(a, 0, s.sorted.size, med));
    },
  };
}
