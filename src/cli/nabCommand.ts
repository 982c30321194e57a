/*
 * `kale nab`: runs a detector over a corpus in NAB's layout, writes NAB results files, then scores
 * them with the project's NAB scorer (src/engine/nab) and returns the report lines.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { detect, type DetectRequest } from '../engine/detect';
import { SKYLINE_ALGORITHMS, type SkylineOptions } from '../engine/detectors/skyline/options';
import { scoreCorpus, windowRows, type NabProfileScore, type NabResultFile, type RowWindow } from '../engine/nab';
import type { DetectionResult, Series } from '../engine/types';
import { causalResult } from './causalResult';
import { CliError } from './cliError';
import { detectRequestFor } from './detectRequest';
import { listDataFiles, readDataFile, readWindows, type NabDataFile } from './nabCorpus';
import { readResultScores, resultsPath, writeResults } from './nabResults';
import { nabAnomalyScores, type NabScoreSource } from './nabScores';
import { parseArgs, requiredValue, numberValue } from './parseArgs';

export const NAB_HELP = `kale nab: score a detector on the Numenta Anomaly Benchmark (NAB v1.1 rules)

Usage: kale nab --data DIR --out DIR [--detector NAME] [--consensus N] [--score votes|score]
                [--skyline nab|analyzer] [--full-duration SEC|all] [--score-only]

  --data DIR       corpus root in NAB's layout: DIR/data/<category>/<file>.csv (timestamp,value)
                   and DIR/labels/combined_windows.json; any categories are read
  --out DIR        results root; files go to DIR/<detector>/<category>/<detector>_<file>.csv
                   with columns timestamp,value,anomaly_score,label (one row per data row)
  --detector NAME  preset skyline (default), morgoth, three-sigma or kale, or a comma-separated list of
                   detector ids (the results directory then joins them with '+')
  --consensus N    votes the detectors need (passed to the engine; affects 'anomalous' only)
  --score SOURCE   anomaly_score per row: 'score' is the engine's combined score; 'votes' is the
                   share of detectors voting anomalous. Default: 'votes' for --skyline nab, else 'score'
  --skyline MODE   how the skyline preset runs. 'nab' (default) is the configuration behind NAB's
                   published Etsy Skyline score (nab/detectors/skyline): the 7 algorithms other
                   than grubbs and ks_test over each file's whole history, first_hour_average
                   looking at the hour one day back, a None (MAD's normal answer) not a vote, no
                   skip checks, and the share of the 7 votes as the score. 'analyzer' is Etsy's
                   analyzer as the data source runs it: 9 algorithms over a 24 h window, skip
                   checks, 6-of-9 consensus, the engine's score
  --full-duration SEC|all
                   Skyline's FULL_DURATION for Skyline detectors (default: 'all' for --skyline nab,
                   else the preset's 86400 s); 'all' keeps each file's whole history
  --score-only     skip detection and score the results files already in --out

Detection is causal: every file gets a fresh run of the engine's every-point mode, in which the
verdict at a row is computed from that row and the rows before it only (no look-ahead), as NAB's
harness feeds a detector one record at a time. Morgoth judges whole windows, so a window's
verdict is placed on the row at which the window closes (its last row for count windows), not on
its earlier rows, which could not have known it. A row without a verdict scores 0; of rows sharing
a timestamp only the last is scored (the engine keeps the last), the others score 0.

Scoring follows NAB's sweeper: label windows with the scaled sigmoid, the probationary period
(first min(floor(0.15 × rows), 750) rows ignored), one corpus-wide threshold per profile chosen by
an exhaustive sweep, normalised so the null detector scores 0 and the perfect one 100. Printed per
profile: standard, reward_low_FP_rate, reward_low_FN_rate. Also written: DIR/<detector>/
<detector>_<profile>_scores.csv (per file) and DIR/<detector>/final_results.json.
A corpus other than NAB's 58 files (e.g. a subset) gives scores not comparable with NAB's board.
`;

export type DetectFn = (series: Series, request: DetectRequest) => DetectionResult;

const FLAGS = {
  data: 'value',
  out: 'value',
  detector: 'value',
  consensus: 'value',
  score: 'value',
  'full-duration': 'value',
  skyline: 'value',
  'score-only': 'boolean',
} as const;

/** NAB's Etsy Skyline detector: Etsy's algorithms minus grubbs and ks_test (not O(n) in NAB's words). */
const NAB_SKYLINE: Partial<SkylineOptions> = {
  algorithms: SKYLINE_ALGORITHMS.filter((id) => id !== 'grubbs' && id !== 'ks_test'),
  consensusMode: 'strict',
  boredomSetSize: 0,
  firstHourAgoSec: 86400,
};

type FullDuration = number | 'all' | undefined;

function fullDurationOf(text: string | undefined): FullDuration {
  const sec = Number(text);
  if (text === undefined || text === 'all') {
    return text;
  }
  if (text.trim() === '' || !(sec > 0) || !Number.isFinite(sec)) {
    throw new CliError(`--full-duration must be a positive number of seconds or 'all', got '${text}'`, 2);
  }
  return sec;
}

/** The request for one file: --full-duration all spans the file's whole history. */
function requestForFile(request: DetectRequest, fullDuration: FullDuration, timesMs: Float64Array): DetectRequest {
  if (fullDuration === undefined) {
    return request;
  }
  let first = Infinity;
  let last = -Infinity;
  timesMs.forEach((t) => {
    first = Math.min(first, t);
    last = Math.max(last, t);
  });
  const fullDurationSec = fullDuration !== 'all' ? fullDuration : last > first ? (last - first) / 1000 + 1 : 1;
  return { ...request, options: { ...request.options, skyline: { ...request.options?.skyline, fullDurationSec } } };
}

function scoreSource(text: string | undefined, nabSkyline: boolean): NabScoreSource {
  if (text === undefined || text === 'score' || text === 'votes') {
    return text ?? (nabSkyline ? 'votes' : 'score');
  }
  throw new CliError(`--score must be 'score' or 'votes', got '${text}'`, 2);
}

/** True when the run is NAB's Etsy Skyline configuration (the skyline preset, --skyline nab). */
function isNabSkyline(request: DetectRequest, mode: string | undefined): boolean {
  if (mode !== undefined && mode !== 'nab' && mode !== 'analyzer') {
    throw new CliError(`--skyline must be 'nab' or 'analyzer', got '${mode}'`, 2);
  }
  return request.preset === 'skyline' && mode !== 'analyzer';
}

function fileWindows(file: NabDataFile, windows: ReadonlyArray<readonly [number, number]> | undefined): RowWindow[] {
  if (windows === undefined) {
    throw new CliError(`labels/combined_windows.json has no entry for ${file.name}`);
  }
  try {
    return windowRows(file.timesMs, windows);
  } catch (e) {
    throw new CliError(`${file.name}: ${(e as Error).message}`);
  }
}

function windowLabels(rows: number, windows: readonly RowWindow[]): Uint8Array {
  const label = new Uint8Array(rows);
  windows.forEach((w) => label.fill(1, w.startRow, w.endRow + 1));
  return label;
}

function writeScoreFiles(dir: string, detector: string, scores: readonly NabProfileScore[]): void {
  const header = 'Detector,Profile,File,Threshold,Score,TP,TN,FP,FN,Total_Count';
  scores.forEach((p) => {
    const rows = p.files.map((f) =>
      [detector, p.profile, f.name, p.threshold, f.raw, f.tp, f.tn, f.fp, f.fn, f.tp + f.tn + f.fp + f.fn].join(',')
    );
    writeFileSync(join(dir, `${detector}_${p.profile}_scores.csv`), [header, ...rows].join('\n') + '\n');
  });
  const summary = Object.fromEntries(
    scores.map((p) => [p.profile, { threshold: p.threshold, raw: p.raw, normalized: p.normalized }])
  );
  writeFileSync(join(dir, 'final_results.json'), JSON.stringify({ [detector]: summary }, null, 2) + '\n');
}

function report(detector: string, files: number, windows: number, scores: readonly NabProfileScore[]): string[] {
  const fmt = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));
  return [
    `NAB scores for ${detector}: ${files} files, ${windows} windows`,
    'profile              threshold   raw score   null raw   perfect   normalised',
    ...scores.map(
      (p) =>
        `${p.profile.padEnd(20)} ${fmt(p.threshold, 6).padStart(9)} ${fmt(p.raw, 3).padStart(11)} ${fmt(p.nullRaw, 0).padStart(10)} ${fmt(p.perfectRaw, 0).padStart(9)} ${fmt(p.normalized, 2).padStart(12)}`
    ),
  ];
}

/** Runs `kale nab`; returns the report lines. `progress` receives one line per detected file. */
export function runNab(
  argv: readonly string[],
  detectFn: DetectFn = detect,
  progress: (line: string) => void = () => {}
): string[] {
  const args = parseArgs(argv, FLAGS);
  const dataDir = requiredValue(args, 'data');
  const outDir = requiredValue(args, 'out');
  const detectorList = args.values.get('detector') ?? 'skyline';
  const presetRequest = detectRequestFor(detectorList, numberValue(args, 'consensus'));
  const nabSkyline = isNabSkyline(presetRequest, args.values.get('skyline'));
  const request = nabSkyline ? { ...presetRequest, options: { skyline: NAB_SKYLINE } } : presetRequest;
  const source = scoreSource(args.values.get('score'), nabSkyline);
  const fullDuration = fullDurationOf(args.values.get('full-duration')) ?? (nabSkyline ? 'all' : undefined);
  const detector = detectorList
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join('+');
  const labels = readWindows(dataDir);
  const names = listDataFiles(dataDir);
  if (names.length === 0) {
    throw new CliError(`${dataDir}/data has no <category>/<file>.csv files`);
  }
  const files: NabResultFile[] = names.map((name) => {
    const file = readDataFile(dataDir, name);
    const windows = fileWindows(file, labels.get(name));
    const path = resultsPath(outDir, detector, name);
    if (!args.booleans.has('score-only')) {
      const started = Date.now();
      const fileRequest = requestForFile(request, fullDuration, file.timesMs);
      const result = detectFn({ name, timesMs: file.timesMs, values: file.values }, fileRequest);
      const causal = causalResult(result, fileRequest.options?.morgoth);
      writeResults(
        path,
        file,
        nabAnomalyScores(file.timesMs, causal, source),
        windowLabels(file.values.length, windows)
      );
      progress(`${name}: ${file.values.length} rows in ${Date.now() - started} ms`);
    }
    return { name, anomalyScores: readResultScores(path, file.values.length), windows };
  });
  const scores = scoreCorpus(files);
  const dir = join(outDir, detector);
  mkdirSync(dir, { recursive: true });
  writeScoreFiles(dir, detector, scores);
  return report(
    detector,
    files.length,
    files.reduce((n, f) => n + f.windows.length, 0),
    scores
  );
}
