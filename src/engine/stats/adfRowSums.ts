/*
 * The row sums behind adfGram.ts's Gram matrices for adfuller(values[start, end), maxLag), kept
 * over a window that slides forward: a few rows in and out cost O(maxLag) each instead of a
 * re-sum of all rows.
 * Rule: rows K = start + maxLag … end − 2, Δ_K = v_{K+1} − v_K, level w_K = fl(v_K − origin) with
 * origin the rows' mean at the last rebuild (so the uncentred sums stay small). Kept: Σ Δ_K·Δ_{K−d}
 * and Σ w_K·Δ_{K−d} (d = 0…maxLag), Σ w, Σ w², Σ Δ_K, and Σ Δ_j² over j = start…end − 2 (the span
 * every lag column reads). A removal or an addition rounds each sum once more; `updates` counts
 * them and the peaks (largest Σ w², span Σ Δ², |v| since the rebuild) bound the partial sums
 * those roundings were relative to. Rebuild from scratch when the window moves back, jumps by more
 * than its rows, changes array, after REBUILD_ROWS × rows updates, or when a peak exceeds DRIFT ×
 * its current value (Σ w² against Σ (w − w̄)²), so the error bound of adfGram.ts stays small.
 * Source: adfGram.ts (the regressions); the bound's inputs follow Higham, Accuracy and Stability of
 * Numerical Algorithms, 2nd ed. (2002), §4.2 (each addition errs by u·|partial sum|).
 */

const REBUILD_ROWS = 2;
const DRIFT = 16;
const EMPTY = new Float64Array(0);

export class AdfRowSums {
  /** Σ Δ_K·Δ_{K−d} at d. */
  readonly lagProducts: Float64Array;
  /** Σ w_K·Δ_{K−d} at d. */
  readonly levelProducts: Float64Array;
  sumLevel = 0;
  sumLevel2 = 0;
  sumY = 0;
  /** Σ Δ_j² over j = first − maxLag … last: at least every lag column's squared norm. */
  sumSpan2 = 0;
  origin = 0;
  peakLevel2 = 0;
  peakSpan2 = 0;
  peakAbs = 0;
  /** Removals and additions since the last rebuild. */
  updates = 0;
  values: Float64Array = EMPTY;
  /** Rows first…last, indices into `values`. */
  first = 0;
  last = -1;

  constructor(readonly maxLag: number) {
    this.lagProducts = new Float64Array(maxLag + 1);
    this.levelProducts = new Float64Array(maxLag + 1);
  }

  /** Sums for values[start, end) (end − start ≥ 2·maxLag + 4), updated from the last call's when cheaper. */
  sync(values: Float64Array, start: number, end: number): void {
    const first = start + this.maxLag;
    const last = end - 2;
    const rows = last - first + 1;
    const moves = first - this.first + (last - this.last);
    if (
      values !== this.values ||
      first < this.first ||
      last < this.last ||
      moves > rows ||
      this.updates + moves > REBUILD_ROWS * rows
    ) {
      this.rebuild(values, start, end);
      return;
    }
    while (this.first < first) {
      this.row(this.first, -1);
      this.sumSpan2 -= this.deltaSquared(this.first - this.maxLag);
      this.first++;
    }
    while (this.last < last) {
      this.last++;
      this.sumSpan2 += this.deltaSquared(this.last);
      this.row(this.last, 1);
    }
    this.updates += moves;
    this.peakLevel2 = Math.max(this.peakLevel2, this.sumLevel2);
    this.peakSpan2 = Math.max(this.peakSpan2, this.sumSpan2);
    const centred = this.sumLevel2 - (this.sumLevel * this.sumLevel) / rows;
    if (!(this.peakLevel2 <= DRIFT * centred) || !(this.peakSpan2 <= DRIFT * this.sumSpan2)) {
      this.rebuild(values, start, end);
    }
  }

  /** Sums for values[start, end) from scratch. */
  rebuild(values: Float64Array, start: number, end: number): void {
    this.values = values;
    this.first = start + this.maxLag;
    this.last = end - 2;
    let mean = 0;
    for (let k = this.first; k <= this.last; k++) {
      mean += values[k];
    }
    mean /= this.last - this.first + 1;
    this.origin = Number.isFinite(mean) ? mean : 0;
    this.lagProducts.fill(0);
    this.levelProducts.fill(0);
    this.sumLevel = this.sumLevel2 = this.sumY = this.sumSpan2 = this.peakAbs = 0;
    for (let j = start; j < this.first; j++) {
      this.sumSpan2 += this.deltaSquared(j);
    }
    for (let k = this.first; k <= this.last; k++) {
      this.sumSpan2 += this.deltaSquared(k);
      this.row(k, 1);
    }
    this.updates = 0;
    this.peakLevel2 = this.sumLevel2;
    this.peakSpan2 = this.sumSpan2;
  }

  /** Adds (sign 1) or removes (sign −1) row k's products. */
  private row(k: number, sign: number): void {
    const v = this.values;
    const y = v[k + 1] - v[k];
    const level = v[k] - this.origin;
    this.peakAbs = Math.max(this.peakAbs, Math.abs(v[k]), Math.abs(v[k + 1]));
    this.sumLevel += sign * level;
    this.sumLevel2 += sign * level * level;
    this.sumY += sign * y;
    const sy = sign * y;
    const sl = sign * level;
    const lagProducts = this.lagProducts;
    const levelProducts = this.levelProducts;
    for (let d = 0; d <= this.maxLag; d++) {
      const lagged = v[k - d + 1] - v[k - d];
      lagProducts[d] += sy * lagged;
      levelProducts[d] += sl * lagged;
    }
  }

  private deltaSquared(j: number): number {
    const delta = this.values[j + 1] - this.values[j];
    return delta * delta;
  }
}
