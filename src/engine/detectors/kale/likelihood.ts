/*
 * Anomaly likelihood over a stream of raw scores: is the recent average raw score unusually high
 * for this series? It turns raw scores, whose level differs from series to series, into one scale.
 * Rule: m = mean of the last `averaging` raw scores; μ, σ = mean and standard deviation of the last
 * `history` raw scores before those; z = (m − μ) / max(σ, minSigma), NaN until `minHistory` raw
 * scores exist. A NaN raw score is skipped (it neither enters nor moves the windows).
 * Source: Numenta's anomaly likelihood (S. Ahmad et al., "Unsupervised real-time anomaly detection
 * for streaming data", Neurocomputing 262, 2017; nupic/algorithms/anomaly_likelihood.py):
 * short-term average of 10 raw scores against a Gaussian fitted to the long-run raw scores.
 * Deviation: we return the Gaussian z rather than the tail probability (kale maps every part's z
 * to a score the same way); the Gaussian is refreshed every point from running sums, not refitted
 * every few hundred records; the recent scores are kept out of the long-run fit.
 */

export interface LikelihoodOptions {
  /** Raw scores in the short-term mean (Numenta: 10). */
  readonly averaging: number;
  /** Raw scores in the long-run fit. */
  readonly history: number;
  /** Long-run raw scores needed before a z is given. */
  readonly minHistory: number;
  /** Lower bound of σ, so a perfectly quiet history does not turn noise into certainty. */
  readonly minSigma: number;
}

/** Likelihood z of every point of `raw` (length n, NaN = no raw score). */
export function likelihoodZ(raw: Float64Array, options: LikelihoodOptions): Float64Array {
  const { averaging, history, minHistory, minSigma } = options;
  const n = raw.length;
  const out = new Float64Array(n).fill(NaN);
  const ring = new Float64Array(averaging + history);
  let count = 0;
  let shortSum = 0;
  let longSum = 0;
  let longSq = 0;
  for (let i = 0; i < n; i++) {
    const r = raw[i];
    if (Number.isNaN(r)) {
      continue;
    }
    const cap = ring.length;
    if (count >= averaging) {
      const moving = ring[(count - averaging) % cap];
      shortSum -= moving;
      longSum += moving;
      longSq += moving * moving;
    }
    if (count >= cap) {
      const leaving = ring[count % cap];
      longSum -= leaving;
      longSq -= leaving * leaving;
    }
    ring[count % cap] = r;
    shortSum += r;
    count++;
    const longCount = Math.min(Math.max(count - averaging, 0), history);
    if (longCount >= minHistory) {
      const mu = longSum / longCount;
      const sigma = Math.sqrt(Math.max(longSq / longCount - mu * mu, 0));
      out[i] = (shortSum / Math.min(count, averaging) - mu) / Math.max(sigma, minSigma);
    }
  }
  return out;
}
