/*
 * Morgoth's `jsdiv` fingerprinter: a window is summarised by its histogram with bins ⌊x / binWidth⌋
 * (anchored at 0). Rule: with M = ½(P + Q), D = H(M) − ½H(P) − ½H(Q) in bits, k = highest − lowest
 * bin over the configured span and both histograms, s = P((k − 1)/2, (n_P + n_Q)·ln2·D);
 * stored and new match iff s < pValue (windows must be more alike than chance, as in Morgoth).
 * Source: nathanielc/morgoth fingerprinters/jsdiv/jsdiv.go (c9874e8).
 * Deviation: s uses an exact regularized incomplete gamma (stats/incompleteGamma.ts) instead of
 * Morgoth's 20-term series, which collapses towards 0 for large statistics and so made clearly
 * different windows match. Morgoth requires min, max and binWidth; `jsdivDefaultsFor` derives them
 * from the whole series' range (20 bins) when the caller leaves them out, so the bin layout, not the
 * verdicts' data, sees values that arrive later; pass them explicitly for strictly causal runs.
 */
import { regularizedGammaP } from '../../stats/incompleteGamma';
import type { Fingerprinter } from './fingerprinter';

export interface JsdivOptions {
  /** Expected minimum of the window data (only ⌊min / binWidth⌋ is used: the minimum bin span). */
  readonly min: number;
  /** Expected maximum of the window data; (max − min) / binWidth must be ≥ 3. */
  readonly max: number;
  /** Histogram bin width, > 0, in the series' units. */
  readonly binWidth: number;
  /** Match iff s < pValue; 0 < pValue ≤ 1. Morgoth's doc comment calls 0.05 typical. */
  readonly pValue: number;
}

export const JSDIV_DEFAULT_P_VALUE = 0.05;
const DEFAULT_BIN_COUNT = 20;

export interface JsdivFingerprint {
  /** Occupied bin indices, ascending. */
  readonly bins: Float64Array;
  /** Relative frequency of each occupied bin (sums to 1). */
  readonly freqs: Float64Array;
  readonly count: number;
  readonly entropyBits: number;
}

/** Options spanning the finite range of `values` in 20 bins, for callers that gave none. */
export function jsdivDefaultsFor(values: Float64Array): JsdivOptions {
  let min = Infinity;
  let max = -Infinity;
  for (const x of values) {
    if (Number.isFinite(x)) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
  }
  if (min === Infinity) {
    min = 0;
    max = 0;
  }
  const span = max > min ? max - min : Math.max(Math.abs(min), 1);
  return { min, max: min + span, binWidth: span / DEFAULT_BIN_COUNT, pValue: JSDIV_DEFAULT_P_VALUE };
}

function entropyTerm(p: number): number {
  return p > 0 ? -p * Math.log2(p) : 0;
}

function histogram(window: Float64Array, binWidth: number): JsdivFingerprint {
  const indices = new Float64Array(window.length);
  for (let i = 0; i < window.length; i++) {
    indices[i] = Math.floor(window[i] / binWidth);
  }
  indices.sort();
  const bins: number[] = [];
  const freqs: number[] = [];
  let entropyBits = 0;
  for (let i = 0; i < indices.length;) {
    let j = i;
    while (j < indices.length && indices[j] === indices[i]) {
      j++;
    }
    const freq = (j - i) / indices.length;
    bins.push(indices[i]);
    freqs.push(freq);
    entropyBits += entropyTerm(freq);
    i = j;
  }
  return { bins: Float64Array.from(bins), freqs: Float64Array.from(freqs), count: indices.length, entropyBits };
}

/** s = P((k − 1)/2, (n_P + n_Q)·ln2·D), the χ² CDF of the scaled JS divergence. */
export function jsdivSignificance(
  p: JsdivFingerprint,
  q: JsdivFingerprint,
  minIndex: number,
  maxIndex: number
): number {
  const lo = Math.min(minIndex, p.bins[0], q.bins[0]);
  const hi = Math.max(maxIndex, p.bins[p.bins.length - 1], q.bins[q.bins.length - 1]);
  let mixtureEntropy = 0;
  let i = 0;
  let j = 0;
  while (i < p.bins.length || j < q.bins.length) {
    const bin = Math.min(i < p.bins.length ? p.bins[i] : Infinity, j < q.bins.length ? q.bins[j] : Infinity);
    const pf = i < p.bins.length && p.bins[i] === bin ? p.freqs[i++] : 0;
    const qf = j < q.bins.length && q.bins[j] === bin ? q.freqs[j++] : 0;
    mixtureEntropy += entropyTerm(0.5 * (pf + qf));
  }
  const divergence = Math.max(0, mixtureEntropy - 0.5 * (p.entropyBits + q.entropyBits));
  return regularizedGammaP(0.5 * (hi - lo - 1), (p.count + q.count) * Math.LN2 * divergence);
}

export function jsdivFingerprinter(options: JsdivOptions): Fingerprinter<JsdivFingerprint> {
  const minIndex = Math.floor(options.min / options.binWidth);
  const maxIndex = Math.floor(options.max / options.binWidth);
  return {
    fingerprint: (window) => histogram(window, options.binWidth),
    isMatch: (stored, fresh) => jsdivSignificance(stored, fresh, minIndex, maxIndex) < options.pValue,
  };
}
