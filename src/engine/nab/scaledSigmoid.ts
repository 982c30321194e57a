/*
 * NAB's scaled sigmoid: the weight of a detection by its position relative to a label window.
 * Rule: S(p) = 2 / (1 + e^(5p)) − 1 for p ≤ 3, and −1 for p > 3. Inside a window p runs from −1
 * (first row) towards 0 (just past the last row); past a window p counts window lengths.
 * Source: numenta/NAB nab/sweeper.py (`scaledSigmoid`), commit ea702d7.
 */

/** S(p); equals 0 at p = 0, ≈ +0.98661 at p = −1 and ≈ −0.98661 at p = +1. */
export function scaledSigmoid(position: number): number {
  if (position > 3) {
    return -1;
  }
  return 2 * (1 / (1 + Math.exp(5 * position))) - 1;
}

/** S(−1) = 0.98661…, the score of a window's first row before it is scaled to exactly 1. */
export const MAX_TP_SIGMOID = scaledSigmoid(-1);
