/*
 * `kale detect`: one JSON line per series with Skyline's analyzer verdict (default) or the
 * engine's detect() for a preset or detector list, at the last point or at every point.
 */
import { detect } from '../engine/detect';
import { DETECTOR_IDS } from '../engine/detectors/registry';
import {
  SKYLINE_ALGORITHMS,
  SKYLINE_DEFAULTS,
  skylineEvery,
  skylineLatest,
  type SkylineOptions,
} from '../engine/detectors/skyline';
import { VERDICT_ANOMALOUS, VERDICT_NONE, type DetectionResult, type Series } from '../engine/types';
import { CliError } from './cliError';
import { detectRequestFor } from './detectRequest';
import { numberValue, parseArgs } from './parseArgs';

/** `words` joined by ", " in lines of at most `width` characters, each indented `indent` spaces. */
function wrapped(words: readonly string[], indent: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line}, ${word}`;
    if (line !== '' && indent + next.length + 1 > width) {
      lines.push(`${line},`);
      line = word;
    } else {
      line = next;
    }
  }
  return [...lines, line].map((l) => ' '.repeat(indent) + l).join('\n');
}

export const DETECT_HELP = `kale detect: detect anomalies in time series

Usage: kale detect --input FILE [--detectors LIST] [--consensus N] [--every] [--now EPOCH]

  --input FILE      series to analyse ('-' for stdin), either JSON lines, one series per line:
                      {"name": "web.cpu", "points": [[1700000000, 0.5], [1700000060, null], ...]}
                    or CSV with the header name,timestamp,value (one point per row, grouped by
                    name). Timestamps are epoch seconds; null values (JSON null; an empty, null
                    or NaN CSV field) are dropped, as Skyline never stores them.
  --detectors LIST  a preset (skyline, morgoth, three-sigma, kale) or comma-separated detector ids
                    (below), run through the engine's detect(); without it, Skyline's analyzer
                    runs as Etsy ships it: all nine algorithms, consensus ${SKYLINE_DEFAULTS.consensus}, FULL_DURATION ${SKYLINE_DEFAULTS.fullDurationSec} s.
                    Detector ids:
${wrapped(DETECTOR_IDS, 22, 100)}
  --consensus N     votes needed: a count ≥ 1, or with --detectors also a fraction in [0, 1)
  --every           a result for every point, each judged causally on the points up to it;
                    default: one result, for the last point
  --now EPOCH       Skyline's "now" in epoch seconds for the default last-point verdict (not
                    with --every or --detectors, which judge each point at its own time): the
                    window is (now − FULL_DURATION, now], Stale if now − last > ${SKYLINE_DEFAULTS.stalePeriodSec} s.
                    Default: each series' last timestamp (never Stale, as Etsy's tests mock it).
                    Pass --now $(date +%s) for the live analyzer's wall-clock behaviour.

Output, one JSON line per series, in input order:
  {"name": "web.cpu", "status": "ok", "results": [{"t": 1700000060, "anomalous": false,
   "votes": 2, "score": 0.22, "verdicts": {"first_hour_average": false, ...}}]}
  status   Skyline's analyzer status at the last point: ok, TooShort (no points), Stale, Boring
           (the last 100 values are all equal), or Error (a window Skyline's bare except would
           void); not ok means no verdict: results is [] (with --every, points without a
           verdict still appear, with score null and every verdict null).
           With --detectors: ok, or TooShort for a series without points.
  t        the point's epoch seconds
  votes    results counted towards the consensus (Skyline counts median_absolute_deviation's
           None as a vote); score is the engine's combined score in [0, 1] (Skyline: votes / 9)
  verdicts per algorithm, under Skyline's own names (or the detector ids): true, false, or null
           (Python's None, or no verdict)
  notices  present when the engine repaired or skipped input (sorted, duplicates, gaps)
`;

interface PointResult {
  t: number;
  anomalous: boolean;
  votes: number;
  score: number | null;
  verdicts: Record<string, boolean | null>;
}

const FLAGS = { input: 'value', detectors: 'value', consensus: 'value', every: 'boolean', now: 'value' } as const;

function pointAt(result: DetectionResult, i: number): PointResult {
  const verdicts: Record<string, boolean | null> = {};
  result.detectors.forEach((track) => {
    const v = track.verdicts[i];
    verdicts[track.id] = v === VERDICT_NONE ? null : v === VERDICT_ANOMALOUS;
  });
  const score = result.score[i];
  return {
    t: result.timesMs[i] / 1000,
    anomalous: result.anomalous[i] === 1,
    votes: result.votes[i],
    score: Number.isNaN(score) ? null : score,
    verdicts,
  };
}

function lastIndex(timesMs: Float64Array, upToMs: number): number {
  let best = -1;
  timesMs.forEach((t, i) => {
    if (t <= upToMs && (best < 0 || t >= timesMs[best])) {
      best = i;
    }
  });
  return best;
}

function everyPoint(result: DetectionResult): PointResult[] {
  const points: PointResult[] = [];
  for (let i = 0; i < result.timesMs.length; i++) {
    points.push(pointAt(result, i));
  }
  return points;
}

/** Skyline's analyzer: its status at the last point (or at --now), then one or every point. */
function skylineLine(series: Series, options: Partial<SkylineOptions>, every: boolean, nowSec?: number): object {
  const verdict = skylineLatest(series, options, every ? undefined : nowSec);
  const notices = verdict.notices.length > 0 ? { notices: verdict.notices } : {};
  if (every) {
    return {
      name: series.name,
      status: verdict.status,
      results: everyPoint(skylineEvery(series, options)),
      ...notices,
    };
  }
  if (verdict.status !== 'ok') {
    return { name: series.name, status: verdict.status, results: [], ...notices };
  }
  const at = lastIndex(series.timesMs, nowSec === undefined ? Infinity : nowSec * 1000);
  const algorithms = options.algorithms ?? SKYLINE_ALGORITHMS;
  const point: PointResult = {
    t: series.timesMs[at] / 1000,
    anomalous: verdict.anomalous,
    votes: verdict.votes,
    score: verdict.votes / algorithms.length,
    verdicts: Object.fromEntries(algorithms.map((id) => [id, verdict.verdicts[id] ?? null])),
  };
  return { name: series.name, status: 'ok', results: [point], ...notices };
}

/** The engine's detect() with a preset or detector list: the last point or every point. */
function detectLine(series: Series, result: DetectionResult, every: boolean): object {
  const notices = result.notices.length > 0 ? { notices: result.notices } : {};
  const n = result.timesMs.length;
  const status = n === 0 ? 'TooShort' : 'ok';
  const errors = result.notices.filter((notice) => notice.startsWith('error:'));
  if (errors.length > 0) {
    throw new CliError(`series '${series.name}': ${errors.join('; ')}`);
  }
  const results = every ? everyPoint(result) : n > 0 ? [pointAt(result, n - 1)] : [];
  return { name: series.name, status, results, ...notices };
}

/** Runs `kale detect` over already-read series; returns one JSON line per series. */
export function runDetect(argv: readonly string[], series: readonly Series[]): string[] {
  const args = parseArgs(argv, FLAGS);
  const consensus = numberValue(args, 'consensus');
  const nowSec = numberValue(args, 'now');
  const every = args.booleans.has('every');
  const list = args.values.get('detectors');
  if (nowSec !== undefined && (every || list !== undefined)) {
    throw new CliError(
      '--now applies to the default last-point Skyline verdict only (not with --every or --detectors)',
      2
    );
  }
  if (list !== undefined) {
    const request = detectRequestFor(list, consensus);
    return series.map((s) => JSON.stringify(detectLine(s, detect(s, request), every)));
  }
  if (consensus !== undefined && (!Number.isInteger(consensus) || consensus < 1)) {
    throw new CliError(`--consensus must be a whole number of votes ≥ 1 for Skyline, got ${consensus}`, 2);
  }
  const options: Partial<SkylineOptions> = consensus === undefined ? {} : { consensus };
  return series.map((s) => JSON.stringify(skylineLine(s, options, every, nowSec)));
}
