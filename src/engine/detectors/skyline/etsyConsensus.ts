/*
 * Etsy Skyline's consensus over one ensemble of algorithm results.
 * Rule: anomalous iff ensemble.count(False) ≤ len(ensemble) − CONSENSUS, i.e. at least CONSENSUS
 * results are "not False". Mode 'skyline' counts a None (median_absolute_deviation's normal
 * answer) as a vote, as Etsy's code does; mode 'strict' counts only True.
 * Source: etsy/skyline src/analyzer/algorithms.py (run_selected_algorithm) @ 22ae09da.
 */
import type { SkylineOptions } from './options';

/** 1 if this result counts as a vote under the mode, else 0. */
export function voteOf(result: boolean | null, mode: SkylineOptions['consensusMode']): number {
  return result === true || (result === null && mode === 'skyline') ? 1 : 0;
}

/** Etsy's decision for `votes` votes out of `ensembleSize` results. Example: 6 of 9, CONSENSUS 6 → true. */
export function consensusReached(votes: number, ensembleSize: number, consensus: number): boolean {
  return ensembleSize - votes <= ensembleSize - consensus;
}
