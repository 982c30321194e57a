/*
 * kale: Kale's default anomaly detector, a streaming and causal ensemble of three parts, each
 * asking "is this beyond everything seen in the last `window` points, and by how much?":
 *  - kale_value: the value against the range of the values before it;
 *  - kale_smooth: the trailing mean of `smoothSpan` values against the range of earlier means
 *    (a sustained shift in a noisy series);
 *  - kale_seasonal: the change from the seasonal baseline against the range of earlier such
 *    changes (an anomaly that stays inside the daily swing). The baseline is the nearer of two
 *    references (nearerBaseline.ts), each the median of the same time one, two and three periods
 *    ago, matched by timestamp (seasonalBaseline.ts): periods of a day and of a week, so a weekend
 *    does not look anomalous once a week is known. The medians keep one anomalous day (or week)
 *    from echoing into the next; where no baseline exists (a gap) the previous change is repeated,
 *    so it adds nothing to the history.
 * Rule: part score = e / (e + excessHalf) for the excess e (rangeExceedance.ts); combined = the
 * largest part score, then suppression after an alarm (suppression.ts); anomalous iff combined ≥
 * threshold. A score at a point depends only on that point and earlier ones. Non-finite values
 * (and |x| > 1e150) are skipped: no verdict, and they do not enter any history.
 * Source: see rangeExceedance.ts, trailingMean.ts, seasonalBaseline.ts, nearerBaseline.ts,
 * seasonalLag.ts, suppression.ts.
 * Deviation: an ensemble of our own, tuned on NAB's development subset only; what was tried there
 * and dropped, with its scores, is in docs/kale-experiments.md.
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
import { KALE_DEFAULTS, kaleOptionProblems, type KaleOptions } from './options';
import { rangeExceedance } from './rangeExceedance';
import { seasonalBaseline } from './seasonalBaseline';
import { nearerBaseline } from './nearerBaseline';
import { STEP_SAMPLE } from './seasonalLag';
import { suppress } from './suppression';
import { trailingMean } from './trailingMean';

export { KALE_DEFAULTS, kaleOptionProblems, type KaleOptions } from './options';

export const KALE_IDS = ['kale_value', 'kale_smooth', 'kale_seasonal'] as const;

/** A part's score for excess e: e / (e + half); 1 for an infinite excess; NaN for NaN. */
export function excessScore(e: number, half: number): number {
  return e === Infinity ? 1 : e / (e + half);
}

/**
 * One part's track over the whole series from its statistic y over the finite points (`at[k]` is
 * the series index of y[k]); y[k] for k < start is undefined. `base(k)` shifts the band into
 * value units (the seasonal part's band is the value one period ago plus the range of changes).
 */
function part(
  id: string,
  y: Float64Array,
  start: number,
  at: Uint32Array,
  n: number,
  o: KaleOptions,
  base: (k: number) => number
): DetectorTrack {
  const { excess, lo, hi } = rangeExceedance(y, start, o.window, o.minHistory);
  const verdicts = new Int8Array(n).fill(VERDICT_NONE);
  const score = new Float64Array(n).fill(NaN);
  const lower = new Float64Array(n).fill(NaN);
  const upper = new Float64Array(n).fill(NaN);
  for (let k = start; k < y.length; k++) {
    if (!Number.isNaN(excess[k])) {
      const i = at[k];
      score[i] = excessScore(excess[k], o.excessHalf);
      verdicts[i] = score[i] >= o.threshold ? VERDICT_ANOMALOUS : VERDICT_NORMAL;
      lower[i] = base(k) + lo[k];
      upper[i] = base(k) + hi[k];
    }
  }
  return { id, verdicts, score, lower, upper };
}

function seasonalTrack(
  xs: Float64Array,
  times: Float64Array,
  at: Uint32Array,
  n: number,
  o: KaleOptions
): DetectorTrack {
  const weekly = o.weekMs > 0 ? seasonalBaseline(xs, times, o.weekMs) : new Float64Array(xs.length).fill(NaN);
  const base = nearerBaseline(xs, seasonalBaseline(xs, times, o.periodMs), weekly);
  const residual = new Float64Array(xs.length);
  let start = xs.length;
  for (let k = 0; k < xs.length; k++) {
    if (start < k) {
      residual[k] = Number.isNaN(base[k]) ? residual[k - 1] : xs[k] - base[k];
    } else if (!Number.isNaN(base[k])) {
      start = k;
      residual[k] = xs[k] - base[k];
    }
  }
  return part('kale_seasonal', residual, start, at, n, o, (k) => base[k]);
}

/** Runs kale over one series (timestamps ascending, as detect() guarantees); throws on bad options. */
export function kale(series: Series, options: Partial<KaleOptions> = {}): DetectionResult {
  const o: KaleOptions = { ...KALE_DEFAULTS, ...options };
  const problems = kaleOptionProblems(o);
  if (problems.length > 0) {
    throw new Error(`kale options: ${problems.join('; ')}`);
  }
  const minHistory = Math.max(o.minHistory, STEP_SAMPLE);
  const opts = { ...o, minHistory };
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
  const xs = new Float64Array(m);
  const times = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    xs[k] = values[at[k]];
    times[k] = timesMs[at[k]];
  }
  const tracks = [
    part('kale_value', xs, 0, at, n, opts, () => 0),
    part('kale_smooth', trailingMean(xs, o.smoothSpan), o.smoothSpan - 1, at, n, opts, () => 0),
    seasonalTrack(xs, times, at, n, opts),
  ];
  const combined = new Float64Array(n).fill(NaN);
  for (const t of tracks) {
    for (let i = 0; i < n; i++) {
      const s = t.score[i];
      combined[i] = Number.isNaN(combined[i]) || s > combined[i] ? s : combined[i];
    }
  }
  const score = suppress(combined, o);
  const anomalous = new Uint8Array(n);
  const votes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    anomalous[i] = score[i] >= o.threshold ? 1 : 0;
    for (const t of tracks) {
      votes[i] += t.verdicts[i] === VERDICT_ANOMALOUS ? 1 : 0;
    }
  }
  const band = tracks[0];
  return {
    name: series.name,
    timesMs,
    score,
    anomalous,
    votes,
    lower: band.lower,
    upper: band.upper,
    detectors: tracks,
    notices: [],
  };
}
