/*
 * Oculus's Euclidean scorer: the squared Euclidean distance of two 0..25-scaled series.
 * Rule: Σ_{i < min(n_q, n_c)} (c_i − q_i)², aligned at index 0, truncated to the shorter series,
 * no square root, no length normalisation (so a 63-point sketch is compared with the first 63 samples).
 * Source: etsy/oculus tsscorers/EuclidianScript.java (`euclidianDistance`), commit 49db270.
 */

/** Oculus's Euclidean score of two already scaled series (smaller is more similar). */
export function oculusEuclidean(q: Float64Array, c: Float64Array): number {
  const n = Math.min(q.length, c.length);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = c[i] - q[i];
    sum += d * d;
  }
  return sum;
}
