/*
 * NAB's probationary period: the leading rows of a file that are never scored.
 * Rule: min(floor(0.15 × rows), 0.15 × 5000) rows, so at most 750.
 * Source: numenta/NAB nab/sweeper.py (`_getProbationaryLength`), commit ea702d7.
 */

export const NAB_PROBATION_FRACTION = 0.15;

/** Number of leading rows to skip; rows with index ≥ this are scored. */
export function probationaryRows(rowCount: number, fraction: number = NAB_PROBATION_FRACTION): number {
  return Math.min(Math.floor(fraction * rowCount), fraction * 5000);
}
