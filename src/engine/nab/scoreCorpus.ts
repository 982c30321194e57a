/*
 * NAB's whole scoring step for one detector: for each profile, optimise the corpus-wide
 * threshold, score every file at it, and normalise the sum against the null and perfect detectors.
 * Rule: raw = Σ file scores at the optimal threshold; normalised as in normalizeScore.
 * Source: numenta/NAB nab/runner.py (`optimize`, `score`, `normalize`), commit ea702d7.
 */
import { fileSweep } from './fileSweep';
import { normalizeScore, nullRawScore, perfectRawScore } from './normalizeScore';
import { optimizeThreshold, type NabScoredFile } from './optimizeThreshold';
import { NAB_PROFILES, type NabProfile, type NabProfileName } from './profiles';
import { scoreAtThreshold, type NabFileScore } from './scoreAtThreshold';
import type { RowWindow } from './windowRows';

export interface NabResultFile {
  /** `<category>/<file>.csv`, as the labels name it. */
  readonly name: string;
  readonly anomalyScores: Float64Array;
  readonly windows: readonly RowWindow[];
}

export interface NabProfileScore {
  readonly profile: NabProfileName;
  readonly threshold: number;
  readonly raw: number;
  readonly nullRaw: number;
  readonly perfectRaw: number;
  /** 0 for the null detector, 100 for the perfect one. */
  readonly normalized: number;
  readonly files: ReadonlyArray<NabFileScore & { readonly name: string }>;
}

export function scoreCorpus(
  files: readonly NabResultFile[],
  profiles: readonly NabProfile[] = NAB_PROFILES,
  probationFraction?: number
): NabProfileScore[] {
  const scored: NabScoredFile[] = files.map((f) => ({
    name: f.name,
    anomalyScores: f.anomalyScores,
    sweep: fileSweep(f.anomalyScores.length, f.windows, probationFraction),
  }));
  const labelledWindows = files.reduce((sum, f) => sum + f.windows.length, 0);
  return profiles.map(({ name, cost }) => {
    const best = optimizeThreshold(scored, cost);
    const perFile = scored.map((f) => ({
      name: f.name,
      ...scoreAtThreshold(f.anomalyScores, f.sweep, cost, best.threshold),
    }));
    const raw = perFile.reduce((sum, f) => sum + f.raw, 0);
    const nullRaw = nullRawScore(best.scoredWindows, cost);
    const perfectRaw = perfectRawScore(labelledWindows, cost);
    return {
      profile: name,
      threshold: best.threshold,
      raw,
      nullRaw,
      perfectRaw,
      normalized: normalizeScore(raw, nullRaw, perfectRaw),
      files: perFile,
    };
  });
}
