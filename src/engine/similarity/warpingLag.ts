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
  const at = (i: number, j: number): number => (i < 0 || j < 0 || j - i > r || i - j > r ? Infinity : D[i * w + j - i + r]);
  for (let i = 0; i < n; i++) {
    for (let j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) {
      const d = a[i] - b[off + j];
      const best = i === 0 && j === 0 ? 0 : Math.min(at(i - 1, j - 1), at(i - 1, j), at(i, j - 1));
      D[i * w + j - i + r] = best + d * d;
    }
  }
  const offsets: number[] = [];
  let i = n - 1;
  let j = n - 1;
  offsets.push(0);
  while (i > 0 || j > 0) {
    const diag = at(i - 1, j - 1);
    const up = at(i - 1, j);
    const left = at(i, j - 1);
    if (diag <= up && diag <= left) {
      i--;
      j--;
    } else if (up <= left) {
      i--;
    } else {
      j--;
    }
    offsets.push(j - i);
  }
  offsets.sort((x, y) => x - y);
  return offsets[offsets.length >> 1];
}
