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
  const width = 2 * r + 1;
  let cost = work.row;
  let prev = work.previous;
  prev.fill(Infinity, 0, width);
  for (let i = 0; i < n; i++) {
    cost.fill(Infinity, 0, width);
    const ai = a[i];
    const jStart = i > r ? i - r : 0;
    const jEnd = i + r < n - 1 ? i + r : n - 1;
    let k = jStart - i + r;
    let rowMin = Infinity;
    for (let j = jStart; j <= jEnd; j++, k++) {
      const diff = ai - b[off + j];
      let best: number;
      if (i === 0 && j === 0) {
        best = 0;
      } else {
        // INVARIANT: k − 1 ≥ 0 when j > jStart; k + 1 ≤ 2r when i > 0; out-of-band cells are Infinity.
        const left = j > jStart ? cost[k - 1] : Infinity;
        const up = k + 1 < width ? prev[k + 1] : Infinity;
        const diag = prev[k];
        best = left < up ? left : up;
        if (diag < best) {
          best = diag;
        }
      }
      const v = best + diff * diff;
      cost[k] = v;
      if (v < rowMin) {
        rowMin = v;
      }
    }
    const rest = cumulativeBound !== null && i + r + 1 < n ? cumulativeBound[i + r + 1] : 0;
    if (rowMin + rest >= bsf) {
      return rowMin + rest;
    }
    const t = cost;
    cost = prev;
    prev = t;
  }
  return prev[r];
}
