/*
 * Morgoth's `kstest` fingerprinter: a window is summarised by its sorted values (the whole sample,
 * O(n) memory per stored fingerprint). Rule: stored and new match iff the two-sample KS statistic
 * D < c·√((n + m)/(n·m)), with c = [1.22, 1.36, 1.48, 1.63, 1.73, 1.95][confidence] (α ≈ 0.10 …
 * 0.001); fingerprints with different confidence settings never match.
 * Source: nathanielc/morgoth fingerprinters/kstest/kstest.go (c9874e8); default confidence 4 from
 * the pre-UDF fingerprinters/kstest/config.go.
 * Deviation: D is the textbook statistic (stats/ksStatistic.ts); Morgoth's tie handling inflates it.
 */
import { ksStatisticSorted } from '../../stats/ksStatistic';
import type { Fingerprinter } from './fingerprinter';

export interface KstestOptions {
  /** Index 0–5 into the critical-value table; higher means fewer anomalies. */
  readonly confidence: number;
}

export const KSTEST_DEFAULTS: KstestOptions = { confidence: 4 };

const CRITICAL_VALUES = [1.22, 1.36, 1.48, 1.63, 1.73, 1.95];

export interface KstestFingerprint {
  readonly confidence: number;
  readonly sorted: Float64Array;
}

/** c(α)·√((n + m)/(n·m)), the rejection threshold for D. */
export function kstestThreshold(confidence: number, n: number, m: number): number {
  return CRITICAL_VALUES[confidence] * Math.sqrt((n + m) / (n * m));
}

export function kstestFingerprinter(options: KstestOptions): Fingerprinter<KstestFingerprint> {
  return {
    fingerprint: (window) => ({ confidence: options.confidence, sorted: Float64Array.from(window).sort() }),
    isMatch: (stored, fresh) =>
      stored.confidence === fresh.confidence &&
      ksStatisticSorted(stored.sorted, fresh.sorted) <
        kstestThreshold(stored.confidence, stored.sorted.length, fresh.sorted.length),
  };
}
