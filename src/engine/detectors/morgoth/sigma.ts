/*
 * Morgoth's `sigma` fingerprinter: a window is summarised by its mean μ and τ = k·σ, where σ is the
 * population standard deviation (divide by n). Rule: stored S matches new N iff |μ_S − μ_N| ≤ τ_S,
 * the stored fingerprint's threshold.
 * Source: nathanielc/morgoth fingerprinters/sigma/sigma.go (c9874e8); `.sigma(3.0)` in the README.
 */
import { moments, populationStd } from '../../stats/moments';
import type { Fingerprinter } from './fingerprinter';

export interface SigmaOptions {
  /** k, the number of standard deviations; must be > 0. */
  readonly deviations: number;
}

export const SIGMA_DEFAULTS: SigmaOptions = { deviations: 3 };

export interface SigmaFingerprint {
  readonly mean: number;
  readonly threshold: number;
}

export function sigmaFingerprinter(options: SigmaOptions): Fingerprinter<SigmaFingerprint> {
  return {
    fingerprint(window) {
      const m = moments(window);
      return { mean: m.mean, threshold: options.deviations * populationStd(m) };
    },
    isMatch(stored, fresh) {
      return Math.abs(stored.mean - fresh.mean) <= stored.threshold;
    },
  };
}
