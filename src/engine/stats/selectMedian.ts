/*
 * The median of an unsorted Float64Array, and the median of its absolute deviations from a centre,
 * in O(n): equal-width buckets narrow the values to those around the middle rank(s), then
 * Floyd–Rivest selection finishes on that copy (the input is not changed).
 * Rule: median of an even count = (a + b) / 2 of the two middle values, as numpy does. The
 * bucket of x is ⌊(x − min)·(BUCKETS/(max − min))⌋, monotone in x (each rounded step is), so
 * buckets hold consecutive ranks; counting takes no branch per value, which matters more than
 * comparisons on data (a mispredicted branch per value costs about 15 cycles), and neither does
 * gathering many values; gathering the usual few takes one branch that is nearly always predicted.
 * Source: R. W. Floyd & R. L. Rivest, "Algorithm 489: SELECT", CACM 18(3), 1975; bucket
 * (distribution) selection as in radix select.
 */
import { ScratchBuffer } from './scratchBuffer';

/** Swaps a[i] and a[j]. */
function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** Ranges longer than this first narrow [lo, hi] around k by selecting within a sample. */
const SAMPLE_ABOVE = 600;

/**
 * Moves the k-th smallest of a[lo, hi] to a[k], smaller or equal ones before it and larger or
 * equal ones after it (Floyd–Rivest SELECT: about n + min(k, n − k) comparisons).
 */
function selectInPlace(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    if (hi - lo > SAMPLE_ABOVE) {
      const n = hi - lo + 1;
      const i = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * Math.sign(i - n / 2);
      selectInPlace(
        a,
        Math.max(lo, Math.floor(k - (i * s) / n + sd)),
        Math.min(hi, Math.floor(k + ((n - i) * s) / n + sd)),
        k
      );
    }
    const pivot = a[k];
    let i = lo;
    let j = hi;
    swap(a, lo, k);
    if (a[hi] > pivot) {
      swap(a, hi, lo);
    }
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < pivot) {
        i++;
      }
      while (a[j] > pivot) {
        j--;
      }
    }
    if (a[lo] === pivot) {
      swap(a, lo, j);
    } else {
      j++;
      swap(a, j, hi);
    }
    if (j <= k) {
      lo = j + 1;
    }
    if (k <= j) {
      hi = j - 1;
    }
  }
}

/** Below this many values a plain selection beats the bucket pass. */
const BUCKET_MIN = 256;
/** Equal-width buckets of the bucket pass (one more holds the values that round to the top edge). */
const BUCKETS = 256;
/** The branchy gather is used when fewer than 1/FEW_GATHERED of the values are gathered. */
const FEW_GATHERED = 16;
const ROWS = 4;
const bucketCounts = new Int32Array(ROWS * (BUCKETS + 1));
const [workBuffer, spareBuffer] = [new ScratchBuffer(), new ScratchBuffer()];

/**
 * Writes the values of ranks [kLo, kHi] of v(0…n−1), with the rest of their buckets, into
 * into[0, g); returns g, and the rank of the smallest written as `below` (g = −1: the range
 * overflows). v(i) = src[i], or |src[i] − center| when `deviations`; all v(i) lie in [min, max].
 * Bucket b holds ⌊(v − min)·(BUCKETS/(max − min))⌋ = b; the map is monotone (each rounded step
 * is), so buckets hold consecutive ranks and no comparison branch is taken per value.
 */
function gatherRanks(
  src: Float64Array,
  n: number,
  center: number,
  deviations: boolean,
  kLo: number,
  kHi: number,
  min: number,
  max: number,
  into: Float64Array,
  out: { below: number }
): number {
  if (min === max) {
    // One value (ties, two-level data): the ranks asked for are that value.
    const g = kHi - kLo + 1;
    into.fill(min, 0, g);
    out.below = kLo;
    return g;
  }
  const scale = BUCKETS / (max - min);
  if (!(scale < Infinity) || !(max - min < Infinity)) {
    return -1;
  }
  // Four count rows, values dealt to them in turn: equal neighbours (common in a series) do not
  // wait on one counter's store.
  const counts = bucketCounts;
  const row = BUCKETS + 1;
  counts.fill(0);
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const v0 = deviations ? Math.abs(src[i] - center) : src[i];
    const v1 = deviations ? Math.abs(src[i + 1] - center) : src[i + 1];
    const v2 = deviations ? Math.abs(src[i + 2] - center) : src[i + 2];
    const v3 = deviations ? Math.abs(src[i + 3] - center) : src[i + 3];
    counts[((v0 - min) * scale) | 0]++;
    counts[row + (((v1 - min) * scale) | 0)]++;
    counts[2 * row + (((v2 - min) * scale) | 0)]++;
    counts[3 * row + (((v3 - min) * scale) | 0)]++;
  }
  for (; i < n; i++) {
    const v = deviations ? Math.abs(src[i] - center) : src[i];
    counts[((v - min) * scale) | 0]++;
  }
  for (let b = 0; b < row; b++) {
    counts[b] += counts[row + b] + counts[2 * row + b] + counts[3 * row + b];
  }
  let below = 0;
  let b = 0;
  while (below + counts[b] <= kLo) {
    below += counts[b++];
  }
  let last = b;
  let through = below + counts[b];
  while (through <= kHi) {
    through += counts[++last];
  }
  // Gather the values whose bucket is in [b, last]. When they are few (the usual middle
  // bucket or two), a branch that is nearly always predicted beats the branch-free gather
  // (always write, advance on a 0/1) that many (ties, two-level data) need. The branch is one
  // unsigned compare (bucket − b wraps to a huge number below b): two would mispredict.
  const span = last - b;
  let g = 0;
  if ((through - below) * FEW_GATHERED < n) {
    for (let i = 0; i < n; i++) {
      const v = deviations ? Math.abs(src[i] - center) : src[i];
      const bucket = ((v - min) * scale) | 0;
      if ((bucket - b) >>> 0 <= span) {
        into[g++] = v;
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      const v = deviations ? Math.abs(src[i] - center) : src[i];
      const bucket = ((v - min) * scale) | 0;
      into[g] = v;
      g += +(bucket >= b) & +(bucket <= last);
    }
  }
  out.below = below;
  return g;
}

const gathered = { below: 0 };

/** Smallest and largest of a[0, n), written to out. */
function extremes(a: Float64Array, n: number, out: { min: number; max: number }): void {
  let min = a[0];
  let max = a[0];
  for (let i = 1; i < n; i++) {
    const x = a[i];
    min = x < min ? x : min;
    max = x > max ? x : max;
  }
  out.min = min;
  out.max = max;
}

const range = { min: 0, max: 0 };

/** Median of v(0…n−1) (see gatherRanks) in [min, max], n ≥ 1; src is not changed. */
function medianOf(src: Float64Array, n: number, center: number, deviations: boolean, min: number, max: number): number {
  const even = n % 2 === 0;
  let k = n >>> 1;
  let work = workBuffer.take(n + 1);
  let spare = spareBuffer.take(n + 1);
  let size =
    n >= BUCKET_MIN ? gatherRanks(src, n, center, deviations, even ? k - 1 : k, k, min, max, work, gathered) : -1;
  if (size < 0) {
    for (let i = 0; i < n; i++) {
      work[i] = deviations ? Math.abs(src[i] - center) : src[i];
    }
    size = n;
  } else {
    k -= gathered.below;
  }
  // Narrow again to the buckets holding the middle rank(s) while that still shrinks the range.
  while (size >= BUCKET_MIN) {
    extremes(work, size, range);
    const g = gatherRanks(work, size, 0, false, even ? k - 1 : k, k, range.min, range.max, spare, gathered);
    if (g < 0 || g === size) {
      break;
    }
    [work, spare] = [spare, work];
    k -= gathered.below;
    size = g;
  }
  selectInPlace(work, 0, size - 1, k);
  const upper = work[k];
  if (!even) {
    return upper;
  }
  let lower = work[0];
  for (let i = 1; i < k; i++) {
    lower = work[i] > lower ? work[i] : lower;
  }
  return (lower + upper) / 2;
}

/** Median of a[0, n) without NaN (a is not changed); NaN for n = 0. Example: [9, 1, 4, 2] → 3. */
export function medianInPlace(a: Float64Array, n: number): number {
  if (n <= 0) {
    return NaN;
  }
  extremes(a, n, range);
  return medianOf(a, n, 0, false, range.min, range.max);
}

/**
 * Median of values[0, n) (no NaN) given bounds min ≤ values[i] ≤ max, which save a pass when the
 * caller knows them (loose bounds are fine); NaN for n = 0. Example: ([9, 1, 4, 2], 4, 0, 10) → 3.
 */
export function medianWithin(values: Float64Array, n: number, min: number, max: number): number {
  return n <= 0 ? NaN : medianOf(values, n, 0, false, min, max);
}

/**
 * Median of |values[i] − center| over [0, n), each deviation computed as Math.abs(values[i] −
 * center), given a bound maxDeviation ≥ all of them; NaN for n = 0. Example: ([1, 2, 9], 3, 2, 7) → 1.
 */
export function medianDeviationWithin(values: Float64Array, n: number, center: number, maxDeviation: number): number {
  return n <= 0 ? NaN : medianOf(values, n, center, true, 0, maxDeviation);
}
