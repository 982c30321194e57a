/*
 * Chi-square distribution function and survival function with k degrees of freedom.
 * Rule: CDF(x; k) = P(k/2, x/2) and survival(x; k) = Q(k/2, x/2), the regularized incomplete gamma.
 * Source: Abramowitz & Stegun 26.4.19.
 */
import { regularizedGammaP, regularizedGammaQ } from './incompleteGamma';

/** P(X ≤ x) for X ~ χ²(k); 0 for x ≤ 0; NaN for k ≤ 0 or NaN input. Example: chiSquareCdf(3.841, 1) ≈ 0.95. */
export function chiSquareCdf(x: number, k: number): number {
  if (!(k > 0) || Number.isNaN(x)) {
    return NaN;
  }
  return x <= 0 ? 0 : regularizedGammaP(k / 2, x / 2);
}

/** P(X > x) for X ~ χ²(k), the p-value of a χ² statistic; 1 for x ≤ 0; NaN for k ≤ 0 or NaN input. */
export function chiSquareSurvival(x: number, k: number): number {
  if (!(k > 0) || Number.isNaN(x)) {
    return NaN;
  }
  return x <= 0 ? 1 : regularizedGammaQ(k / 2, x / 2);
}
