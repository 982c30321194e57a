import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { DETECTOR_IDS } from '../engine/detectors/registry';
import { SKYLINE_ALGORITHMS } from '../engine/detectors/skyline';
import type { Series } from '../engine/types';
import { DETECT_HELP, runDetect } from './detectCommand';

const T0 = 1700000000;

function series(name: string, values: number[]): Series {
  return {
    name,
    timesMs: Float64Array.from(values, (_, i) => (T0 + 60 * i) * 1000),
    values: Float64Array.from(values),
  };
}

const wave = Array.from({ length: 300 }, (_, i) => 10 + Math.sin(i / 5));
const spike = series('spike', [...wave.slice(0, 299), 40]);
const flat = series('flat', [1, 1, 1]);
const empty = series('empty', []);

function run(argv: string[], input: Series[]) {
  return runDetect(argv, input).map((line) => JSON.parse(line));
}

describe('kale detect (Skyline analyzer by default)', () => {
  it('gives one line per series with status and, when ok, the last point verdict', () => {
    const [s, f, e] = run([], [spike, flat, empty]);
    expect(f).toEqual({ name: 'flat', status: 'Boring', results: [] });
    expect(e).toEqual({ name: 'empty', status: 'TooShort', results: [] });
    expect(s.name).toBe('spike');
    expect(s.status).toBe('ok');
    expect(s.results).toHaveLength(1);
    const [r] = s.results;
    expect(r.t).toBe(T0 + 60 * 299);
    expect(r.anomalous).toBe(true);
    expect(Object.keys(r.verdicts)).toEqual([...SKYLINE_ALGORITHMS]);
    const counted = Object.values(r.verdicts).filter((v) => v !== false).length; // None counts, as in Etsy
    expect(r.votes).toBe(counted);
    expect(r.score).toBeCloseTo(r.votes / 9, 12);
  });

  it('a normal last point is not anomalous; --consensus raises the bar', () => {
    const [normal] = run([], [series('wave', wave)]);
    expect(normal.results[0].anomalous).toBe(false);
    const [strict] = run(['--consensus', '9'], [spike]);
    expect(strict.results[0].anomalous).toBe(strict.results[0].votes >= 9);
  });

  it('--now beyond STALE_PERIOD after the last point makes the series Stale', () => {
    const [s] = run(['--now', String(T0 + 60 * 299 + 501)], [spike]);
    expect(s).toEqual({ name: 'spike', status: 'Stale', results: [] });
    const [ok] = run(['--now', String(T0 + 60 * 299 + 500)], [spike]);
    expect(ok.status).toBe('ok');
  });

  it('--every gives a result for every point, in time order', () => {
    const [s] = run(['--every'], [spike]);
    expect(s.results).toHaveLength(300);
    expect(s.results[0].t).toBe(T0);
    expect(s.results[299].anomalous).toBe(true);
    expect(s.results.filter((r: { anomalous: boolean }) => r.anomalous).length).toBeLessThan(30);
    expect(Object.keys(s.results[5].verdicts)).toEqual([...SKYLINE_ALGORITHMS]);
  });
});

describe('kale detect --detectors', () => {
  it('runs a preset through detect(), with the detector ids as verdict keys', () => {
    const [s] = run(['--detectors', 'three-sigma'], [spike]);
    expect(s.status).toBe('ok');
    expect(s.results).toEqual([
      { t: T0 + 60 * 299, anomalous: true, votes: 1, score: expect.any(Number), verdicts: { three_sigma: true } },
    ]);
    const [every] = run(
      ['--detectors', 'median_absolute_deviation,three_sigma', '--every', '--consensus', '2'],
      [spike]
    );
    expect(every.results).toHaveLength(300);
    expect(Object.keys(every.results[299].verdicts)).toEqual(['median_absolute_deviation', 'three_sigma']);
    const [e] = run(['--detectors', 'morgoth'], [empty]);
    expect(e).toMatchObject({ name: 'empty', status: 'TooShort', results: [] });
  });

  it('reports a bad detector list, consensus or flag as a usage error', () => {
    expect(() => runDetect(['--detectors', 'nope'], [spike])).toThrow('unknown detector "nope"');
    expect(() => runDetect(['--consensus', '0.5'], [spike])).toThrow('--consensus must be a whole number');
    expect(() => runDetect(['--consensus', 'six'], [spike])).toThrow("--consensus must be a number, got 'six'");
    expect(() => runDetect(['--bogus'], [spike])).toThrow("unknown argument '--bogus'");
    expect(() => runDetect(['--now'], [spike])).toThrow('--now needs a value');
    expect(() => runDetect(['--every', '--now', '5'], [spike])).toThrow('--now applies to the default last-point');
  });
});

describe('kale main (end to end through tsx)', () => {
  const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const main = join(__dirname, 'main.ts');
  const kale = (args: string[], input = '') => spawnSync(tsx, [main, ...args], { input, encoding: 'utf8' });

  it('reads stdin, prints JSON lines and exits 0; errors go to stderr with exit codes', () => {
    const ok = kale(['detect', '--input', '-'], 'name,timestamp,value\na,1700000000,1\na,1700000060,2\n');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).name).toBe('a');
    const bad = kale(['detect', '--input', '-'], 'name,timestamp,value\na,1700000000,oops\n');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe("kale: stdin line 2: value 'oops' is not a number or null\n");
    const usage = kale(['frobnicate']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("unknown command 'frobnicate'");
    const help = kale(['detect', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--detectors LIST');
  });
});

describe('kale detect --help', () => {
  it('names every detector id the engine accepts, in lines of at most 100 characters', () => {
    const ids = DETECT_HELP.slice(DETECT_HELP.indexOf('Detector ids:')).split(/[\s,]+/);
    for (const id of DETECTOR_IDS) {
      expect(ids).toContain(id);
    }
    for (const line of DETECT_HELP.split('\n')) {
      expect(line.length).toBeLessThanOrEqual(100);
    }
  });
});
