import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { detect } from '../engine/detect';
import { combineTracks } from '../engine/detectors/consensus';
import { VERDICT_ANOMALOUS, VERDICT_NORMAL, type DetectionResult, type Series } from '../engine/types';
import { causalResult } from './causalResult';
import { runNab, type DetectFn } from './nabCommand';
import { nabAnomalyScores } from './nabScores';

const STEP_MS = 300000;
const START_MS = Date.UTC(2014, 0, 1);

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 19);
}

/** A corpus of two categories; file k has 200 rows and one window on rows 100..119. */
function makeCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'kale-nab-'));
  const windows: Record<string, string[][]> = {};
  for (const name of ['catA/one.csv', 'catB/two.csv', 'catB/three.csv']) {
    mkdirSync(join(root, 'data', name.split('/')[0]), { recursive: true });
    const rows = Array.from(
      { length: 200 },
      (_, i) => `${stamp(START_MS + i * STEP_MS)},${Math.sin(i) + (i === 100 ? 9 : 0)}`
    );
    writeFileSync(join(root, 'data', name), ['timestamp,value', ...rows].join('\n') + '\n');
    windows[name] =
      name === 'catB/three.csv'
        ? []
        : [[`${stamp(START_MS + 100 * STEP_MS)}.000000`, `${stamp(START_MS + 119 * STEP_MS)}.000000`]];
  }
  mkdirSync(join(root, 'labels'));
  writeFileSync(join(root, 'labels', 'combined_windows.json'), JSON.stringify(windows));
  return root;
}

/** A detector that fires (score 1) exactly where `fire` says, otherwise scores 0. */
function fakeDetector(fire: (t: number, name: string) => boolean): DetectFn {
  return (series: Series): DetectionResult => {
    const n = series.timesMs.length;
    const fired = series.timesMs.map((t) => (fire(t, series.name) ? 1 : 0));
    const verdicts = Int8Array.from(fired, (f) => (f ? VERDICT_ANOMALOUS : VERDICT_NORMAL));
    return combineTracks(
      series.name,
      series.timesMs,
      [{ id: 'fake', verdicts, score: Float64Array.from(fired) }],
      { count: 1 },
      n ? [] : ['empty']
    );
  };
}

describe('kale nab', () => {
  it('writes NAB results files and scores a perfect detector 100 in every profile', () => {
    const root = makeCorpus();
    const out = join(root, 'results');
    const lines = runNab(
      ['--data', root, '--out', out, '--detector', 'three-sigma'],
      fakeDetector((t, name) => t === START_MS + 100 * STEP_MS && name !== 'catB/three.csv')
    );
    expect(lines[0]).toBe('NAB scores for three-sigma: 3 files, 2 windows');
    expect(lines.slice(2).map((l) => l.trim().split(/\s+/)[5])).toEqual(['100.00', '100.00', '100.00']);
    const file = readFileSync(join(out, 'three-sigma', 'catB', 'three-sigma_two.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(file[0]).toBe('timestamp,value,anomaly_score,label');
    expect(file.length).toBe(201);
    expect(file[101]).toBe(`${stamp(START_MS + 100 * STEP_MS)},${Math.sin(100) + 9},1,1`);
    expect(file[121]).toMatch(/,0,0$/);
    expect(existsSync(join(out, 'three-sigma', 'three-sigma_standard_scores.csv'))).toBe(true);
    const summary = JSON.parse(readFileSync(join(out, 'three-sigma', 'final_results.json'), 'utf8'));
    expect(summary['three-sigma'].standard.normalized).toBe(100);
  });

  it('scores a null detector 0 and re-scores existing results with --score-only', () => {
    const root = makeCorpus();
    const out = join(root, 'results');
    const nullLines = runNab(
      ['--data', root, '--out', out, '--detector', 'morgoth'],
      fakeDetector(() => false)
    );
    expect(nullLines.slice(2).map((l) => l.trim().split(/\s+/)[5])).toEqual(['0.00', '0.00', '0.00']);
    const never = () => {
      throw new Error('detection must not run with --score-only');
    };
    expect(runNab(['--data', root, '--out', out, '--detector', 'morgoth', '--score-only'], never)).toEqual(nullLines);
  });

  it('reports bad corpora and bad arguments clearly', () => {
    const root = makeCorpus();
    const out = join(root, 'results');
    const none = fakeDetector(() => false);
    expect(() => runNab(['--out', out], none)).toThrow('--data is required');
    expect(() => runNab(['--data', root, '--out', out, '--detector', 'nope'], none)).toThrow('unknown detector "nope"');
    expect(() => runNab(['--data', join(root, 'labels'), '--out', out], none)).toThrow('cannot read');
    expect(() => runNab(['--data', root, '--out', join(root, 'empty'), '--score-only'], none)).toThrow(
      'cannot read results file'
    );
    writeFileSync(
      join(root, 'labels', 'combined_windows.json'),
      JSON.stringify({ 'catA/one.csv': [['2014-01-01 00:00:30', '2014-01-01 01:00:00']] })
    );
    expect(() => runNab(['--data', root, '--out', out], none)).toThrow(
      'catA/one.csv: window start 2014-01-01T00:00:30.000Z is not a timestamp'
    );
    writeFileSync(join(root, 'labels', 'combined_windows.json'), JSON.stringify({ 'catA/one.csv': [] }));
    expect(() => runNab(['--data', root, '--out', out], none)).toThrow('has no entry for catB/three.csv');
  });
});

describe('the engine presets kale nab runs are causal', () => {
  // NAB forbids look-ahead: the score at row i must not change when later rows are appended.
  const n = 400;
  const timesMs = Float64Array.from({ length: n }, (_, i) => START_MS + i * 60000);
  const values = Float64Array.from(
    { length: n },
    (_, i) => 10 + Math.sin(i / 7) + (i % 97 === 0 ? 6 : 0) + ((i * 7919) % 13) / 13
  );
  const rowScores = (cut: number, preset: 'skyline' | 'morgoth' | 'three-sigma') => {
    const series = { name: 's', timesMs: timesMs.subarray(0, cut), values: values.subarray(0, cut) };
    return Array.from(nabAnomalyScores(series.timesMs, causalResult(detect(series, { preset })), 'score'));
  };
  it.each(['skyline', 'morgoth', 'three-sigma'] as const)(
    '%s: NAB row scores of a prefix equal the full run',
    (preset) => {
      const full = rowScores(n, preset);
      expect(full.some((s) => s > 0)).toBe(true);
      for (const cut of [50, 155, 333]) {
        expect(rowScores(cut, preset)).toEqual(full.slice(0, cut));
      }
    }
  );
  it('morgoth with time windows: NAB row scores of a prefix equal the full run', () => {
    const morgoth = { windowMs: 5 * 60000 };
    const scores = (cut: number) => {
      const series = { name: 's', timesMs: timesMs.subarray(0, cut), values: values.subarray(0, cut) };
      return Array.from(
        nabAnomalyScores(
          series.timesMs,
          causalResult(detect(series, { preset: 'morgoth', options: { morgoth } }), morgoth),
          'score'
        )
      );
    };
    const full = scores(n);
    expect(full.some((s) => s > 0)).toBe(true);
    for (const cut of [61, 152, 333]) {
      expect(scores(cut)).toEqual(full.slice(0, cut));
    }
  });
  it('detect() itself is prefix-consistent for skyline and three-sigma', () => {
    for (const preset of ['skyline', 'three-sigma'] as const) {
      const full = detect({ name: 's', timesMs, values }, { preset });
      const cut = 200;
      const prefix = detect(
        { name: 's', timesMs: timesMs.subarray(0, cut), values: values.subarray(0, cut) },
        { preset }
      );
      expect(Array.from(prefix.score)).toEqual(Array.from(full.score.subarray(0, cut)));
      expect(Array.from(prefix.votes)).toEqual(Array.from(full.votes.subarray(0, cut)));
    }
  });
});
