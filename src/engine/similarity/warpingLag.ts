/*
 * The lag a DTW match implies: the median offset j − i along the optimal banded warping path.
 * Rule: fill the banded cost matrix (squared local cost, as bandedDtw), trace the path back from
 * (n − 1, n − 1) taking the cheapest predecessor (the diagonal on ties), and take the median of
 * j − i over its cells. j indexes the candidate, so a positive lag means c_{i+lag} ≈ q_i: the
 * candidate lags (follows) the query. Shifts beyond the band are reported as at most ±r.
 * Source: Sakoe & Chiba, IEEE TASSP 26(1), 1978 (warping path within an adjustment window).
 */
import type { CorpusValues } from './types';

/** Work matrix for `warpingLag`: n × (2r + 1) cells, allocate once per query. */
export function warpingLagWork(n: number, radius: number): Float64Array {
  return new Float64Array(n * (2 * Math.min(radius, Math.max(0, n - 1)) + 1));
}

export function warpingLag(
  a: Float64Array,
  b: CorpusValues,
  off: number,
  n: number,
  radius: number,
  work: Float64Array
): number {
  const r = Math.min(radius, n - 1);
  const w = 2 * r + 1;
  const D = work;
  // Cell (i, j) is D[i·w + j − i + r]; cells outside the band read as +∞ through `cell`.
  const cell = (i: number, j: number): number =>
    i < 0 || j < 0 || j - i > r || i - j > r ? Infinity : D[i * w + j - i + r];
  for (let i = 0; i < n; i++) {
    const jStart = Math.max(0, i - r);
    const jEnd = Math.min(n - 1, i + r);
    const rowOff = i * w - i + r;
    const prevOff = rowOff - w + 1;
    for (let j = jStart; j <= jEnd; j++) {
      const d = a[i] - b[off + j];
      let best = 0;
      if (i > 0 || j > 0) {
        const diag = i > 0 && j > 0 ? D[prevOff + j - 1] : Infinity;
        const up = i > 0 && j <= i - 1 + r ? D[prevOff + j] : Infinity;
        const left = j > jStart ? D[rowOff + j - 1] : Infinity;
        best = diag < up ? diag : up;
        best = left < best ? left : best;
      }
      D[rowOff + j] = best + d * d;
    }
  }
  const offsets = new Int32Array(2 * n);
  let count = 0;
  let i = n - 1;
  let j = n - 1;
  offsets[count++] = 0;
  while (i > 0 || j > 0) {
    const diag = cell(i - 1, j - 1);
    const up = cell(i - 1, j);
    const left = cell(i, j - 1);
    if (diag <= up && diag <= left) {
      i--;
      j--;
    } else if (up <= left) {
      i--;
    } else {
      j--;
    }
    offsets[count++] = j - i;
  }
  const path = offsets.subarray(0, count).sort();
  return path[count >> 1];
}
