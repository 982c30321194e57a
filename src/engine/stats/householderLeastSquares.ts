/*
 * Ordinary least squares by Householder QR, column by column, with the residual sum of squares
 * of every leading-column sub-model and the t statistic of the last column.
 * Rule: reflect column k only if what remains of it below the current pivot row is larger than
 * rcond·(its original norm), rcond = 1e-15·max(rows, cols) as numpy's pinv; a column that fails
 * is in the span of the earlier ones and adds nothing to the rank. SSR of the first k columns =
 * Σ (Qᵀy)ᵢ² over rows at or below the rank; t of the last column = (Qᵀy)_r·sign(R_rr)/σ̂ with
 * σ̂² = SSR/(rows − rank), because the last column's row of R⁻¹ is (0, …, 0, 1/R_rr).
 * Dot products run four accumulators side by side (one chain of dependent adds is latency-bound),
 * which changes their rounding only in the last bits.
 * Source: G. H. Golub & C. F. Van Loan, Matrix Computations, 4th ed. (2013), §5.2 and §5.3.
 */

/** Σ u[uOff + i]·v[vOff + i] over i in [from, to), in four interleaved partial sums. */
function dot(u: Float64Array, uOff: number, v: Float64Array, vOff: number, from: number, to: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = from;
  for (; i + 3 < to; i += 4) {
    s0 += u[uOff + i] * v[vOff + i];
    s1 += u[uOff + i + 1] * v[vOff + i + 1];
    s2 += u[uOff + i + 2] * v[vOff + i + 2];
    s3 += u[uOff + i + 3] * v[vOff + i + 3];
  }
  for (; i < to; i++) {
    s0 += u[uOff + i] * v[vOff + i];
  }
  return s0 + s1 + (s2 + s3);
}

export interface LeastSquaresFit {
  /** ssr[k] = residual sum of squares using columns 0…k. */
  readonly ssr: Float64Array;
  /** rank[k] = rank of columns 0…k. */
  readonly rank: Int32Array;
  /** t statistic of the last column's coefficient; NaN if it is collinear with the others. */
  readonly lastT: number;
}

/**
 * Fits y (length rows) on the columns of `a` (column-major, rows × cols); `a` and `y` are
 * overwritten. Example: y = 2·x + 1 + noise on columns [1, x] gives lastT ≫ 0.
 */
export function householderLeastSquares(a: Float64Array, y: Float64Array, rows: number, cols: number): LeastSquaresFit {
  const ssr = new Float64Array(cols);
  const rank = new Int32Array(cols);
  const rcond = 1e-15 * Math.max(rows, cols);
  let r = 0;
  let lastReflected = false;
  for (let k = 0; k < cols; k++) {
    const col = k * rows;
    const remaining = dot(a, col, a, col, r, rows);
    const original = dot(a, col, a, col, 0, r) + remaining;
    lastReflected = r < rows && Math.sqrt(remaining) > rcond * Math.sqrt(original);
    if (lastReflected) {
      const norm = Math.sqrt(remaining);
      const alpha = a[col + r] > 0 ? -norm : norm;
      a[col + r] -= alpha;
      const vNorm2 = remaining - 2 * alpha * (a[col + r] + alpha) + alpha * alpha;
      for (let j = k + 1; j <= cols; j++) {
        const target = j === cols ? y : a;
        const off = j === cols ? 0 : j * rows;
        const f = (2 * dot(a, col, target, off, r, rows)) / vNorm2;
        for (let i = r; i < rows; i++) {
          target[off + i] -= f * a[col + i];
        }
      }
      a[col + r] = alpha;
      r++;
    }
    ssr[k] = dot(y, 0, y, 0, r, rows);
    rank[k] = r;
  }
  const dof = rows - r;
  const sigma = Math.sqrt(ssr[cols - 1] / dof);
  const lastT = lastReflected && dof > 0 ? (y[r - 1] * Math.sign(a[(cols - 1) * rows + r - 1])) / sigma : NaN;
  return { ssr, rank, lastT };
}
