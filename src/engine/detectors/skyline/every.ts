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
import type { DetectionResult, DetectorTrack, Series } from '../../types';
import { consensusReached, voteOf } from './etsyConsensus';
import { type EveryOutputs, allocateOutputs, scoreTracks } from './everyOutputs';
import { type SkylineOptions, resolveSkylineOptions } from './options';
import { type PreparedSeries, prepareSeries } from './prepareSeries';
import { EveryEnsemble, RAISED_CODE } from './everyEnsemble';
import { RollingState } from './rollingState';
import { BoredomTracker } from './skipChecks';

/** Skip statuses by code (index 0 = the algorithms ran). */
const SKIPS = ['', 'TooShort', 'Stale', 'Boring', 'Error'] as const;
const [TOO_SHORT, STALE, BORING, ERROR] = [1, 2, 3, 4];

/** The result's notices: preparation's, the filter's fallbacks, then each skip status that occurred. */
function everyNotices(prepared: readonly string[], plainRuns: number, skipped: Int32Array): string[] {
  const notices = [...prepared];
  if (plainRuns > 0) {
    notices.push(`rounding filter undecided on ${plainRuns} window(s): re-ran the plain algorithm there`);
  }
  for (let code = 1; code < SKIPS.length; code++) {
    if (skipped[code] > 0) {
      notices.push(`${SKIPS[code]} at ${skipped[code]} point(s): no verdict there`);
    }
  }
  return notices;
}

/** What the per-point loop reads and writes for one series. */
interface EveryRun {
  readonly o: SkylineOptions;
  readonly p: PreparedSeries;
  readonly state: RollingState;
  readonly ensemble: EveryEnsemble;
  readonly out: EveryOutputs;
  readonly size: number;
  readonly skipped: Int32Array;
}

/**
 * Verdicts, votes and bands at every point. A function of its own, so that the optimised loop
 * survives a deoptimisation in the caller's one-off code (the notices).
 */
function evaluatePoints({ o, p, state, ensemble, out, size, skipped }: EveryRun): void {
  const { floats, codes, bandAt, score, anomalous, votes } = out;
  const { bands, results } = ensemble;
  const count = results.length;
  const boredom = new BoredomTracker(p.values, o);
  const fullMs = o.fullDurationSec * 1000;
  const { verdictsFromMs, minTolerableLength, consensus } = o;
  const stale = 0 > o.stalePeriodSec * 1000;
  const { timesMs, values, sourceIndex } = p;
  // Imported bindings are getter calls under CommonJS interop; the per-point loop reads locals.
  const [raisedCode, reached] = [RAISED_CODE, consensusReached];
  /** Each code's vote under the consensus mode, at code + 1 (VERDICT_NONE is −1). */
  const voteByCode = Int8Array.of(
    voteOf(null, o.consensusMode),
    voteOf(false, o.consensusMode),
    voteOf(true, o.consensusMode),
    0
  );
  let lo = 0;
  /** Non-finite values in the window [lo, k]. */
  let nonFinite = 0;
  for (let k = 0; k < timesMs.length; k++) {
    const nowMs = timesMs[k];
    nonFinite += Number.isFinite(values[k]) ? 0 : 1;
    while (timesMs[lo] <= nowMs - fullMs) {
      nonFinite -= Number.isFinite(values[lo]) ? 0 : 1;
      lo++;
    }
    const boring = boredom.isBoring(k, lo);
    if (nowMs < verdictsFromMs) {
      continue;
    }
    const skip =
      k + 1 - lo < minTolerableLength ? TOO_SHORT : stale ? STALE : boring ? BORING : nonFinite > 0 ? ERROR : 0;
    if (skip !== 0) {
      skipped[skip]++;
      continue;
    }
    state.sync(lo, k + 1);
    ensemble.evaluate();
    let raised = false;
    let v = 0;
    for (let j = 0; j < count; j++) {
      const c = results[j];
      raised = raised || c === raisedCode;
      v += voteByCode[c + 1];
    }
    if (raised) {
      // A raise voids the whole ensemble at this point: no verdict from any algorithm.
      skipped[ERROR]++;
      continue;
    }
    const at = sourceIndex === null ? k : sourceIndex[k];
    for (let j = 0; j < count; j++) {
      codes[j * size + at] = results[j];
    }
    for (let b = 0; b < bands.length; b++) {
      floats[bandAt[b] + at] = bands[b][0];
      floats[bandAt[b] + size + at] = bands[b][1];
    }
    votes[at] = v;
    score[at] = v / count;
    anomalous[at] = reached(v, count, consensus) ? 1 : 0;
  }
}

/** Skyline at every point of `series`; throws a RangeError on invalid options or mismatched arrays. */
export function skylineEvery(series: Series, options?: Partial<SkylineOptions>): DetectionResult {
  const o = resolveSkylineOptions(options);
  const p = prepareSeries(series, o.nanPolicy);
  const size = series.timesMs.length;
  const state = new RollingState(p.timesMs, p.values, o.algorithms.includes('mean_subtraction_cumulation'));
  const ensemble = new EveryEnsemble(state, o);
  const out = allocateOutputs(o.algorithms, ensemble.hasBand, size);
  const skipped = new Int32Array(SKIPS.length);
  evaluatePoints({ o, p, state, ensemble, out, size, skipped });
  scoreTracks(out);
  const { tracks, score, anomalous, votes } = out;
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
    notices: everyNotices(p.notices, state.plainRuns, skipped),
  };
}
