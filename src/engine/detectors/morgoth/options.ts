/*
 * Morgoth's options, defaults and validation: window length, Lossy Counting tolerances, the
 * consensus and the list of fingerprinters (each kind may repeat, as `.sigma(3).sigma(2)` can).
 * Rule: minSupport > errorTolerance, both in (0, 1]; consensus in [0, 1] or −1 (average support);
 * sigma deviations > 0; kstest confidence an integer 0–5; jsdiv binWidth > 0, 0 < pValue ≤ 1,
 * (max − min)/binWidth ≥ 3.
 * Source: nathanielc/morgoth cmd/morgoth/main.go (defaults 0.05 / 0.01 / 0.5, validation).
 * Deviation: Morgoth gets its windows from Kapacitor; here `windowPoints` (default 10) or
 * `windowMs` cut them. The default fingerprinter list is the README's `.sigma(3.0)`.
 */
import type { JsdivOptions } from './jsdiv';
import type { KstestOptions } from './kstest';
import { DEFAULT_ERROR_TOLERANCE } from './lossyCounting';
import type { SigmaOptions } from './sigma';
import type { WindowOptions } from './windowing';

export type FingerprinterSpec =
  | ({ readonly kind: 'sigma' } & Partial<SigmaOptions>)
  | ({ readonly kind: 'kstest' } & Partial<KstestOptions>)
  | ({ readonly kind: 'jsdiv' } & Partial<JsdivOptions>);

export type FingerprinterKind = FingerprinterSpec['kind'];

/** Registry ids of the fingerprinters, Morgoth's own names. */
export const FINGERPRINTER_KINDS: readonly FingerprinterKind[] = ['sigma', 'kstest', 'jsdiv'];

export interface MorgothOptions extends WindowOptions {
  /** A fingerprinter calls a window anomalous iff its support ≤ minSupport. */
  readonly minSupport: number;
  /** Lossy Counting error tolerance e. */
  readonly errorTolerance: number;
  /** Anomalous iff votes / fingerprinters ≥ consensus; −1: iff average support ≤ minSupport. */
  readonly consensus: number;
  readonly fingerprinters: readonly FingerprinterSpec[];
}

export const MORGOTH_DEFAULTS: MorgothOptions = {
  windowPoints: 10,
  minSupport: 0.05,
  errorTolerance: DEFAULT_ERROR_TOLERANCE,
  consensus: 0.5,
  fingerprinters: [{ kind: 'sigma' }],
};

/** Fills every option left out (or undefined) in `partial` from MORGOTH_DEFAULTS. */
export function resolveMorgothOptions(partial: Partial<MorgothOptions> = {}): MorgothOptions {
  const d = MORGOTH_DEFAULTS;
  return {
    windowPoints: partial.windowPoints ?? d.windowPoints,
    windowMs: partial.windowMs ?? d.windowMs,
    minSupport: partial.minSupport ?? d.minSupport,
    errorTolerance: partial.errorTolerance ?? d.errorTolerance,
    consensus: partial.consensus ?? d.consensus,
    fingerprinters: partial.fingerprinters ?? d.fingerprinters,
  };
}

function specProblems(spec: FingerprinterSpec, label: string): string[] {
  const problems: string[] = [];
  if (spec.kind === 'sigma' && spec.deviations !== undefined && !(spec.deviations > 0)) {
    problems.push(`${label}: deviations must be > 0, got ${spec.deviations}`);
  }
  if (spec.kind === 'kstest' && spec.confidence !== undefined) {
    if (!Number.isInteger(spec.confidence) || spec.confidence < 0 || spec.confidence > 5) {
      problems.push(`${label}: confidence must be an integer 0–5, got ${spec.confidence}`);
    }
  }
  if (spec.kind === 'jsdiv') {
    if (spec.binWidth !== undefined && !(spec.binWidth > 0 && Number.isFinite(spec.binWidth))) {
      problems.push(`${label}: binWidth must be a finite number > 0, got ${spec.binWidth}`);
    }
    if (spec.pValue !== undefined && !(spec.pValue > 0 && spec.pValue <= 1)) {
      problems.push(`${label}: pValue must be in (0, 1], got ${spec.pValue}`);
    }
    const given = [spec.min, spec.max, spec.binWidth].filter((v) => v !== undefined).length;
    if (given !== 0 && given !== 3) {
      problems.push(`${label}: give all of min, max and binWidth, or none (derived from the series)`);
    } else if (given === 3 && !(((spec.max ?? 0) - (spec.min ?? 0)) / (spec.binWidth ?? 1) >= 3)) {
      problems.push(
        `${label}: (max − min) / binWidth must be ≥ 3, got min ${spec.min}, max ${spec.max}, binWidth ${spec.binWidth}`
      );
    }
  }
  return problems;
}

/** Every problem with `o`, each naming the offending value; empty when the options are valid. */
export function morgothOptionProblems(o: MorgothOptions): string[] {
  const problems: string[] = [];
  if (!(Number.isInteger(o.windowPoints) && o.windowPoints >= 1)) {
    problems.push(`windowPoints must be an integer ≥ 1, got ${o.windowPoints}`);
  }
  if (o.windowMs !== undefined && !(o.windowMs > 0 && Number.isFinite(o.windowMs))) {
    problems.push(`windowMs must be a finite number > 0, got ${o.windowMs}`);
  }
  if (!(o.errorTolerance > 0 && o.errorTolerance <= 1)) {
    problems.push(`errorTolerance must be in (0, 1], got ${o.errorTolerance}`);
  }
  if (!(o.minSupport > o.errorTolerance && o.minSupport <= 1)) {
    problems.push(
      `minSupport must be in (errorTolerance, 1], got ${o.minSupport} with errorTolerance ${o.errorTolerance}`
    );
  }
  if (!((o.consensus >= 0 && o.consensus <= 1) || o.consensus === -1)) {
    problems.push(`consensus must be in [0, 1] or −1, got ${o.consensus}`);
  }
  if (o.fingerprinters.length === 0) {
    problems.push('fingerprinters must list at least one of sigma, kstest, jsdiv');
  }
  o.fingerprinters.forEach((spec, i) => {
    if (!FINGERPRINTER_KINDS.includes(spec.kind)) {
      problems.push(`fingerprinters[${i}]: unknown kind ${String(spec.kind)}`);
    } else {
      problems.push(...specProblems(spec, `${spec.kind}-${i}`));
    }
  });
  return problems;
}
