/*
 * NAB's normalised score: where a raw score sits between the null and the perfect detector.
 * Rule: 100 × (raw − raw_null) / (raw_perfect − raw_null), with raw_null = −fnWeight × windows
 * the null detector misses and raw_perfect = tpWeight × windows in the labels.
 * Source: numenta/NAB nab/runner.py (`normalize`), commit ea702d7.
 * Deviation: NAB scores its shipped null detector's results for raw_null; we use the closed form
 * it always yields. With no windows at all the score is undefined and we return NaN.
 */
import type { NabCostMatrix } from './profiles';

export function nullRawScore(scoredWindows: number, cost: NabCostMatrix): number {
  return -scoredWindows * cost.fnWeight;
}

export function perfectRawScore(labelledWindows: number, cost: NabCostMatrix): number {
  return labelledWindows * cost.tpWeight;
}

export function normalizeScore(raw: number, nullRaw: number, perfectRaw: number): number {
  const span = perfectRaw - nullRaw;
  return span > 0 ? (100 * (raw - nullRaw)) / span : NaN;
}
