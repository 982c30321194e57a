/*
 * The one entry point for anomaly detection (worker, CLI, data source): validates the request and
 * the series once, runs a preset or a custom list of detectors, and returns one DetectionResult.
 * Rule: `detectors` names a custom list combined by `consensus` (an integer ≥ 1 is a count of
 * votes, a number in [0, 1) a fraction of the listed detectors; default 0.5); otherwise `preset`
 * (default `skyline`) runs with its own consensus, or with `consensus` translated to it.
 * `detect()` never throws: a bad request or unusable input gives a result with no verdicts and a
 * notice beginning "error:"; repairs to the input (see cleanSeries.ts) are reported as notices.
 * Source: Kale's API (issue 3); presets and ids in detectors/registry.ts.
 */
import { cleanSeries } from './cleanSeries';
import { type ConsensusThreshold, combineTracks } from './detectors/consensus';
import { morgothOptionProblems } from './detectors/morgoth';
import { resolveMorgothOptions } from './detectors/morgoth/options';
import { type DetectOptions, type PresetName, DETECTOR_IDS, PRESETS, runDetectors } from './detectors/registry';
import { resolveSkylineOptions } from './detectors/skyline/options';
import { type SeriesBatch, seriesAt } from './series/batch';
import type { DetectionResult, Series } from './types';

export type { DetectOptions, PresetName } from './detectors/registry';

export interface DetectRequest {
  readonly preset?: PresetName;
  readonly detectors?: readonly string[];
  /** Votes needed: an integer ≥ 1 is a count, a number in [0, 1) a fraction of the detectors. */
  readonly consensus?: number;
  readonly options?: DetectOptions;
  /**
   * When set, a point is anomalous iff its combined score ≥ this value, in place of the
   * consensus rule (the data source's sensitivity s maps to 1 − s). Must be in [0, 1].
   */
  readonly scoreThreshold?: number;
  /**
   * Verdicts are wanted only from this time on (epoch ms); earlier points only feed the analysis
   * (a baseline). Skyline's every-point mode then gives them no verdict, which saves its per-point
   * work; the streaming detectors compute them anyway.
   */
  readonly verdictsFromMs?: number;
}

/** Default consensus of a custom list: at least half of the listed detectors. */
export const DEFAULT_CUSTOM_CONSENSUS = 0.5;

type Plan =
  | { kind: 'preset'; preset: PresetName; threshold?: ConsensusThreshold }
  | { kind: 'custom'; ids: readonly string[]; threshold: ConsensusThreshold };

function thresholdFor(consensus: number, n: number, problems: string[]): ConsensusThreshold {
  if (Number.isInteger(consensus) && consensus >= 1) {
    if (consensus > n) {
      problems.push(`consensus ${consensus} exceeds the ${n} detector(s) that vote`);
    }
    return { count: consensus };
  }
  if (!(consensus >= 0 && consensus < 1)) {
    problems.push(`consensus must be an integer ≥ 1 (a count) or in [0, 1) (a fraction), got ${consensus}`);
  }
  return { fraction: consensus };
}

function customPlan(ids: readonly string[], request: DetectRequest, problems: string[]): Plan {
  if (ids.length === 0) {
    problems.push(`detectors is empty; choose from ${DETECTOR_IDS.join(', ')}`);
  }
  ids.forEach((id, i) => {
    if (!DETECTOR_IDS.includes(id)) {
      problems.push(`unknown detector "${id}"; known: ${DETECTOR_IDS.join(', ')}`);
    } else if (ids.indexOf(id) !== i) {
      problems.push(`detector "${id}" is listed twice`);
    }
  });
  const threshold = thresholdFor(request.consensus ?? DEFAULT_CUSTOM_CONSENSUS, ids.length, problems);
  return { kind: 'custom', ids, threshold };
}

/** The plan for `request`, and every problem with it, each naming the offending value. */
function plan(request: DetectRequest): { plan: Plan; problems: string[] } {
  const problems: string[] = [];
  const options = request.options ?? {};
  const scoreThreshold = request.scoreThreshold;
  if (scoreThreshold !== undefined && !(scoreThreshold >= 0 && scoreThreshold <= 1)) {
    problems.push(`scoreThreshold must be in [0, 1], got ${scoreThreshold}`);
  }
  try {
    resolveSkylineOptions(options.skyline);
  } catch (e) {
    problems.push(`options.skyline: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (options.morgoth !== undefined) {
    problems.push(...morgothOptionProblems(resolveMorgothOptions(options.morgoth)).map((p) => `options.morgoth: ${p}`));
  }
  if (request.detectors !== undefined) {
    if (request.preset !== undefined) {
      problems.push(`give preset or detectors, not both (got preset "${request.preset}")`);
    }
    return { plan: customPlan(request.detectors, request, problems), problems };
  }
  const preset = request.preset ?? 'skyline';
  if (!Object.hasOwn(PRESETS, preset)) {
    problems.push(`unknown preset "${String(preset)}"; known: ${Object.keys(PRESETS).join(', ')}`);
    return { plan: { kind: 'preset', preset: 'skyline' }, problems };
  }
  const n = PRESETS[preset].detectorCount(options);
  const threshold = request.consensus === undefined ? undefined : thresholdFor(request.consensus, n, problems);
  return { plan: { kind: 'preset', preset, threshold }, problems };
}

/** 1 where score ≥ threshold (NaN scores are never anomalous). */
function flagAtThreshold(score: Float64Array, threshold: number): Uint8Array {
  const flags = new Uint8Array(score.length);
  for (let i = 0; i < score.length; i++) {
    flags[i] = score[i] >= threshold ? 1 : 0;
  }
  return flags;
}

function withVerdictsFrom(options: DetectOptions, verdictsFromMs: number | undefined): DetectOptions {
  return verdictsFromMs === undefined ? options : { ...options, skyline: { ...options.skyline, verdictsFromMs } };
}

/** Problems with `request` (empty when it is valid), for editors and the CLI to show up front. */
export function detectRequestProblems(request: DetectRequest): string[] {
  return plan(request).problems;
}

function failed(series: Series, notices: readonly string[]): DetectionResult {
  return combineTracks(series.name, series.timesMs, [], { count: 1 }, notices);
}

/** Detects anomalies in one series; never throws (problems become "error:" notices). */
export function detect(series: Series, request: DetectRequest): DetectionResult {
  if (series.timesMs.length !== series.values.length) {
    const lengths = `${series.timesMs.length} timestamps and ${series.values.length} values`;
    return failed(series, [`error: series "${series.name}" has ${lengths}`]);
  }
  const { series: clean, notices } = cleanSeries(series);
  try {
    const planned = plan(request);
    if (planned.problems.length > 0) {
      return failed(clean, [...notices, ...planned.problems.map((p) => `error: ${p}`)]);
    }
    const options = withVerdictsFrom(request.options ?? {}, request.verdictsFromMs);
    const p = planned.plan;
    const result =
      p.kind === 'preset'
        ? PRESETS[p.preset].run(clean, options, p.threshold)
        : combineTracks(clean.name, clean.timesMs, runDetectors(clean, p.ids, options), p.threshold);
    const anomalous =
      request.scoreThreshold === undefined ? result.anomalous : flagAtThreshold(result.score, request.scoreThreshold);
    return { ...result, anomalous, notices: [...notices, ...result.notices] };
  } catch (e) {
    return failed(clean, [...notices, `error: detection failed: ${e instanceof Error ? e.message : String(e)}`]);
  }
}

/** `detect` over every series of a batch, in batch order. */
export function detectBatch(batch: SeriesBatch, request: DetectRequest): DetectionResult[] {
  return batch.names.map((_, i) => detect(seriesAt(batch, i), request));
}
