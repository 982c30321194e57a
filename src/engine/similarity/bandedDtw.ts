/*
 * Exact DTW under a Sakoe–Chiba band, squared local cost, with early abandoning.
 * Rule: D(i,j) = (a_i − b_j)² + min(D(i−1,j), D(i,j−1), D(i−1,j−1)) for |i − j| ≤ r, two rolling
 * rows of 2r + 1 cells; after row i the search stops when min(row i) + cb[i + r + 1] ≥ bsf,
 * cb being the suffix sums of an LB_Keogh's per-point terms (a bound on the cost still to come).
 * Source: UCR Suite `dtw()` in UCR_DTW.cpp (Rakthanmanon et al., KDD 2012, §4.2.4).
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
  // Row 0: a path can only come from the left.
  let acc = 0;
  let rowMin = Infinity;
  for (let j = 0; j <= r; j++) {
    const d = a[0] - b[off + j];
    acc += d * d;
    cost[r + j] = acc;
    rowMin = acc < rowMin ? acc : rowMin;
  }
  for (let i = 0; ; i++) {
    const rest = cumulativeBound !== null && i + r + 1 < n ? cumulativeBound[i + r + 1] : 0;
    if (rowMin + rest >= bsf) {
      return rowMin + rest;
    }
    if (i === n - 1) {
      return cost[r];
    }
    const t = cost;
    cost = prev;
    prev = t;
    // Row i + 1. Cell (row, j) lives at k = j − row + r; up = prev[k + 1], diag = prev[k], left = cost[k − 1].
    const row = i + 1;
    const ai = a[row];
    const jStart = row > r ? row - r : 0;
    const jEnd = row + r < n - 1 ? row + r : n - 1;
    let k = jStart - row + r;
    let j = jStart;
    let left: number;
    if (jStart === 0) {
      // INVARIANT: column 0 has no diagonal or left neighbour.
      const d = ai - b[off];
      left = prev[k + 1] + d * d;
      cost[k] = left;
      j++;
      k++;
    } else {
      left = Infinity;
    }
    rowMin = left;
    // INVARIANT: k + 1 ≤ 2r for j < row + r, so prev[k + 1] is in the previous row's band.
    const jLast = jEnd < row + r ? jEnd : jEnd - 1;
    for (; j <= jLast; j++, k++) {
      const up = prev[k + 1];
      const diag = prev[k];
      let best = left < up ? left : up;
      best = diag < best ? diag : best;
      const d = ai - b[off + j];
      left = best + d * d;
      cost[k] = left;
      rowMin = left < rowMin ? left : rowMin;
    }
    if (jLast < jEnd) {
      // The band's last cell (row, row + r) has no cell above it in the previous row.
      const diag = prev[k];
      const best = diag < left ? diag : left;
      const d = ai - b[off + j];
      left = best + d * d;
      cost[k] = left;
      rowMin = left < rowMin ? left : rowMin;
    }
  }
}
