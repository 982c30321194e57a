/*
 * Skyline's Grubbs critical value for a sample of n points, memoised per n in one array, which
 * per-point callers read directly (grubbsCriticalTable).
 * Rule: t_c = Student-t isf(α/(2n), n − 2) with α = 0.05; G = ((n − 1)/√n)·√(t_c²/(n − 2 + t_c²)).
 * n ≤ 2 has no degrees of freedom: NaN (scipy gives NaN, so the test is False).
 * Source: etsy/skyline src/analyzer/algorithms.py (grubbs); F. E. Grubbs, Technometrics 11 (1969).
 */
import { studentTInverseSurvival } from './studentT';

const ALPHA = 0.05;
let cache = new Float64Array(0);

function compute(n: number): number {
  if (n <= 2) {
    return NaN;
  }
  const t = studentTInverseSurvival(ALPHA / (2 * n), n - 2);
  const t2 = t * t;
  return ((n - 1) / Math.sqrt(n)) * Math.sqrt(t2 / (n - 2 + t2));
}

/** G for sample size n (an integer ≥ 0). Example: grubbsCritical(20) ≈ 2.708. */
export function grubbsCritical(n: number): number {
  if (n >= cache.length) {
    const grown = new Float64Array(Math.max(n + 1, cache.length * 2, 1024)).fill(-1);
    grown.set(cache);
    cache = grown;
  }
  if (cache[n] === -1) {
    cache[n] = compute(n);
  }
  return cache[n];
}

/**
 * The memo with G(n) filled for every n ≤ maxN, for per-point lookups (one array read). The
 * array stays valid for those n even after a larger n replaces the memo with a longer copy.
 */
export function grubbsCriticalTable(maxN: number): Float64Array {
  grubbsCritical(maxN);
  for (let n = 0; n < maxN; n++) {
    if (cache[n] === -1) {
      cache[n] = compute(n);
    }
  }
  return cache;
}
