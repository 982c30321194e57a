/*
 * Student's t distribution: survival function and its inverse (scipy.stats.t.sf / t.isf).
 * Rule: sf(t) = ½·I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0; isf(p) for p < ½ solves sf(t) = p by Newton's
 * method on ln sf, kept inside a doubling bracket and falling back to bisection.
 * Source: Abramowitz & Stegun 26.7.1; scipy.stats.t.
 */
import { regularizedBeta } from './incompleteBeta';
import { logGamma } from './logGamma';

/** P(T > t) for ν > 0 degrees of freedom; NaN for ν ≤ 0. Example: studentTSurvival(0, 5) = 0.5. */
export function studentTSurvival(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) {
    return NaN;
  }
  const t2 = t * t;
  const tail = 0.5 * regularizedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
  return t >= 0 ? tail : 1 - tail;
}

function logDensity(t: number, df: number): number {
  return (
    logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log1p((t * t) / df)
  );
}

/**
 * t with P(T > t) = p, for 0 < p < ½ and ν > 0; NaN otherwise.
 * Example: studentTInverseSurvival(0.025, 10) ≈ 2.228138851986.
 */
export function studentTInverseSurvival(p: number, df: number): number {
  if (!(df > 0 && p > 0 && p < 0.5)) {
    return NaN;
  }
  const logP = Math.log(p);
  let lo = 0;
  let hi = 1;
  while (studentTSurvival(hi, df) > p) {
    lo = hi;
    hi *= 2;
  }
  let t = (lo + hi) / 2;
  for (let iter = 0; iter < 200; iter++) {
    const sf = studentTSurvival(t, df);
    if (sf > p) {
      lo = t;
    } else {
      hi = t;
    }
    const step = (Math.log(sf) - logP) / Math.exp(logDensity(t, df) - Math.log(sf));
    let next = t + step;
    if (!(next > lo && next < hi)) {
      next = (lo + hi) / 2;
    }
    if (Math.abs(next - t) <= 1e-15 * t || hi - lo <= 1e-15 * hi) {
      return next;
    }
    t = next;
  }
  return t;
}
