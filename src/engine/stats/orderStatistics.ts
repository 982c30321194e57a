/*
 * Order statistics on Float64Arrays: binary searches in an ascending range, the median of an
 * ascending range, and the median absolute deviation read straight from an ascending range
 * without building the deviations (the in-place selection median is in selectMedian.ts).
 * Rule: median of an even count = (a + b) / 2 of the two middle values, as numpy and pandas do.
 * The deviations |xᵢ − med| of an ascending array form two ascending lists (left of med, read
 * backwards, and right of med), so their k-th smallest is found by a binary search over how many
 * come from the left list (the classic k-th of two sorted arrays), in O(log n).
 * Source: numpy.median; Frederickson & Johnson, "The complexity of selection and ranking in X + Y", JCSS 24, 1982.
 */

/*
 * The two searches are branch-free: each step adds `half` times a 0/1 comparison, because an
 * unpredictable branch per step (half of them mispredicted on data) costs more than the compare.
 * INVARIANT: the answer lies in [base, base + n]; each step keeps it while n shrinks to 1.
 */

/** First index in ascending a[lo, hi) whose value is not < v (hi if none; lo for NaN v). */
export function lowerBound(a: Float64Array, lo: number, hi: number, v: number): number {
  let n = hi - lo;
  if (n <= 0) {
    return lo;
  }
  let base = lo;
  while (n > 1) {
    const half = n >>> 1;
    base += half * +(a[base + half] < v);
    n -= half;
  }
  return base + +(a[base] < v);
}

/** First index in ascending a[lo, hi) whose value is > v (hi if none). */
export function upperBound(a: Float64Array, lo: number, hi: number, v: number): number {
  let n = hi - lo;
  if (n <= 0) {
    return lo;
  }
  let base = lo;
  while (n > 1) {
    const half = n >>> 1;
    base += half * +(a[base + half] <= v);
    n -= half;
  }
  return base + +(a[base] <= v);
}

/** Median of ascending a[lo, hi); NaN for an empty range. Example: [1, 2, 4, 9] → 3. */
export function sortedMedian(a: Float64Array, lo: number, hi: number): number {
  const n = hi - lo;
  if (n <= 0) {
    return NaN;
  }
  const mid = lo + (n >>> 1);
  return n % 2 === 1 ? a[mid] : (a[mid - 1] + a[mid]) / 2;
}

/** Whether i, in [iLo, iHi], is the first index with L(i) ≥ R(take − i − 1) (see below). */
function isSplit(
  a: Float64Array,
  split: number,
  take: number,
  med: number,
  i: number,
  iLo: number,
  iHi: number
): boolean {
  return (
    (i === iLo || med - a[split - i] < a[split + take - i] - med) &&
    (i === iHi || !(med - a[split - 1 - i] < a[split + take - i - 1] - med))
  );
}

/**
 * Median of |a[i] − med| over ascending a[lo, hi), where med is the range's median; NaN when
 * empty. Each deviation is computed exactly as `Math.abs(a[i] − med)` would give it. `guess`, if
 * given, holds a likely split (the previous call's, for a window that changed a little): it is
 * checked with its neighbours in O(1) before the O(log n) search, and updated.
 * Example: [1, 1, 2, 2, 4, 6, 9] (med 2) → deviations 1,1,0,0,2,4,7 → 1.
 */
export function sortedMedianAbsoluteDeviation(
  a: Float64Array,
  lo: number,
  hi: number,
  med: number,
  guess?: { i: number }
): number {
  const n = hi - lo;
  if (n <= 0) {
    return NaN;
  }
  const mid = lo + (n >>> 1);
  // Without ties at the middle the split is `mid`; otherwise search for the first value ≥ med.
  const split = n > 1 && a[mid - 1] < med && a[mid] >= med ? mid : lowerBound(a, lo, hi, med);
  const nLeft = split - lo;
  const nRight = hi - split;
  // Left list: L(j) = med − a[split − 1 − j], ascending; right list: R(j) = a[split + j] − med.
  const take = (n >>> 1) + 1 - (n % 2 === 0 ? 1 : 0);
  // The first i in [iLo, iHi] with L(i) ≥ R(take − i − 1) (iHi if none).
  const iLo = Math.max(0, take - nRight);
  const iHi = Math.max(iLo, Math.min(take, nLeft));
  const g = guess === undefined ? -1 : Math.min(Math.max(guess.i, iLo), iHi);
  let i: number;
  if (g >= 0 && isSplit(a, split, take, med, g, iLo, iHi)) {
    i = g;
  } else if (g >= 0 && g < iHi && isSplit(a, split, take, med, g + 1, iLo, iHi)) {
    i = g + 1;
  } else {
    // Branch-free bisection, as in lowerBound.
    i = iLo;
    let count = iHi - iLo;
    if (count > 0) {
      while (count > 1) {
        const half = count >>> 1;
        const at = i + half;
        i += half * +(med - a[split - 1 - at] < a[split + take - at - 1] - med);
        count -= half;
      }
      i += +(med - a[split - 1 - i] < a[split + take - i - 1] - med);
    }
  }
  if (guess !== undefined) {
    guess.i = i;
  }
  const j = take - i;
  const fromLeft = i > 0 ? med - a[split - i] : -Infinity;
  const fromRight = j > 0 ? a[split + j - 1] - med : -Infinity;
  const kth = fromLeft > fromRight ? fromLeft : fromRight;
  if (n % 2 === 1) {
    return kth;
  }
  const nextLeft = i < nLeft ? med - a[split - 1 - i] : Infinity;
  const nextRight = j < nRight ? a[split + j] - med : Infinity;
  return (kth + (nextLeft < nextRight ? nextLeft : nextRight)) / 2;
}

/** The searches bound once for per-point callers (imported bindings are getters under CommonJS interop). */
export const ORDER_STATISTICS = { lowerBound, upperBound, sortedMedian, sortedMedianAbsoluteDeviation } as const;
