/*
 * Exact DTW under a Sakoe–Chiba band, squared local cost, with early abandoning.
 * Rule: D(i,j) = (a_i − b_j)² + min(D(i−1,j), D(i,j−1), D(i−1,j−1)) for |i − j| ≤ r, two rolling
 * rows of 2r + 1 cells; after row i the search stops when min(row i) + cb[i + r + 1] ≥ bsf,
 * cb being the suffix sums of an LB_Keogh's per-point terms (a bound on the cost still to come);
 * within a row only the columns reachable from cells still under bsf are computed (PrunedDTW).
 * Source: UCR Suite `dtw()` in UCR_DTW.cpp (Rakthanmanon et al., KDD 2012, §4.2.4); Silva &
 * Batista, "Speeding up all-pairwise dynamic time warping matrix calculation", SDM 2016 (PrunedDTW).
 */
import type { CorpusValues } from './types';

/** Two rows of 2r + 1 cells: allocate once per query. */
export interface DtwWork {
  readonly row: Float64Array;
  readonly previous: Float64Array;
}

export function dtwWork(radius: number): DtwWork {
  return { row: new Float64Array(2 * radius + 1), previous: new Float64Array(2 * radius + 1) };
}

/**
 * Banded DTW cost between a[0, n) and b[off, off + n) with half-width r (clamped to n − 1).
 * The search is abandoned once min(row i) (+ cumulativeBound[i + r + 1] when given, length ≥ n)
 * reaches bsf; pass null and Infinity for the plain distance. An abandoned search returns a value ≥ bsf.
 */
export function bandedDtw(
  a: Float64Array,
  b: CorpusValues,
  off: number,
  n: number,
  radius: number,
  cumulativeBound: Float64Array | null,
  bsf: number,
  work: DtwWork
): number {
  const r = Math.min(radius, n - 1);
  let cost = work.row;
  let prev = work.previous;
  // Row 0: a path can only come from the left, so the live cells (< bsf) are a prefix.
  let acc = 0;
  let live0 = -1;
  for (let j = 0; j <= r; j++) {
    const d = a[0] - b[off + j];
    acc += d * d;
    cost[r + j] = acc;
    if (acc < bsf) {
      live0 = j;
    }
  }
  let rowMin = cost[r];
  // [first, last]: the live columns of the current row (cells < bsf); none when last < first.
  let first = 0;
  let last = live0;
  for (let i = 0; ; i++) {
    const rest = cumulativeBound !== null && i + r + 1 < n ? cumulativeBound[i + r + 1] : 0;
    if (last < first || rowMin + rest >= bsf) {
      return Math.max(rowMin + rest, bsf);
    }
    if (i === n - 1) {
      // The corner (n − 1, n − 1) is at k = r; it was computed only if it is in the live run.
      return last === n - 1 ? cost[r] : Math.max(rowMin, bsf);
    }
    // Dead neighbours read as +∞: guard the cells just outside the live run of row i.
    const kFirst = first - 1 - i + r;
    if (kFirst >= 0) {
      cost[kFirst] = Infinity;
    }
    const kLast = last + 1 - i + r;
    if (kLast <= 2 * r) {
      cost[kLast] = Infinity;
    }
    const t = cost;
    cost = prev;
    prev = t;
    // Row i + 1; cell (row, j) lives at k = j − row + r: up = prev[k + 1], diag = prev[k], left = cost[k − 1].
    const row = i + 1;
    const ai = a[row];
    const jStart = row > r ? row - r : 0;
    const jEnd = row + r < n - 1 ? row + r : n - 1;
    let j = first > jStart ? first : jStart;
    const reach = last + 1 < jEnd ? last + 1 : jEnd;
    let k = j - row + r;
    let left = Infinity;
    let newFirst = -1;
    let newLast = -2;
    rowMin = Infinity;
    if (j === 0) {
      // INVARIANT: column 0 has no diagonal or left neighbour.
      const d = ai - b[off];
      left = prev[k + 1] + d * d;
      cost[k] = left;
      rowMin = left;
      if (left < bsf) {
        newFirst = 0;
        newLast = 0;
      }
      j++;
      k++;
    }
    // INVARIANT: k + 1 ≤ 2r while j < row + r, so prev[k + 1] is inside the previous row's band.
    const jUp = reach < row + r ? reach : row + r - 1;
    for (; j <= jUp; j++, k++) {
      const up = prev[k + 1];
      const diag = prev[k];
      let best = left < up ? left : up;
      best = diag < best ? diag : best;
      const d = ai - b[off + j];
      left = best + d * d;
      cost[k] = left;
      if (left < rowMin) {
        rowMin = left;
      }
      if (left < bsf) {
        newFirst = newFirst < 0 ? j : newFirst;
        newLast = j;
      }
    }
    // Past the previous row's live run only a left move can stay under bsf.
    for (; j <= jEnd && (j <= reach || left < bsf); j++, k++) {
      const diag = j <= reach ? prev[k] : Infinity;
      const best = diag < left ? diag : left;
      const d = ai - b[off + j];
      left = best + d * d;
      cost[k] = left;
      if (left < rowMin) {
        rowMin = left;
      }
      if (left < bsf) {
        newFirst = newFirst < 0 ? j : newFirst;
        newLast = j;
      }
    }
    first = newFirst < 0 ? 0 : newFirst;
    last = newLast;
  }
}
