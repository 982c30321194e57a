/*
 * Regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), for a, b > 0.
 * Rule: the continued fraction of Numerical Recipes (modified Lentz), applied directly when
 * x < (a + 1)/(a + b + 2) and through I_x(a, b) = 1 − I_{1−x}(b, a) otherwise; the caller may
 * pass y = 1 − x computed without cancellation.
 * Source: W. H. Press et al., Numerical Recipes, 3rd ed. (2007), §6.4 (betai, betacf).
 */
import { logGamma } from './logGamma';

const MAX_ITERATIONS = 10_000;
const EPSILON = 1e-16;
const TINY = 1e-300;

function continuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  d = Math.abs(d) < TINY ? TINY : d;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    d = Math.abs(d) < TINY ? TINY : d;
    c = 1 + aa / c;
    c = Math.abs(c) < TINY ? TINY : c;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    d = Math.abs(d) < TINY ? TINY : d;
    c = 1 + aa / c;
    c = Math.abs(c) < TINY ? TINY : c;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) {
      break;
    }
  }
  return h;
}

/** I_x(a, b); NaN outside 0 ≤ x ≤ 1 or for a, b ≤ 0. Example: I_0.5(2, 2) = 0.5. */
export function regularizedBeta(x: number, a: number, b: number, y = 1 - x): number {
  if (!(x >= 0 && x <= 1 && a > 0 && b > 0)) {
    return NaN;
  }
  if (x === 0 || y === 0) {
    return x === 0 ? 0 : 1;
  }
  const logFront = a * Math.log(x) + b * Math.log(y) + logGamma(a + b) - logGamma(a) - logGamma(b);
  if (x < (a + 1) / (a + b + 2)) {
    return (Math.exp(logFront) * continuedFraction(a, b, x)) / a;
  }
  return 1 - (Math.exp(logFront) * continuedFraction(b, a, y)) / b;
}
