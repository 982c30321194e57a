/*
 * anode's three-sigma: a Welford running mean μ and sample standard deviation σ over every point so
 * far, the current one included, and the moving average MA3 of the last three points.
 * Rule: from the third point on, anomalous iff |MA3 − μ| > 3σ; the band is μ ± 3σ and the center μ.
 * Score: z = |MA3 − μ| / σ mapped to z / (z + 3), so 0 at the mean, 0.5 on the 3σ boundary and
 * towards 1 far outside (σ = 0: z = 0 when MA3 = μ, else score 1).
 * Source: mattrco/anode analyze/threesigma.go; vendor/github.com/eclesh/welford/welford.go.
 * Deviation: MA3 = a + ((b − a) + (c − a)) / 3 rather than (a + b + c) / 3, equal up to rounding but
 * exact on constant data, where the original's rounding (0.1 · 3 / 3 ≠ 0.1) flags every point.
 * NaN points (anode skips Graphite nulls) get VERDICT_NONE and do not enter μ, σ or MA3.
 */
import { type DetectionResult, type Series, VERDICT_ANOMALOUS, VERDICT_NONE, VERDICT_NORMAL } from '../../types';
import { combineTracks } from '../consensus';

/** Registry id of the detector. */
export const THREE_SIGMA_ID = 'three_sigma';

/** z / (z + 3): 0.5 exactly at the 3σ boundary; 1 for an infinite z. */
export function threeSigmaScore(z: number): number {
  return z === Infinity ? 1 : z / (z + 3);
}

export function threeSigma(series: Series): DetectionResult {
  const { values } = series;
  const n = values.length;
  const verdicts = new Int8Array(n).fill(VERDICT_NONE);
  const score = new Float64Array(n).fill(NaN);
  const center = new Float64Array(n).fill(NaN);
  const upper = new Float64Array(n).fill(NaN);
  const lower = new Float64Array(n).fill(NaN);
  let count = 0;
  let mean = 0;
  let m2 = 0;
  let a = NaN;
  let b = NaN;
  for (let i = 0; i < n; i++) {
    const c = values[i];
    if (Number.isNaN(c)) {
      continue;
    }
    count++;
    const delta = c - mean;
    mean += delta / count;
    m2 += delta * (c - mean);
    if (count >= 3) {
      const sigma = Math.sqrt(m2 / (count - 1));
      const deviation = Math.abs(a + (b - a + (c - a)) / 3 - mean);
      const z = sigma > 0 ? deviation / sigma : deviation === 0 ? 0 : Infinity;
      verdicts[i] = deviation > 3 * sigma ? VERDICT_ANOMALOUS : VERDICT_NORMAL;
      score[i] = threeSigmaScore(z);
      center[i] = mean;
      upper[i] = mean + 3 * sigma;
      lower[i] = mean - 3 * sigma;
    }
    a = b;
    b = c;
  }
  const track = { id: THREE_SIGMA_ID, verdicts, score, upper, lower, center };
  return combineTracks(series.name, series.timesMs, [track], { count: 1 });
}
