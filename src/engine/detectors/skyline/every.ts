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
 * NaN score, as do points before `verdictsFromMs`, which only feed the windows. The result's
 * band is stddev_from_average's (μ ± 3·s₁) when that algorithm runs.
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
import { allocateOutputs } from './everyOutputs';
import { type SkylineOptions, resolveSkylineOptions } from './options';
import { prepareSeries } from './prepareSeries';
import { SKYLINE_REGISTRY } from './registry';
import { RollingState } from './rollingState';
import { BoredomTracker } from './skipChecks';
import { RAISES } from './window';

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
  const hasBand = rolling.map((r) => r.band !== undefined);
  const { floats, codes, bandAt, tracks, score, anomalous, votes } = allocateOutputs(o.algorithms, hasBand, size);
  const bands = rolling.flatMap((r) => (r.band ? [r.band] : []));
  const count = rolling.length;
  const mode = o.consensusMode;
  const nonFinite = nonFinitePrefix(p.values);
  const boredom = new BoredomTracker(p.values, o);
  const skipped = { TooShort: 0, Stale: 0, Boring: 0, Error: 0 };
  const fullMs = o.fullDurationSec * 1000;
  const verdictsFromMs = o.verdictsFromMs;
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
    if (nowMs < verdictsFromMs) {
      continue;
    }
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
    const at = p.sourceIndex === null ? k : p.sourceIndex[k];
    let raised = false;
    let v = 0;
    for (let j = 0; j < count; j++) {
      const r = rolling[j].evaluate();
      raised = raised || r === raises;
      codes[j * size + at] = r === true ? anomalousCode : r === false ? normalCode : noneCode;
      floats[(j + 1) * size + at] = r === true ? 1 : r === false ? 0 : NaN;
      v += r === raises ? 0 : vote(r, mode);
    }
    if (raised) {
      // A raise voids the whole ensemble at this point: no verdict from any algorithm.
      for (let j = 0; j < count; j++) {
        codes[j * size + at] = noneCode;
        floats[(j + 1) * size + at] = NaN;
      }
      skipped.Error++;
      continue;
    }
    for (let b = 0; b < bands.length; b++) {
      floats[bandAt[b] + at] = bands[b].upper;
      floats[bandAt[b] + size + at] = bands[b].lower;
    }
    votes[at] = v;
    score[at] = v / count;
    anomalous[at] = reached(v, count, o.consensus) ? 1 : 0;
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
