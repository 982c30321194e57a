/*
 * NAB's raw score of one file for one profile at one alarm threshold.
 * Rule: a row is a detection when anomaly_score ≥ threshold. Each window earns tpWeight × the gain
 * of its earliest detection, or −fnWeight if it has none; each detection outside windows adds
 * fpWeight × its (negative) gain; probationary rows are ignored.
 * Source: numenta/NAB nab/sweeper.py (`calcScoreByThreshold`, `scoreDataSet`), commit ea702d7.
 */
import { type FileSweep, OUTSIDE_WINDOW, PROBATIONARY } from './fileSweep';
import type { NabCostMatrix } from './profiles';

/** Row counts as NAB reports them: tp/fn are window rows, fp/tn rows outside windows. */
export interface NabCounts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface NabFileScore extends NabCounts {
  readonly raw: number;
}

export function scoreAtThreshold(
  anomalyScores: Float64Array,
  sweep: FileSweep,
  cost: NabCostMatrix,
  threshold: number
): NabFileScore {
  const best = new Map<number, number>();
  const counts: NabCounts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  let fpSum = 0;
  for (let i = 0; i < anomalyScores.length; i++) {
    const w = sweep.windowOf[i];
    if (w === PROBATIONARY) {
      continue;
    }
    const fired = anomalyScores[i] >= threshold;
    if (w === OUTSIDE_WINDOW) {
      counts[fired ? 'fp' : 'tn']++;
      fpSum += fired ? sweep.gain[i] * cost.fpWeight : 0;
    } else {
      counts[fired ? 'tp' : 'fn']++;
      const previous = best.get(w);
      const score = fired ? sweep.gain[i] * cost.tpWeight : -cost.fnWeight;
      best.set(w, previous === undefined ? score : Math.max(previous, score));
    }
  }
  let raw = fpSum;
  best.forEach((score) => (raw += score));
  return { raw, ...counts };
}
