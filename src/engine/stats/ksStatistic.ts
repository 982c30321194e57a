/*
 * Two-sample Kolmogorov–Smirnov statistic of two ascending samples: D = sup_x |F₁(x) − F₂(x)|.
 * Rule: walk both sorted arrays, at each distinct value step past every copy of it in both
 * samples, and take the largest gap between the two empirical CDFs; ties therefore step together.
 * Source: scipy.stats.ks_2samp (statistic only); Morgoth fingerprinters/kstest/kstest.go (calcD).
 * Deviation: Morgoth's calcD advances the two samples one tied pair at a time, so repeated
 * values inflate its D (three 1s against one 1 gives 2/3, not 0); this gives the textbook D.
 */

/** D for ascending, NaN-free `a` and `b`; NaN when either is empty. Example: [1, 2] vs [3, 4] → 1. */
export function ksStatisticSorted(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    return NaN;
  }
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < n && j < m) {
    const x = a[i] <= b[j] ? a[i] : b[j];
    while (i < n && a[i] <= x) {
      i++;
    }
    while (j < m && b[j] <= x) {
      j++;
    }
    d = Math.max(d, Math.abs(i / n - j / m));
  }
  return d;
}
