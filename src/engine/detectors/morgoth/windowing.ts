/*
 * Tumbling windows for Morgoth, standing in for Kapacitor's `window().period(p).every(p)`.
 * Rule: by count, window k holds points [k·n, (k + 1)·n) and closes once it holds n points; by
 * time, window k holds the points with t0 + k·W ≤ t < t0 + (k + 1)·W (t0 = first timestamp) and
 * closes once a later point at or after its end exists. Empty time windows are skipped. The window
 * still open at the end of the series is not returned: its points get no verdict, as in Kapacitor.
 * Source: nathanielc/morgoth README (window().period(1m).every(1m)); Kapacitor's window node.
 * Deviation: tumbling windows only (period = every); Kapacitor also allows sliding windows, which
 * count overlapping windows as independent observations. Count windows count timestamps, NaN included.
 */

export interface WindowOptions {
  /** Window length in points, used when `windowMs` is not set; ≥ 1. */
  readonly windowPoints: number;
  /** Window length in milliseconds; when set, windows are cut by time from the first timestamp. */
  readonly windowMs?: number;
}

/** Bounds of the closed windows: window w is [bounds[w], bounds[w + 1]); bounds[0] = 0. Times ascending. */
export function closedWindowBounds(timesMs: Float64Array, options: WindowOptions): Uint32Array {
  const n = timesMs.length;
  if (options.windowMs === undefined) {
    const width = Math.max(1, Math.floor(options.windowPoints));
    const closed = Math.floor(n / width);
    const bounds = new Uint32Array(closed + 1);
    for (let w = 1; w <= closed; w++) {
      bounds[w] = w * width;
    }
    return bounds;
  }
  const bounds: number[] = [0];
  const windowMs = options.windowMs;
  const t0 = timesMs[0];
  let current = 0;
  for (let i = 1; i < n; i++) {
    const k = Math.floor((timesMs[i] - t0) / windowMs);
    if (k !== current) {
      bounds.push(i);
      current = k;
    }
  }
  return Uint32Array.from(bounds);
}
