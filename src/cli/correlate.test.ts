import type { Series } from '../engine/types';
import { CliError } from './cliError';
import { CORRELATE_HELP, runCorrelate } from './correlate';

const N = 90;
const times = Float64Array.from({ length: N }, (_, i) => 1_700_000_000_000 + i * 60_000);
const shape = (i: number) => Math.sin(i / 6) + 0.5 * Math.sin(i / 2.3);
const mk = (name: string, f: (i: number) => number): Series => ({
  name,
  timesMs: times,
  values: Float64Array.from({ length: N }, (_, i) => f(i)),
});
const series = [
  mk('web.cpu', shape),
  mk('web.load', (i) => 3 * shape(Math.max(0, i - 2)) + 10),
  mk('db.free', (i) => -shape(i)),
  mk('noise', (i) => Math.sin(i * i)),
];

const parse = (lines: string[]) => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('runCorrelate', () => {
  it('prints one JSON line per hit, best first, with name, similarity, distance and lag', () => {
    const hits = parse(runCorrelate(['--input', 'x.jsonl', '--query', 'web.cpu', '--top', '2'], series));
    expect(hits).toHaveLength(2);
    expect(Object.keys(hits[0]).slice(0, 4)).toEqual(['name', 'similarity', 'distance', 'lag']);
    expect(hits.map((h) => h.name).sort()).toEqual(['db.free', 'web.load']);
    expect(hits.find((h) => h.name === 'db.free')).toMatchObject({ anticorrelated: true });
    expect(hits.find((h) => h.name === 'web.load')).toMatchObject({ lag: 2 });
  });

  it('defaults to the lagged method: web.load follows by 2 points with |r| = 1 over the overlap', () => {
    const hits = parse(runCorrelate(['--query', 'web.cpu'], series));
    expect(hits[0]).toMatchObject({ name: 'web.load', lag: 2, similarity: 1 });
    expect(hits.find((h) => h.name === 'db.free')).toMatchObject({ lag: 0, similarity: 1, anticorrelated: true });
    expect(CORRELATE_HELP).toMatch(/lagged \(default\)/);
  });

  it('accepts a sketch and every method', () => {
    for (const method of ['pearson', 'dtw', 'lagged', 'oculus']) {
      const lines = runCorrelate(['--sketch', '0,1,0,-1,0,1,0', '--method', method, '--max-lag', '3'], series);
      expect(lines.length).toBeGreaterThan(0);
    }
  });

  it('reports usage errors as CliError with exit code 2, and an unknown query with 1', () => {
    const codeOf = (argv: string[]) => {
      try {
        runCorrelate(argv, series);
      } catch (e) {
        return e instanceof CliError ? e.exitCode : -1;
      }
      return 0;
    };
    expect(codeOf(['--input', 'x'])).toBe(2);
    expect(codeOf(['--query', 'a', '--sketch', '1,2'])).toBe(2);
    expect(codeOf(['--query', 'web.cpu', '--method', 'fft'])).toBe(2);
    expect(codeOf(['--query', 'web.cpu', '--band', '3'])).toBe(2);
    expect(codeOf(['--sketch', '1,x'])).toBe(2);
    expect(codeOf(['--query', 'missing'])).toBe(1);
  });

  it('has help text naming every flag', () => {
    for (const flag of ['--input', '--query', '--sketch', '--method', '--band', '--max-lag', '--top']) {
      expect(CORRELATE_HELP).toContain(flag);
    }
  });
});
