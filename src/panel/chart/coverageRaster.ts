/*
 * Layers of one colour composited in a pixel buffer: each layer adds vertical spans (a column, a
 * top and bottom pixel row, fractional, and a density), and the painted alpha of a pixel is
 * 1 − Π(1 − opacity)^coverage over the layers, which is what drawing the layers one over another
 * with source-over gives (exactly where coverage is 0 or 1). Spans go into per-row difference
 * sums in O(1) each; paint() makes one pass over the rows the spans touched, and clear() clears
 * only those. Rows and columns outside the buffer are clipped.
 */

/** A layer's density for `opacity` (clamped to [0, 0.999]): add `density × coverage` per span. */
export function opacityDensity(opacity: number): number {
  return Math.log(1 - Math.min(Math.max(opacity, 0), 0.999));
}

/** Rows [top, top + rows) of the buffer. */
export interface RowRange {
  readonly top: number;
  readonly rows: number;
}

export class CoverageRaster {
  /** Row r, column c at r × width + c: the change of the summed density from row r − 1 to row r. */
  private readonly steps: Float32Array;
  private readonly sums: Float32Array;
  /** Rows with a span since the last clear(): [firstRow, lastRow], empty when firstRow > lastRow. */
  private firstRow: number;
  private lastRow = -1;

  constructor(
    readonly width: number,
    readonly height: number
  ) {
    this.steps = new Float32Array(width * (height + 1));
    this.sums = new Float32Array(width);
    this.firstRow = height;
  }

  clear(): void {
    if (this.firstRow <= this.lastRow) {
      this.steps.fill(0, this.firstRow * this.width, (this.lastRow + 2) * this.width);
    }
    this.firstRow = this.height;
    this.lastRow = -1;
  }

  /** Adds `density` per unit of height over pixel rows [top, bottom] of `column`. */
  addSpan(column: number, top: number, bottom: number, density: number): void {
    const { width, height, steps } = this;
    const t = Math.max(top, 0);
    const b = Math.min(bottom, height);
    if (!(b > t) || column < 0 || column >= width || !Number.isFinite(density)) {
      return;
    }
    const r0 = Math.floor(t);
    const r1 = Math.min(Math.floor(b), height - 1);
    this.firstRow = Math.min(this.firstRow, r0);
    this.lastRow = Math.max(this.lastRow, r1);
    if (r0 === r1) {
      const amount = density * (b - t);
      steps[r0 * width + column] += amount;
      steps[(r0 + 1) * width + column] -= amount;
      return;
    }
    const first = density * (r0 + 1 - t);
    const last = density * (b - r1);
    steps[r0 * width + column] += first;
    steps[(r0 + 1) * width + column] += density - first;
    steps[r1 * width + column] += last - density;
    steps[(r1 + 1) * width + column] -= last;
  }

  /**
   * Writes the touched rows as RGBA pixels (row-major, width × height × 4 bytes, other rows left
   * as they are) in colour `rgb` with the layers' alpha; returns those rows.
   */
  paint(rgb: readonly [number, number, number], out: Uint8ClampedArray): RowRange {
    const { width, steps, sums, firstRow, lastRow } = this;
    if (firstRow > lastRow) {
      return { top: 0, rows: 0 };
    }
    const [red, green, blue] = rgb;
    sums.fill(0);
    out.fill(0, firstRow * width * 4, (lastRow + 1) * width * 4);
    for (let r = firstRow; r <= lastRow; r++) {
      const row = r * width;
      for (let c = 0; c < width; c++) {
        const s = (sums[c] += steps[row + c]);
        if (s < -1e-4) {
          const o = (row + c) * 4;
          out[o] = red;
          out[o + 1] = green;
          out[o + 2] = blue;
          out[o + 3] = 255 * (1 - Math.exp(s));
        }
      }
    }
    return { top: firstRow, rows: lastRow - firstRow + 1 };
  }
}
