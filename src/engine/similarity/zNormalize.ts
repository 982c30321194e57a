/*
 * z-normalisation of one row: x → (x − mean) / σ with the population σ (divide by n).
 * Rule: mean first, then σ from the deviations divided by the largest one (so tiny or huge values
 * neither underflow nor overflow when squared); a row whose σ is 0 or not finite
 * cannot be normalised and is reported as such (NaN) instead of producing NaN values.
 * Source: Rakthanmanon et al., KDD 2012 (UCR Suite), §3 "z-normalisation".
 */
import type { CorpusValues } from './types';

/**
 * Writes the z-normalised src[srcOff, srcOff + n) into dst[dstOff, dstOff + n) and returns Σ of
 * the stored squares (≈ n). Returns NaN, writing nothing, when the row is constant or not finite.
 * src and dst may be the same buffer when dstOff ≤ srcOff.
 */
export function zNormalizeInto(
  src: CorpusValues,
  srcOff: number,
  n: number,
  dst: CorpusValues,
  dstOff: number
): number {
  if (n < 1) {
    return NaN;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += src[srcOff + i];
  }
  const mean = sum / n;
  let maxDev = 0;
  for (let i = 0; i < n; i++) {
    maxDev = Math.max(maxDev, Math.abs(src[srcOff + i] - mean));
  }
  if (!(maxDev > 0) || !Number.isFinite(maxDev)) {
    return NaN;
  }
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (src[srcOff + i] - mean) / maxDev;
    ss += d * d;
  }
  const sigma = maxDev * Math.sqrt(ss / n);
  let norm2 = 0;
  for (let i = 0; i < n; i++) {
    dst[dstOff + i] = (src[srcOff + i] - mean) / sigma;
    const stored = dst[dstOff + i];
    norm2 += stored * stored;
  }
  return norm2;
}

/** A z-normalised copy of `values`, or null when it is constant or not finite. */
export function zNormalized(values: ArrayLike<number>): Float64Array | null {
  const copy = Float64Array.from(values);
  return Number.isNaN(zNormalizeInto(copy, 0, copy.length, copy, 0)) ? null : copy;
}
