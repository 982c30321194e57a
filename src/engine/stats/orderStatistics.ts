/*
 * Order statistics on Float64Arrays: binary searches in an ascending range, the median of an
 * ascending range, an in-place quickselect median, and the median absolute deviation read
 * straight from an ascending range without building the deviations.
 * Rule: median of an even count = (a + b) / 2 of the two middle values, as numpy and pandas do.
 * The deviations |xᵢ − med| of an ascending array form two ascending lists (left of med, read
 * backwards, and right of med), so their k-th smallest is found by a binary search over how many
 * come from the left list (the classic k-th of two sorted arrays), in O(log n).
 * Source: numpy.median; C. A. R. Hoare, "Algorithm 65: Find", CACM 4(7), 1961; Frederickson &
 * Johnson, "The complexity of selection and ranking in X + Y", JCSS 24, 1982.
 */

/** First index in ascending a[lo, hi) whose value is not < v (hi if none; lo for NaN v). */
export function lowerBound(a: Float64Array, lo: number, hi: number, v: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** First index in ascending a[lo, hi) whose value is > v (hi if none). */
export function upperBound(a: Float64Array, lo: number, hi: number, v: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= v) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
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

/** Moves the k-th smallest of a[0, n) (0-based) to a[k], smaller ones before it (Hoare's select). */
function selectInPlace(a: Float64Array, n: number, k: number): void {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) {
        i++;
      }
      while (a[j] > pivot) {
        j--;
      }
      if (i <= j) {
        const tmp = a[i];
        a[i] = a[j];
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) {
      hi = j;
    } else if (k >= i) {
      lo = i;
    } else {
      return;
    }
  }
}

/** Median of a[0, n) without NaN, reordering a; NaN for n = 0. Example: [9, 1, 4, 2] → 3. */
export function medianInPlace(a: Float64Array, n: number): number {
  if (n <= 0) {
    return NaN;
  }
  const k = n >>> 1;
  selectInPlace(a, n, k);
  const upper = a[k];
  if (n % 2 === 1) {
    return upper;
  }
  let lower = a[0];
  for (let i = 1; i < k; i++) {
    lower = a[i] > lower ? a[i] : lower;
  }
  return (lower + upper) / 2;
}

/**
 * Median of |a[i] − med| over ascending a[lo, hi), where med is the range's median; NaN when
 * empty. Each deviation is computed exactly as `Math.abs(a[i] - med)` would give it.
 * Example: [1, 1, 2, 2, 4, 6, 9] (med 2) → deviations 1,1,0,0,2,4,7 → 1.
 */
export function sortedMedianAbsoluteDeviation(a: Float64Array, lo: number, hi: number, med: number): number {
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
  let iLo = Math.max(0, take - nRight);
  let iHi = Math.min(take, nLeft);
  while (iLo < iHi) {
    const i = (iLo + iHi) >>> 1;
    if (med - a[split - 1 - i] < a[split + take - i - 1] - med) {
      iLo = i + 1;
    } else {
      iHi = i;
    }
  }
  const i = iLo;
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
