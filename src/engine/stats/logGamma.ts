/*
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0.
 * Rule: Lanczos approximation with g = 7 and nine coefficients (relative error about 1e-15);
 * reflection is not needed because callers only pass x > 0.
 * Source: C. Lanczos, "A precision approximation of the gamma function", SIAM J. Numer. Anal. B 1
 * (1964); coefficients as published by P. Godfrey (also used by Boost and numerical-recipes ports).
 */

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0; NaN for x ≤ 0 or NaN; Infinity for x = Infinity. Example: logGamma(5) = ln 24. */
export function logGamma(x: number): number {
  if (!(x > 0)) {
    return NaN;
  }
  if (x === Infinity) {
    return Infinity;
  }
  const z = x - 1;
  let sum = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) {
    sum += LANCZOS_COEFFICIENTS[i] / (z + i);
  }
  const t = z + LANCZOS_G + 0.5;
  return HALF_LN_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
