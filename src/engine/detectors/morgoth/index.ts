/*
 * Morgoth: every closed window is fingerprinted by each configured fingerprinter, each
 * fingerprinter's Lossy Counting dictionary gives the window's support, and the votes are combined.
 * Rule: a fingerprinter votes anomalous iff support ≤ minSupport; the window is anomalous iff
 * votes / fingerprinters ≥ consensus (consensus −1: iff average support ≤ minSupport). Score: each
 * fingerprinter's track scores 1 − support (anomalous iff score ≥ 1 − minSupport, 0.95 by default)
 * and the window scores 1 − average support, their mean. Every finite point of a closed window
 * carries that window's verdict and score, as the UDF sends the whole batch back; NaN points and
 * the still-open last window get VERDICT_NONE. Each track reports `uniqueFingerprints` (Morgoth's
 * tuning gauge, after the last window) and `windows` (windows counted) in `diagnostics`.
 * Source: nathanielc/morgoth detector.go and cmd/morgoth/main.go (c9874e8).
 */
import {
  type DetectionResult,
  type DetectorTrack,
  type Series,
  VERDICT_ANOMALOUS,
  VERDICT_NONE,
  VERDICT_NORMAL,
} from '../../types';
import { combineTracks } from '../consensus';
import type { Fingerprinter } from './fingerprinter';
import { JSDIV_DEFAULT_P_VALUE, jsdivDefaultsFor, jsdivFingerprinter } from './jsdiv';
import { KSTEST_DEFAULTS, kstestFingerprinter } from './kstest';
import { LossyCounter } from './lossyCounting';
import { type FingerprinterSpec, type MorgothOptions, resolveMorgothOptions } from './options';
import { SIGMA_DEFAULTS, sigmaFingerprinter } from './sigma';
import { closedWindowBounds } from './windowing';

export type { FingerprinterSpec, MorgothOptions } from './options';
export { MORGOTH_DEFAULTS, FINGERPRINTER_KINDS, morgothOptionProblems } from './options';

interface Channel {
  /** Counts one window and returns its support. */
  count(window: Float64Array): number;
  uniqueFingerprints(): number;
}

function channel<F>(fingerprinter: Fingerprinter<F>, errorTolerance: number): Channel {
  const counter = new LossyCounter<F>(errorTolerance, (stored, fresh) => fingerprinter.isMatch(stored, fresh));
  return {
    count: (window) => counter.count(fingerprinter.fingerprint(window)),
    uniqueFingerprints: () => counter.uniqueFingerprints,
  };
}

function channelFor(spec: FingerprinterSpec, values: Float64Array, errorTolerance: number): Channel {
  switch (spec.kind) {
    case 'sigma':
      return channel(sigmaFingerprinter({ deviations: spec.deviations ?? SIGMA_DEFAULTS.deviations }), errorTolerance);
    case 'kstest':
      return channel(
        kstestFingerprinter({ confidence: spec.confidence ?? KSTEST_DEFAULTS.confidence }),
        errorTolerance
      );
    case 'jsdiv': {
      const { min, max, binWidth } = spec;
      const range =
        min !== undefined && max !== undefined && binWidth !== undefined
          ? { min, max, binWidth }
          : jsdivDefaultsFor(values);
      return channel(jsdivFingerprinter({ ...range, pValue: spec.pValue ?? JSDIV_DEFAULT_P_VALUE }), errorTolerance);
    }
  }
}

/** `kind` when the kind appears once in the list, else Morgoth's `<kind>-<position>`. */
function trackId(specs: readonly FingerprinterSpec[], i: number): string {
  const kind = specs[i].kind;
  return specs.filter((s) => s.kind === kind).length === 1 ? kind : `${kind}-${i}`;
}

/** Runs Morgoth over one series. Options are assumed valid (see `morgothOptionProblems`). */
export function detectMorgoth(series: Series, options: Partial<MorgothOptions> = {}): DetectionResult {
  const o = resolveMorgothOptions(options);
  const { values } = series;
  const n = values.length;
  const bounds = closedWindowBounds(series.timesMs, o);
  const channels = o.fingerprinters.map((spec) => channelFor(spec, values, o.errorTolerance));
  const verdicts = channels.map(() => new Int8Array(n).fill(VERDICT_NONE));
  const scores = channels.map(() => new Float64Array(n).fill(NaN));
  const averageSupportLow = new Uint8Array(n);
  let longest = 0;
  for (let w = 0; w + 1 < bounds.length; w++) {
    longest = Math.max(longest, bounds[w + 1] - bounds[w]);
  }
  const scratch = new Float64Array(longest);
  let windows = 0;
  for (let w = 0; w + 1 < bounds.length; w++) {
    const start = bounds[w];
    const end = bounds[w + 1];
    let m = 0;
    for (let i = start; i < end; i++) {
      if (!Number.isNaN(values[i])) {
        scratch[m++] = values[i];
      }
    }
    if (m === 0) {
      continue;
    }
    windows++;
    let supportSum = 0;
    channels.forEach((c, k) => {
      const support = c.count(scratch.subarray(0, m));
      supportSum += support;
      const verdict = support <= o.minSupport ? VERDICT_ANOMALOUS : VERDICT_NORMAL;
      for (let i = start; i < end; i++) {
        if (!Number.isNaN(values[i])) {
          verdicts[k][i] = verdict;
          scores[k][i] = 1 - support;
        }
      }
    });
    const low = supportSum / channels.length <= o.minSupport ? 1 : 0;
    for (let i = start; i < end; i++) {
      averageSupportLow[i] = low && !Number.isNaN(values[i]) ? 1 : 0;
    }
  }
  const tracks: DetectorTrack[] = channels.map((c, k) => ({
    id: trackId(o.fingerprinters, k),
    verdicts: verdicts[k],
    score: scores[k],
    diagnostics: { uniqueFingerprints: c.uniqueFingerprints(), windows },
  }));
  const combined = combineTracks(series.name, series.timesMs, tracks, { fraction: Math.max(0, o.consensus) });
  return o.consensus === -1 ? { ...combined, anomalous: averageSupportLow } : combined;
}
