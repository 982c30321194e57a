/*
 * Trailing mean: the mean of each value and the `span − 1` values before it (fewer at the start).
 * Rule: m[i] = (y[i−span+1] + … + y[i]) / span, each sum taken afresh (no drift) as a = y[i−span+1]
 * plus the mean of the differences from a, exact on constant data; the first span − 1
 * entries are partial means (kale starts its history after them).
 * Source: the simple moving average; here it lets a sustained shift in a noisy series stand out
 * of the range that single noisy points span (cf. Skyline's tail_avg of three points).
 */

/** Trailing means of `y` (finite, |y| ≤ 1e150 so sums cannot overflow) over `span` ≥ 1 points. */
export function trailingMean(y: Float64Array, span: number): Float64Array {
  const n = y.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const from = Math.max(0, i - span + 1);
    const anchor = y[from];
    let sum = 0;
    for (let j = from + 1; j <= i; j++) {
      sum += y[j] - anchor;
    }
    out[i] = anchor + sum / (i - from + 1);
  }
  return out;
}
