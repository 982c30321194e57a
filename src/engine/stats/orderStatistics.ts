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
    // 0 / 0, not the global NaN: that constant merged with the double below made the optimised
    // code box every result (one allocation per call, per point in skylineEvery).
    return 0 / 0;
  }
  const mid = lo + (n >>> 1);
  return n % 2 === 1 ? a[mid] : (a[mid - 1] + a[mid]) / 2;
}

/** Whether s, in [lo, hi], is the first index of ascending a[lo, hi) whose value is ≥ v. */
function isFirstAtLeast(a: Float64Array, lo: number, hi: number, s: number, v: number): boolean {
  return s >= lo && s <= hi && (s === lo || a[s - 1] < v) && (s === hi || a[s] >= v);
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

/** The MAD (see below) of ascending a[lo, hi) about its median out[0], into out[1]. */
function deviationInto(
  a: Float64Array,
  lo: number,
  hi: number,
  guess: { i: number; split?: number } | undefined,
  out: Float64Array
): void {
  const med = out[0];
  const n = hi - lo;
  if (n <= 0) {
    out[1] = NaN;
    return;
  }
  const mid = lo + (n >>> 1);
  // Without ties at the middle the split is `mid`; otherwise the guessed split (or the one after
  // it: a run of ties starts one later after a smaller value arrives), else a search.
  const hint = lo + (guess?.split ?? -1);
  const split =
    n > 1 && a[mid - 1] < med && a[mid] >= med
      ? mid
      : isFirstAtLeast(a, lo, hi, hint, med)
        ? hint
        : isFirstAtLeast(a, lo, hi, hint + 1, med)
          ? hint + 1
          : lowerBound(a, lo, hi, med);
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
    guess.split = split - lo;
  }
  const j = take - i;
  const fromLeft = i > 0 ? med - a[split - i] : -Infinity;
  const fromRight = j > 0 ? a[split + j - 1] - med : -Infinity;
  const kth = fromLeft > fromRight ? fromLeft : fromRight;
  if (n % 2 === 1) {
    out[1] = kth;
    return;
  }
  const nextLeft = i < nLeft ? med - a[split - 1 - i] : Infinity;
  const nextRight = j < nRight ? a[split + j] - med : Infinity;
  out[1] = (kth + (nextLeft < nextRight ? nextLeft : nextRight)) / 2;
}

/**
 * The median and the MAD (median of |a[i] − med|) of ascending a[lo, hi) into out[0] and out[1]
 * (NaN when empty). Each deviation is computed exactly as `Math.abs(a[i] − med)` would give it.
 * `guess`, if given, holds the likely splits (the previous call's, for a window that changed a
 * little): the first index ≥ med (counted from lo) and the deviations' split, each checked in
 * O(1) before its O(log n) search, and updated. For per-point callers: no double crosses this
 * call or the one inside (a double argument or result of a call the engine does not inline is
 * boxed, one allocation per point).
 * Example: [1, 1, 2, 2, 4, 6, 9] → median 2, deviations 1,1,0,0,2,4,7 → MAD 1.
 */
export function sortedMedianAndDeviation(
  a: Float64Array,
  lo: number,
  hi: number,
  out: Float64Array,
  guess?: { i: number; split?: number }
): void {
  out[0] = sortedMedian(a, lo, hi);
  deviationInto(a, lo, hi, guess, out);
}

/** The searches bound once for per-point callers (imported bindings are getters under CommonJS interop). */
export const ORDER_STATISTICS = {
  lowerBound,
  upperBound,
  sortedMedian,
  sortedMedianAndDeviation,
} as const;
