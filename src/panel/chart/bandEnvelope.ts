/*
 * A band (the area between a lower and an upper line, both drawn straight between points on one
 * ascending x axis) reduced to pixel columns: per device-pixel column, the span from the highest to
 * the lowest pixel the band reaches inside the column, and the band's area in that column. The area
 * spread evenly over the span is the column's coverage (1 where the band fills the span), so steep
 * stretches of a thin band keep their ink instead of reading as solid. One pass, written into
 * arrays the caller keeps (no allocation, no call per column). A point is a gap (the band breaks there) when its lower or upper value is null, NaN
 * or ±Infinity.
 */

export type BandValues = ArrayLike<number | null | undefined>;

/** A linear value → pixel map, anchored at a value inside the range for precision. */
export interface PixelScale {
  /** A value, and the pixel it lands on. */
  readonly origin: number;
  readonly at: number;
  /** Pixels per unit of value (negative when values go up the screen). */
  readonly perUnit: number;
}

/**
 * Per pixel column c: the band's pixel rows top[c] to bottom[c] and its coverage[c] in (0, 1], or
 * coverage[c] = 0 where the band does not reach. The arrays' length is the plot's width.
 */
export interface ColumnSpans {
  readonly top: Float64Array;
  readonly bottom: Float64Array;
  readonly coverage: Float64Array;
}

export function columnSpans(width: number): ColumnSpans {
  return { top: new Float64Array(width), bottom: new Float64Array(width), coverage: new Float64Array(width) };
}

/**
 * Walks the band point by point and writes the columns 0 to `width - 1` it reaches into `out`
 * (every column is overwritten). `xPx` holds the points' x in pixels from the left of the plot,
 * ascending.
 */
export function bandColumns(
  xPx: ArrayLike<number>,
  lower: BandValues,
  upper: BandValues,
  y: PixelScale,
  out: ColumnSpans
): void {
  const width = out.coverage.length;
  out.coverage.fill(0);
  // The column being gathered: its pixel span so far and the band's area in it.
  let column = -1;
  let top = Infinity;
  let bottom = -Infinity;
  let ink = 0;
  // The previous point (x NaN after a gap): x, upper and lower in pixels.
  let px = NaN;
  let pu = 0;
  let pl = 0;
  const count = Math.min(xPx.length, lower.length, upper.length);
  for (let i = 0; i < count; i++) {
    const a = lower[i];
    const b = upper[i];
    const x = xPx[i];
    const yu = a == null || b == null ? NaN : y.at + (b - y.origin) * y.perUnit;
    const yl = a == null || b == null ? NaN : y.at + (a - y.origin) * y.perUnit;
    if (!Number.isFinite(yu) || !Number.isFinite(yl) || !Number.isFinite(x)) {
      px = NaN;
      continue;
    }
    // The straight stretch from the previous point (if any, and to the left), cut at column
    // edges and to [0, width).
    const dx = x - px;
    let xs = px > 0 ? px : 0;
    const end = px < x ? (x < width ? x : width) : xs;
    while (xs < end) {
      const c = Math.floor(xs);
      const xe = end < c + 1 ? end : c + 1;
      const ts = (xs - px) / dx;
      const te = (xe - px) / dx;
      const us = pu + (yu - pu) * ts;
      const ue = pu + (yu - pu) * te;
      const ls = pl + (yl - pl) * ts;
      const le = pl + (yl - pl) * te;
      if (c !== column) {
        if (ink > 0) {
          put(out, column, top, bottom, ink);
        }
        column = c;
        top = Infinity;
        bottom = -Infinity;
        ink = 0;
      }
      const hiS = us < ls ? us : ls;
      const hiE = ue < le ? ue : le;
      const loS = us < ls ? ls : us;
      const loE = ue < le ? le : ue;
      top = Math.min(top, hiS, hiE);
      bottom = Math.max(bottom, loS, loE);
      ink += ((xe - xs) * (loS - hiS + (loE - hiE))) / 2;
      xs = xe;
    }
    px = x;
    pu = yu;
    pl = yl;
  }
  if (ink > 0) {
    put(out, column, top, bottom, ink);
  }
}

/** Column c's span and the band's area in it spread over the span: (0, 1], 1 when it overflows. */
function put(out: ColumnSpans, c: number, top: number, bottom: number, ink: number): void {
  const coverage = ink / (bottom - top);
  out.top[c] = top;
  out.bottom[c] = bottom;
  out.coverage[c] = coverage > 0 && coverage <= 1 ? coverage : 1;
}
