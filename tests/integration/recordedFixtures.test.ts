/*
 * The committed fixtures (tests/fixtures/prometheus, tests/fixtures/graphite) are what the
 * manifests and the README say: raw server bodies that convert to engine series, small, and
 * holding the incidents at the recorded times.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Series } from '../../src/engine/types';
import { expectLeak, expectSpike } from './incidentChecks';
import { graphiteRenderToSeries, promMatrixToSeries } from './responses';
import type { Windows } from './scenario';

const DIR = join(__dirname, '..', 'fixtures');

function load(path: string): unknown {
  return JSON.parse(readFileSync(join(DIR, path), 'utf8')) as unknown;
}

const backends: Array<[string, (body: unknown) => Series[], string]> = [
  ['prometheus', promMatrixToSeries, 'query_range'],
  ['graphite', graphiteRenderToSeries, 'render'],
];

describe.each(backends)('%s fixtures', (backend, convert, prefix) => {
  const w = (load(`${backend}/manifest.json`) as { incidents: Windows }).incidents;
  const one = (name: string): Series => {
    const series = convert(load(`${backend}/${prefix}_${name}.json`));
    expect(series).toHaveLength(1);
    return series[0];
  };

  it('are small and convert to series with increasing times', () => {
    for (const name of ['spike', 'level_shift', 'leak', 'cascade_latency', 'cascade_errors_rate', 'p99_all']) {
      const series = convert(load(`${backend}/${prefix}_${name}.json`));
      expect(series.length).toBeGreaterThanOrEqual(1);
      expect(series.length).toBeLessThanOrEqual(4);
      for (const s of series) {
        expect(s.values.length).toBeGreaterThan(100);
        expect(s.values.length).toBeLessThanOrEqual(720);
        expect(s.timesMs.every((t, i) => i === 0 || t > s.timesMs[i - 1])).toBe(true);
      }
    }
  });

  it('hold the spike and the leak where the manifest says', () => {
    expectSpike(one('spike'), w);
    const leak = one('leak');
    expectLeak(leak, w, (leak.timesMs[1] - leak.timesMs[0]) / 1000);
  });
});
