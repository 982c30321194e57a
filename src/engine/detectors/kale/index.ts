/*
 * kale: Kale's default anomaly detector, a streaming and causal ensemble of four parts.
 *  - kale_level: robust z of the value against the median / MAD of the `window` values before it;
 *  - kale_seasonal: robust z of the change since the same time one period ago (a day, a week),
 *    used instead of kale_level where that baseline fits better (its robust scale is smaller);
 *  - kale_change: robust z of the first difference (a jump, even inside the usual range);
 *  - kale_likelihood: Numenta's anomaly likelihood over the raw score max(level or seasonal, change).
 * Rule: combined = max of the used parts' scores (each z / (z + zHalf)), then suppression after an
 * alarm; anomalous iff combined ≥ threshold (0.5 by default, z = zHalf). Every score at a point
 * depends only on that point and earlier ones. Non-finite values (and |x| > 1e150) get no verdict.
 * Source: see robustZ.ts, seasonalLag.ts, likelihood.ts, suppression.ts.
 * Deviation: an ensemble of our own; the parameters were tuned on NAB's development subset only.
 */
import { MAX_ABS_VALUE } from '../../cleanSeries';
import {
  type DetectionResult,
  type DetectorTrack,
  type Series,
  VERDICT_ANOMALOUS,
  VERDICT_NONE,
  VERDICT_NORMAL,
} from '../../types';
import { likelihoodZ } from './likelihood';
import { KALE_DEFAULTS, type KaleOptions } from './options';
import { robustZ, type RobustZ } from './robustZ';
import { medianStepMs, seasonalLag, STEP_SAMPLE } from './seasonalLag';
import { suppress } from './suppression';

export { KALE_DEFAULTS, type KaleOptions } from './options';

export const KALE_IDS = ['kale_level', 'kale_seasonal', 'kale_change', 'kale_likelihood'] as const;

/** Score of a z: |z| / (|z| + zHalf), 1 for an infinite z, NaN for NaN. */
export function zScore(z: number, zHalf: number): number {
  const a = Math.abs(z);
  return a === Infinity ? 1 : a / (a + zHalf);
}

interface Part {
  readonly z: Float64Array;
  readonly scale: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

function emptyPart(n: number): Part {
  const nan = () => new Float64Array(n).fill(NaN);
  return { z: nan(), scale: nan(), lower: nan(), upper: nan() };
}

/** Spreads a robust z computed on `derived` (derived[k] belongs to compact point k + offset) over the series. */
function spread(part: Part, r: RobustZ, at: Uint32Array, offset: number, base: (k: number) => number, zHalf: number): void {
  for (let j = 0; j < r.z.length; j++) {
    if (Number.isNaN(r.z[j])) {
      continue;
    }
    const k = j + offset;
    const i = at[k];
    const c = base(k) + r.center[j];
    part.z[i] = Math.abs(r.z[j]);
    part.scale[i] = r.scale[j];
    part.lower[i] = c - zHalf * r.scale[j];
    part.upper[i] = c + zHalf * r.scale[j];
  }
}

function seasonalPart(xs: Float64Array, at: Uint32Array, n: number, stepMs: number, o: KaleOptions): Part {
  const best = emptyPart(n);
  for (const periodMs of o.periodsMs) {
    const lag = seasonalLag(stepMs, periodMs);
    if (lag === 0 || lag >= xs.length) {
      continue;
    }
    const residual = xs.subarray(lag).map((x, j) => x - xs[j]);
    const part = emptyPart(n);
    spread(part, robustZ(residual, o.window, o.minHistory, o.rangeFloor), at, lag, (k) => xs[k - lag], o.zHalf);
    for (let i = 0; i < n; i++) {
      if (part.scale[i] < best.scale[i] || (Number.isNaN(best.scale[i]) && !Number.isNaN(part.scale[i]))) {
        best.z[i] = part.z[i];
        best.scale[i] = part.scale[i];
        best.lower[i] = part.lower[i];
        best.upper[i] = part.upper[i];
      }
    }
  }
  return best;
}

function track(id: string, score: Float64Array, threshold: number, band?: Part): DetectorTrack {
  const verdicts = new Int8Array(score.length).map((_, i) =>
    Number.isNaN(score[i]) ? VERDICT_NONE : score[i] >= threshold ? VERDICT_ANOMALOUS : VERDICT_NORMAL
  );
  return band ? { id, verdicts, score, lower: band.lower, upper: band.upper } : { id, verdicts, score };
}

/** Runs kale over one series (timestamps ascending, as detect() guarantees). */
export function kale(series: Series, options: Partial<KaleOptions> = {}): DetectionResult {
  const o: KaleOptions = { ...KALE_DEFAULTS, ...options, minHistory: Math.max(options.minHistory ?? KALE_DEFAULTS.minHistory, STEP_SAMPLE) };
  const { values, timesMs } = series;
  const n = values.length;
  const finite = new Uint32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (Math.abs(values[i]) <= MAX_ABS_VALUE) {
      finite[m++] = i;
    }
  }
  const at = finite.subarray(0, m);
  const xs = Float64Array.from(at, (i) => values[i]);
  const level = emptyPart(n);
  spread(level, robustZ(xs, o.window, o.minHistory, o.rangeFloor), at, 0, () => 0, o.zHalf);
  const change = emptyPart(n);
  const diffs = xs.subarray(1).map((x, j) => x - xs[j]);
  spread(change, robustZ(diffs, o.window, o.minHistory, o.rangeFloor), at, 1, (k) => xs[k - 1], o.zHalf);
  const seasonal = seasonalPart(xs, Float64Array.from(at, (i) => timesMs[i]).length > 0 ? at : at, n, medianStepMs(Float64Array.from(at, (i) => timesMs[i])), o);

  const levelScore = new Float64Array(n).fill(NaN);
  const seasonalScore = new Float64Array(n).fill(NaN);
  const changeScore = new Float64Array(n).fill(NaN);
  const raw = new Float64Array(n).fill(NaN);
  for (const i of at) {
    levelScore[i] = zScore(level.z[i], o.zHalf);
    seasonalScore[i] = zScore(seasonal.z[i], o.zHalf);
    changeScore[i] = zScore(change.z[i], o.zHalf);
    const useSeasonal = seasonal.scale[i] < level.scale[i];
    const base = useSeasonal ? seasonalScore[i] : levelScore[i];
    raw[i] = Number.isNaN(base) ? NaN : Math.max(base, Number.isNaN(changeScore[i]) ? 0 : changeScore[i]);
  }
  const lz = likelihoodZ(raw, o.likelihood);
  const likelihoodScore = lz.map((z) => (Number.isNaN(z) ? NaN : z > 0 ? zScore(z, o.zHalf) : 0));
  const combined = new Float64Array(n).fill(NaN);
  for (const i of at) {
    const l = likelihoodScore[i];
    combined[i] = Number.isNaN(raw[i]) ? NaN : Number.isNaN(l) ? raw[i] : Math.max(raw[i], l);
  }
  const score = suppress(combined, o);
  const tracks = [
    track('kale_level', levelScore, o.threshold, level),
    track('kale_seasonal', seasonalScore, o.threshold, seasonal),
    track('kale_change', changeScore, o.threshold, change),
    track('kale_likelihood', likelihoodScore, o.threshold),
  ];
  const anomalous = new Uint8Array(n).map((_, i) => (score[i] >= o.threshold ? 1 : 0));
  const votes = new Uint8Array(n).map((_, i) => tracks.reduce((v, t) => v + (t.verdicts[i] === VERDICT_ANOMALOUS ? 1 : 0), 0));
  return { name: series.name, timesMs, score, anomalous, votes, detectors: tracks, notices: [] };
}
