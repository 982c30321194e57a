/*
 * Trailing mean: the mean of each value and the `span − 1` values before it (fewer at the start).
 * Rule: m[i] = a + Σ (y[j] − a) / count over j in (i − span, i], with a the window's first value at
 * the last recompute, so constant data gives its constant exactly; the sum is updated in O(1) per
 * point and recomputed from scratch (with a new a) every `span` points, so rounding cannot drift
 * and stays relative to the last 2·span values. Kale uses only full spans (from i = span − 1).
 * Source: the simple moving average; here it lets a sustained shift in a noisy series stand out
 * of the range that single noisy points span (cf. Skyline's tail_avg of three points).
 */

/** Trailing means of `y` (finite, |y| ≤ 1e150 so sums cannot overflow) over `span` ≥ 1 points. */
export function trailingMean(y: Float64Array, span: number): Float64Array {
  const n = y.length;
  const out = new Float64Array(n);
  let a = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const from = Math.max(0, i - span + 1);
    if (i % span === 0) {
      a = y[from];
      sum = 0;
      for (let j = from; j <= i; j++) {
        sum += y[j] - a;
      }
    } else {
      sum += y[i] - a - (i >= span ? y[i - span] - a : 0);
    }
    out[i] = a + sum / (i - from + 1);
  }
  return out;
}
