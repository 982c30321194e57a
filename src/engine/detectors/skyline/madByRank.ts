/*
 * median_absolute_deviation's verdict from two counts instead of selecting the MAD.
 * Rule: with D = |xₙ − med|, "D / MAD > 6" (one rounded division, monotone in MAD) holds exactly
 * for MAD below a threshold d*, found by stepping doubles around D/6. With dᵢ = |xᵢ − med| and
 * k = ⌊n/2⌋: odd n has MAD = d₍ₖ₎, so MAD = 0 iff #{dᵢ = 0} > k and MAD < d* iff #{dᵢ < d*} > k.
 * Even n has MAD = (d₍ₖ₋₁₎ + d₍ₖ₎)/2, which lies between its two terms, so the counts decide
 * unless d* or 0 falls between them; then (rarely) the caller selects the MAD. The zeros are
 * counted only when they can matter (more than k deviations below d*, or d* = 0).
 * Source: etsy/skyline src/analyzer/algorithms.py (median_absolute_deviation) @ 22ae09da.
 */
import { nextDown, nextUp } from '../../stats/adjacentFloat';

/** The counts could not decide: select the MAD. */
export const UNDECIDED = 'undecided';

/** Steps from D/6 to d* are a few ulps; give up (and select) beyond this many. */
const MAX_STEPS = 8;

/** Skyline's test D / MAD > 6 (one rounded division). */
function beyondSix(dev: number, mad: number): boolean {
  return dev / mad > 6;
}

/** The smallest d with !(dev / d > 6), for finite dev > 0; NaN if not found within MAX_STEPS. */
function thresholdOf(dev: number): number {
  let d = dev / 6;
  for (let steps = 0; beyondSix(dev, d); steps++) {
    if (steps === MAX_STEPS) {
      return NaN;
    }
    d = nextUp(d);
  }
  for (let steps = 0; d > 0 && !beyondSix(dev, nextDown(d)); steps++) {
    if (steps === MAX_STEPS) {
      return NaN;
    }
    d = nextDown(d);
  }
  return d;
}

/** #{i : xᵢ = med}, i.e. the zero deviations. */
function zeroDeviations(values: Float64Array, n: number, med: number): number {
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    zeros += +(values[i] === med);
  }
  return zeros;
}

/** The helpers bound once (imported bindings are getters under CommonJS interop). */
export const MAD_BY_RANK = { madVerdictByRank, UNDECIDED } as const;

/**
 * Skyline's MAD verdict on values[0, n) (finite, n ≥ 1) given their exact median: false (MAD = 0),
 * true (D / MAD > 6), null (None), or UNDECIDED. Example: ([1, 2, 3, 2, 1, 2, 3, 2, 40], 9, 2) → true.
 */
export function madVerdictByRank(values: Float64Array, n: number, med: number): boolean | null | typeof UNDECIDED {
  const dev = Math.abs(values[n - 1] - med);
  const dStar = dev === 0 ? 0 : thresholdOf(dev);
  if (!Number.isFinite(dev) || !Number.isFinite(dStar)) {
    return UNDECIDED;
  }
  let below = 0;
  for (let i = 0; i < n; i++) {
    below += +(Math.abs(values[i] - med) < dStar);
  }
  const k = n >>> 1;
  // Zeros (MAD = 0) matter only if over half the deviations are below d* (0 < d*) or d* = 0.
  const zeros = below > k || dStar === 0 ? zeroDeviations(values, n, med) : 0;
  if (zeros > k) {
    return false;
  }
  if (n % 2 === 0 && (zeros === k || below === k)) {
    return UNDECIDED;
  }
  return below > k ? true : null;
}
