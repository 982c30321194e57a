/*
 * Every-point (causal) mode: Skyline's verdict at each point i over the points with
 * t_i − FULL_DURATION < t ≤ t_i, evaluated at now = t_i; no later point is seen.
 * Rule: the same skip checks, void rules and consensus as latest-point mode, with each algorithm
 * in its incremental form over one shared RollingState: O(log w) work per point per algorithm,
 * plus one O(w) memmove in the sorted window, instead of O(w) arithmetic per algorithm. The plain
 * form re-runs only where the rounding filter cannot decide (rare; every point while a window
 * holds a value whose squares overflow).
 * Source: etsy/skyline src/analyzer/algorithms.py (run_selected_algorithm) @ 22ae09da.
 * Deviation: Stale never fires here (now is the last point's own time). Points dropped in
 * preparation (duplicates, NaN under 'drop') and skipped or void points get VERDICT_NONE and a
 * NaN score. The result's band is stddev_from_average's (μ ± 3·s₁) when that algorithm runs.
 */
import {
  type DetectionResult,
  type DetectorTrack,
  VERDICT_ANOMALOUS,
  VERDICT_NONE,
  VERDICT_NORMAL,
  type Series,
} from '../../types';
import { consensusReached, voteOf } from './etsyConsensus';
import { type SkylineOptions, resolveSkylineOptions } from './options';
import { prepareSeries } from './prepareSeries';
import { SKYLINE_REGISTRY } from './registry';
import { RollingState } from './rollingState';
import { BoredomTracker } from './skipChecks';
import { type AlgorithmResult, RAISES } from './window';

interface MutableTrack {
  readonly id: string;
  readonly verdicts: Int8Array;
  readonly score: Float64Array;
  readonly upper?: Float64Array;
  readonly lower?: Float64Array;
}

function nonFinitePrefix(values: Float64Array): Int32Array {
  const counts = new Int32Array(values.length + 1);
  for (let i = 0; i < values.length; i++) {
    counts[i + 1] = counts[i] + (Number.isFinite(values[i]) ? 0 : 1);
  }
  return counts;
}

/** Skyline at every point of `series`; throws a RangeError on invalid options or mismatched arrays. */
export function skylineEvery(series: Series, options?: Partial<SkylineOptions>): DetectionResult {
  const o = resolveSkylineOptions(options);
  const p = prepareSeries(series, o.nanPolicy);
  const size = series.timesMs.length;
  const m = p.timesMs.length;
  const state = new RollingState(p.timesMs, p.values);
  const rolling = o.algorithms.map((id) => SKYLINE_REGISTRY[id].rolling(state, o));
  const tracks: MutableTrack[] = o.algorithms.map((id, j) => ({
    id,
    verdicts: new Int8Array(size).fill(VERDICT_NONE),
    score: new Float64Array(size).fill(NaN),
    ...(rolling[j].band ? { upper: new Float64Array(size).fill(NaN), lower: new Float64Array(size).fill(NaN) } : {}),
  }));
  const verdictOut = tracks.map((t) => t.verdicts);
  const scoreOut = tracks.map((t) => t.score);
  const bandOut = rolling.flatMap((r, j) => {
    const { upper, lower } = tracks[j];
    return r.band && upper && lower ? [{ band: r.band, upper, lower }] : [];
  });
  const score = new Float64Array(size).fill(NaN);
  const anomalous = new Uint8Array(size);
  const votes = new Uint8Array(size);
  const nonFinite = nonFinitePrefix(p.values);
  const boredom = new BoredomTracker(p.values, o);
  const results: AlgorithmResult[] = new Array(rolling.length).fill(false);
  const skipped = { TooShort: 0, Stale: 0, Boring: 0, Error: 0 };
  const fullMs = o.fullDurationSec * 1000;
  // Imported bindings are getter calls under CommonJS interop; the per-point loop reads locals.
  const [anomalousCode, normalCode, noneCode] = [VERDICT_ANOMALOUS, VERDICT_NORMAL, VERDICT_NONE];
  const raises = RAISES;
  const [vote, reached] = [voteOf, consensusReached];
  let lo = 0;
  for (let k = 0; k < m; k++) {
    const nowMs = p.timesMs[k];
    while (p.timesMs[lo] <= nowMs - fullMs) {
      lo++;
    }
    const boring = boredom.isBoring(k, lo);
    const n = k + 1 - lo;
    const status =
      n < o.minTolerableLength
        ? 'TooShort'
        : 0 > o.stalePeriodSec * 1000
          ? 'Stale'
          : boring
            ? 'Boring'
            : nonFinite[k + 1] > nonFinite[lo]
              ? 'Error'
              : null;
    if (status !== null) {
      skipped[status]++;
      continue;
    }
    state.sync(lo, k + 1, nowMs);
    let raised = false;
    for (let j = 0; j < rolling.length; j++) {
      results[j] = rolling[j].evaluate();
      raised = raised || results[j] === raises;
    }
    if (raised) {
      skipped.Error++;
      continue;
    }
    const at = p.sourceIndex === null ? k : p.sourceIndex[k];
    let v = 0;
    for (let j = 0; j < rolling.length; j++) {
      const r = results[j];
      verdictOut[j][at] = r === true ? anomalousCode : r === false ? normalCode : noneCode;
      scoreOut[j][at] = r === true ? 1 : r === false ? 0 : NaN;
      v += r === raises ? 0 : vote(r, o.consensusMode);
    }
    for (const { band, upper, lower } of bandOut) {
      upper[at] = band.upper;
      lower[at] = band.lower;
    }
    votes[at] = v;
    score[at] = v / rolling.length;
    anomalous[at] = reached(v, rolling.length, o.consensus) ? 1 : 0;
  }
  const notices = [...p.notices];
  if (state.plainRuns > 0) {
    notices.push(`rounding filter undecided on ${state.plainRuns} window(s): re-ran the plain algorithm there`);
  }
  for (const [status, count] of Object.entries(skipped)) {
    if (count > 0) {
      notices.push(`${status} at ${count} point(s): no verdict there`);
    }
  }
  const reference = tracks.find((t) => t.id === 'stddev_from_average');
  const detectors: DetectorTrack[] = tracks;
  return {
    name: series.name,
    timesMs: series.timesMs,
    score,
    anomalous,
    votes,
    ...(reference?.upper && reference.lower ? { upper: reference.upper, lower: reference.lower } : {}),
    detectors,
    notices,
  };
}
