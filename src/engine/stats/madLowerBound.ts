/*
 * A lower bound on the median absolute deviation of an ascending range, from two order statistics.
 * Rule: with K = ⌊(n + 1)/2⌋ the MAD is the K-th smallest deviation |a[j] − med| (n odd) or the
 * mean of it and the next (n even), so any i with a[i] ≤ med ≤ a[i + K] gives
 * MAD ≥ min(med − a[i], a[i + K] − med): only the K − 1 values strictly between can deviate less.
 * Source: our own (the order-statistic argument above); used as an exact pre-check before the
 * O(log n) MAD of orderStatistics.ts.
 */

/**
 * The bound for ascending a[lo, hi) about its median `med`, with i centred (≈ the quartiles); 0
 * when n < 2. It holds for the computed deviations too: rounding is monotone.
 * Example: [1, 2, 3, 4, 10] (med 3, K = 3, i = 0) → min(3 − 1, 4 − 3) = 1 ≤ MAD 1.
 */
export function madLowerBound(a: Float64Array, lo: number, hi: number, med: number): number {
  const n = hi - lo;
  const k = (n + 1) >>> 1;
  if (n < 2) {
    return 0;
  }
  const i = lo + ((n - 1 - k) >>> 1);
  return Math.min(med - a[i], a[i + k] - med);
}

/** Bound once for per-point callers (imported bindings are getters under CommonJS interop). */
export const MAD_LOWER_BOUND = { madLowerBound } as const;
