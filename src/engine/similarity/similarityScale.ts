/*
 * How each method's raw distance becomes a similarity in [0, 1] that a person can read.
 * Rules (n = points per series, z-normalised so Σq² ≈ Σc² ≈ n):
 * - pearson / lagged: similarity = |r|, the correlation's strength; the sign is reported apart
 *   (anticorrelated). distance = √(2n(1 − |r|)), the z-normalised Euclidean distance of a
 *   full-length pair with that r (for lagged, r is the overlap Pearson at the best lag).
 * - dtw: similarity = 1 − D / (2n) with D the squared-cost DTW. Since D ≤ ED² = 2n(1 − |ρ|) for the
 *   better sign, it reads as "the correlation this pair reaches once small time shifts and warps
 *   are allowed", is ≥ the zero-lag |ρ| and is 1 only for identical shapes. distance = √D.
 * - oculus: Oculus showed raw scores only. Euclidean: 1 − RMS difference / 25 over the compared
 *   points; FastDTW: 1 − mean |difference| per warp-path step / 25 (the path has ≥ max(n_q, n_c)
 *   − 1 steps after Oculus drops the first value). distance = Oculus's score, unchanged.
 * Source: MASS identity ED² = 2n(1 − ρ) (Mueen et al.); Oculus scale_points = 25.
 */

export function correlationDistance(absR: number, n: number): number {
  return Math.sqrt(Math.max(0, 2 * n * (1 - absR)));
}

export function dtwSimilarity(cost: number, n: number): number {
  return clamp01(1 - cost / (2 * n));
}

export function oculusEuclideanSimilarity(score: number, comparedPoints: number): number {
  return comparedPoints > 0 ? clamp01(1 - Math.sqrt(score / comparedPoints) / 25) : 0;
}

export function oculusFastDtwSimilarity(score: number, pathSteps: number): number {
  return pathSteps > 0 ? clamp01(1 - score / pathSteps / 25) : 0;
}

function clamp01(x: number): number {
  return x > 1 ? 1 : x > 0 ? x : 0;
}
