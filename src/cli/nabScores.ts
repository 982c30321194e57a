/*
 * One NAB anomaly_score per data row from a DetectionResult, which detect() may have sorted and
 * de-duplicated: each row takes the result at its timestamp. A NaN score (no verdict) is 0; scores
 * are clamped to [0, 1] as NAB's harness requires. With `votes`, the score is the share of tracks
 * voting anomalous (NAB's Etsy Skyline variant: votes / algorithms).
 * Of rows sharing a timestamp only the last gets the result (detect() keeps the last point, whose
 * verdict saw the earlier ones); the earlier rows get 0, so no row's score uses a later row.
 */
import type { DetectionResult } from '../engine/types';

export type NabScoreSource = 'score' | 'votes';

export function nabAnomalyScores(timesMs: Float64Array, result: DetectionResult, source: NabScoreSource): Float64Array {
  const tracks = Math.max(1, result.detectors.length);
  const byTime = new Map<number, number>();
  result.timesMs.forEach((t, i) => byTime.set(t, source === 'votes' ? result.votes[i] / tracks : result.score[i]));
  const lastRow = new Map<number, number>();
  timesMs.forEach((t, i) => lastRow.set(t, i));
  return timesMs.map((t, i) => {
    const s = lastRow.get(t) === i ? (byTime.get(t) ?? NaN) : NaN;
    return Number.isNaN(s) ? 0 : Math.min(1, Math.max(0, s));
  });
}
