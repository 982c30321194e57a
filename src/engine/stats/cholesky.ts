/*
 * In-place lower Cholesky factor of a small symmetric positive definite matrix, reporting how far
 * elimination shrank the pivots (the conditioning factor adfGram.ts's error bound uses).
 * Rule: L_jj = √(G_jj − Σ_{k<j} L_jk²), L_ij = (G_ij − Σ_{k<j} L_ik·L_jk) / L_jj; the result is
 * ρ = max_j G_jj / L_jj², or Infinity when a pivot is not positive and finite.
 * Source: G. H. Golub & C. F. Van Loan, Matrix Computations, 4th ed. (2013), §4.2.
 */

/** Factors the m × m row-major `g` in place (lower triangle; the upper is left as it was); returns ρ. */
export function cholesky(g: Float64Array, m: number): number {
  let shrink = 1;
  for (let j = 0; j < m; j++) {
    const diag = g[j * m + j];
    let d = diag;
    for (let k = 0; k < j; k++) {
      d -= g[j * m + k] * g[j * m + k];
    }
    if (!(d > 0) || !Number.isFinite(d)) {
      return Infinity;
    }
    shrink = Math.max(shrink, diag / d);
    const l = Math.sqrt(d);
    g[j * m + j] = l;
    for (let i = j + 1; i < m; i++) {
      let s = g[i * m + j];
      for (let k = 0; k < j; k++) {
        s -= g[i * m + k] * g[j * m + k];
      }
      g[i * m + j] = s / l;
    }
  }
  return shrink;
}

/** Bound once by callers: an imported binding is a getter call under CommonJS interop. */
export const CHOLESKY = { cholesky } as const;
