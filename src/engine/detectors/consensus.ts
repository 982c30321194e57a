/*
 * Consensus of any set of detector tracks for one series. Rule: per point, votes = tracks saying
 * VERDICT_ANOMALOUS; `{ count: k }` → anomalous iff votes ≥ k; `{ fraction: f }` → iff
 * votes / (all tracks) ≥ f, so a detector still warming up counts against the consensus, as in
 * Skyline and Morgoth. A point where no track gives a verdict is not anomalous and has score NaN.
 * Score = mean of the tracks' defined scores; band = the envelope (highest upper, lowest lower) of
 * the tracks that have a band at that point, NaN where none has.
 * Source: etsy/skyline src/analyzer/algorithms.py (CONSENSUS); nathanielc/morgoth detector.go.
 * Deviation: VERDICT_NONE abstains; Skyline counts a None result as "not False", i.e. as a vote.
 */
import { type DetectionResult, type DetectorTrack, VERDICT_ANOMALOUS, VERDICT_NONE } from '../types';

/** How many anomalous votes make a point anomalous: an absolute count, or a fraction of the tracks. */
export type ConsensusThreshold = { readonly count: number } | { readonly fraction: number };

function isAnomalous(votes: number, trackCount: number, threshold: ConsensusThreshold): boolean {
  return 'count' in threshold ? votes >= threshold.count : votes / trackCount >= threshold.fraction;
}

function envelope(
  tracks: readonly DetectorTrack[],
  n: number
): { upper: Float64Array; lower: Float64Array } | undefined {
  const bands = tracks.flatMap((t) => (t.upper && t.lower ? [{ up: t.upper, low: t.lower }] : []));
  if (bands.length === 0) {
    return undefined;
  }
  const upper = new Float64Array(n).fill(NaN);
  const lower = new Float64Array(n).fill(NaN);
  for (const { up, low } of bands) {
    for (let i = 0; i < n; i++) {
      const u = up[i];
      const l = low[i];
      upper[i] = Number.isNaN(upper[i]) || u > upper[i] ? u : upper[i];
      lower[i] = Number.isNaN(lower[i]) || l < lower[i] ? l : lower[i];
    }
  }
  return { upper, lower };
}

/** Combines per-detector tracks (all of length timesMs.length) into one DetectionResult. */
export function combineTracks(
  name: string,
  timesMs: Float64Array,
  tracks: readonly DetectorTrack[],
  threshold: ConsensusThreshold,
  notices: readonly string[] = []
): DetectionResult {
  const n = timesMs.length;
  const score = new Float64Array(n);
  const anomalous = new Uint8Array(n);
  const votes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let voted = 0;
    let spoke = 0;
    let scoreSum = 0;
    let scored = 0;
    for (const t of tracks) {
      const verdict = t.verdicts[i];
      spoke += verdict === VERDICT_NONE ? 0 : 1;
      voted += verdict === VERDICT_ANOMALOUS ? 1 : 0;
      if (!Number.isNaN(t.score[i])) {
        scoreSum += t.score[i];
        scored++;
      }
    }
    votes[i] = Math.min(voted, 255);
    anomalous[i] = spoke > 0 && isAnomalous(voted, tracks.length, threshold) ? 1 : 0;
    score[i] = scored > 0 ? scoreSum / scored : NaN;
  }
  return { name, timesMs, score, anomalous, votes, ...envelope(tracks, n), detectors: tracks, notices };
}
