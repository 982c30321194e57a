/*
 * Range exceedance: how far a value lies outside the range (min … max) of the values before it,
 * as a fraction of that range: 0 inside the range, 0.1 when it beats the record by a tenth of it.
 * Rule: with lo, hi = min, max of y[i−window, i) (the values from `start` on), rg = hi − lo
 * (at least RANGE_EPS·max(|lo|, |hi|), and MIN_RANGE), e[i] = max(0, (y[i] − hi) / rg, (lo − y[i]) / rg);
 * NaN until `minHistory` values precede i. Min and max come from monotonic deques, O(1) amortised.
 * Source: Numenta's "spatial anomaly" in NAB's numenta detector (nab/detectors/numenta/
 * numenta_detector.py: a value beyond the min/max seen so far, with a tolerance, scores 1);
 * the monotonic-deque sliding minimum (Gajewska & Tarjan, "Deques with heap order", IPL 22, 1986).
 * Deviation: a graded excess rather than a yes/no flag, and a sliding window rather than all history,
 * so a series can return to calm after a regime change (ARTime-style adaptation).
 */

/** Smallest range, relative to the values' magnitude, that a flat history is given. */
export const RANGE_EPS = 1e-3;
/** Smallest absolute range (a flat history at 0). */
export const MIN_RANGE = 1e-9;

export interface Exceedance {
  /** Excess beyond the range as a fraction of it; NaN while warming up. */
  readonly excess: Float64Array;
  /** The range of the history (the part's expected band); NaN while warming up. */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
}

/** Range exceedance of y[start, n) (finite values only); indices before start+minHistory are NaN. */
export function rangeExceedance(y: Float64Array, start: number, window: number, minHistory: number): Exceedance {
  const n = y.length;
  const excess = new Float64Array(n).fill(NaN);
  const lo = new Float64Array(n).fill(NaN);
  const hi = new Float64Array(n).fill(NaN);
  const cap = window + 1;
  const maxQ = new Int32Array(cap);
  const minQ = new Int32Array(cap);
  let maxHead = 0;
  let maxLen = 0;
  let minHead = 0;
  let minLen = 0;
  for (let i = start; i < n; i++) {
    const x = y[i];
    while (maxLen > 0 && maxQ[maxHead] < i - window) {
      maxHead = (maxHead + 1) % cap;
      maxLen--;
    }
    while (minLen > 0 && minQ[minHead] < i - window) {
      minHead = (minHead + 1) % cap;
      minLen--;
    }
    if (i - start >= Math.max(1, minHistory)) {
      const h = y[maxQ[maxHead]];
      const l = y[minQ[minHead]];
      const rg = Math.max(h - l, RANGE_EPS * Math.max(Math.abs(h), Math.abs(l)), MIN_RANGE);
      excess[i] = Math.max(0, (x - h) / rg, (l - x) / rg);
      lo[i] = l;
      hi[i] = h;
    }
    while (maxLen > 0 && y[maxQ[(maxHead + maxLen - 1) % cap]] <= x) {
      maxLen--;
    }
    maxQ[(maxHead + maxLen++) % cap] = i;
    while (minLen > 0 && y[minQ[(minHead + minLen - 1) % cap]] >= x) {
      minLen--;
    }
    minQ[(minHead + minLen++) % cap] = i;
  }
  return { excess, lo, hi };
}
