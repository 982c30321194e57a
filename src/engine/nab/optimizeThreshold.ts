/*
 * NAB's threshold optimiser: the single corpus-wide alarm threshold with the best raw score.
 * Rule: sweep every distinct anomaly score from the highest down, starting at 1.1 where nothing
 * fires; the score at threshold t counts every scored row with anomaly_score ≥ t as a detection.
 * The best score wins; among equal scores the highest threshold, as NAB's stable sort keeps it.
 * Source: numenta/NAB nab/sweeper.py (`calcScoreByThreshold`) and nab/optimizer.py (exhaustive
 * sweep since PR #328), commit ea702d7.
 * Deviation: if some score is ≥ 1.1, the "nothing fires" threshold is +Infinity instead of 1.1.
 */
import { type FileSweep, OUTSIDE_WINDOW, PROBATIONARY } from './fileSweep';
import type { NabCostMatrix } from './profiles';
import type { NabCounts } from './scoreAtThreshold';

export interface NabScoredFile {
  readonly name: string;
  /** One finite anomaly score per data row, in row order. */
  readonly anomalyScores: Float64Array;
  readonly sweep: FileSweep;
}

export interface NabThresholdResult {
  readonly threshold: number;
  readonly raw: number;
  readonly counts: NabCounts;
  /** Windows with at least one scored row, over all files: what the null detector misses. */
  readonly scoredWindows: number;
}

interface FlatRows {
  score: Float64Array;
  gain: Float64Array;
  window: Int32Array;
  windows: number;
}

function flatten(files: readonly NabScoredFile[]): FlatRows {
  let n = 0;
  files.forEach((f) => f.sweep.windowOf.forEach((w) => (n += w === PROBATIONARY ? 0 : 1)));
  const rows: FlatRows = {
    score: new Float64Array(n),
    gain: new Float64Array(n),
    window: new Int32Array(n),
    windows: 0,
  };
  let k = 0;
  let windowBase = 0;
  for (const f of files) {
    let maxWindow = -1;
    for (let i = 0; i < f.anomalyScores.length; i++) {
      const w = f.sweep.windowOf[i];
      if (w === PROBATIONARY) {
        continue;
      }
      if (!Number.isFinite(f.anomalyScores[i])) {
        throw new Error(`${f.name}: anomaly_score of row ${i} is ${f.anomalyScores[i]}, not a finite number`);
      }
      rows.score[k] = f.anomalyScores[i];
      rows.gain[k] = f.sweep.gain[i];
      rows.window[k] = w === OUTSIDE_WINDOW ? -1 : windowBase + w;
      maxWindow = Math.max(maxWindow, w);
      k++;
    }
    windowBase += maxWindow + 1;
  }
  rows.windows = windowBase;
  return rows;
}

export function optimizeThreshold(files: readonly NabScoredFile[], cost: NabCostMatrix): NabThresholdResult {
  files.forEach((f) => {
    if (f.anomalyScores.length !== f.sweep.windowOf.length) {
      throw new Error(`${f.name}: ${f.anomalyScores.length} anomaly scores for ${f.sweep.windowOf.length} data rows`);
    }
  });
  const rows = flatten(files);
  const scoredWindows = files.reduce((sum, f) => sum + f.sweep.scoredWindows, 0);
  const order = new Uint32Array(rows.score.length).map((_, i) => i).sort((a, b) => rows.score[b] - rows.score[a]);
  const windowBest = new Float64Array(rows.windows).fill(-cost.fnWeight);
  const counts: NabCounts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  rows.window.forEach((w) => counts[w < 0 ? 'tn' : 'fn']++);
  let raw = -scoredWindows * cost.fnWeight;
  let threshold = rows.score.length > 0 && rows.score[order[0]] >= 1.1 ? Infinity : 1.1;
  let best: NabThresholdResult = { threshold, raw, counts: { ...counts }, scoredWindows };
  for (let k = 0; k <= order.length; k++) {
    const i = order[k];
    if (k === order.length || rows.score[i] !== threshold) {
      if (raw > best.raw) {
        best = { threshold, raw, counts: { ...counts }, scoredWindows };
      }
      if (k === order.length) {
        break;
      }
      threshold = rows.score[i];
    }
    const w = rows.window[i];
    if (w < 0) {
      raw += rows.gain[i] * cost.fpWeight;
      counts.fp++;
      counts.tn--;
    } else {
      const score = rows.gain[i] * cost.tpWeight;
      if (score > windowBest[w]) {
        raw += score - windowBest[w];
        windowBest[w] = score;
      }
      counts.tp++;
      counts.fn--;
    }
  }
  return best;
}
