/*
 * Resampling a curve of any number of points to a fixed length, by position (not by time).
 * Rule: upsampling interpolates linearly between neighbours at x_i = i·(n − 1)/(L − 1);
 * downsampling averages each output cell's share of the input (box filter with fractional
 * edges), so no input point is skipped and spikes are not aliased.
 * Source: piecewise aggregate approximation (Keogh et al., KAIS 2001) for the downsampling case.
 * Deviation: Oculus compared a 63-point sketch with the candidate's first 63 samples (no resampling).
 */

/** `values` resampled to `length` points. One input point gives a constant output. */
export function resample(values: ArrayLike<number>, length: number): Float64Array {
  const n = values.length;
  const out = new Float64Array(length);
  if (n === 0 || length === 0) {
    return out.fill(NaN);
  }
  if (n === 1 || length === 1) {
    return out.fill(n === 1 ? values[0] : mean(values));
  }
  return n > length ? boxAverage(values, out) : interpolate(values, out);
}

function interpolate(values: ArrayLike<number>, out: Float64Array): Float64Array {
  const n = values.length;
  const scale = (n - 1) / (out.length - 1);
  for (let i = 0; i < out.length; i++) {
    const x = i * scale;
    const k = Math.min(Math.floor(x), n - 2);
    const f = x - k;
    out[i] = values[k] + (values[k + 1] - values[k]) * f;
  }
  return out;
}

function boxAverage(values: ArrayLike<number>, out: Float64Array): Float64Array {
  const width = values.length / out.length;
  for (let i = 0; i < out.length; i++) {
    const from = i * width;
    const to = from + width;
    let sum = 0;
    for (let k = Math.floor(from); k < to && k < values.length; k++) {
      const overlap = Math.min(to, k + 1) - Math.max(from, k);
      sum += values[k] * overlap;
    }
    out[i] = sum / width;
  }
  return out;
}

function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i];
  }
  return sum / values.length;
}
