/*
 * Real Prometheus (Debian package) on loopback, fed by the generator: two hours of history
 * loaded with promtool from the generator's OpenMetrics output, then live scrapes of the
 * generator's /metrics every second. The incidents must come back through /api/v1/query_range
 * exactly as the model wrote them, be measurable (size, lag, shift, leak) and be flagged by the
 * engine's detectors after the Grafana-style conversion.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOpenMetrics } from '../../generator/exposition';
import type { Model, SeriesSpec } from '../../generator/model';
import { startMetricsServer, type MetricsServer } from '../../generator/server';
import type { Series } from '../../src/engine/types';
import { recordFixture } from './fixtures';
import { startPrometheus, type PrometheusServer } from './harness/prometheus';
import { getJson, getText, waitFor } from './harness/processes';
import {
  expectCascadeLag,
  expectFlagged,
  expectLeak,
  expectLevelShift,
  expectSpike,
  onlySeries,
} from './incidentChecks';
import { promMatrixToSeries } from './responses';
import { HISTORY_SEC, KEYS, SCENARIO_KEYS, scenarioModel, scenarioWindows, type Windows } from './scenario';

const STEP = 15;

let dir = '';
let generator: MetricsServer | undefined;
let prometheus: PrometheusServer | undefined;
let model: Model;
let anchorSec = 0;
let w: Windows;

/** query_range over [anchor − 2 h, anchor − step]; the raw body is recorded when `fixture` is given. */
async function queryRange(expr: string, fixture?: string, step = STEP): Promise<Series[]> {
  const params = new URLSearchParams({
    query: expr,
    start: String(anchorSec - HISTORY_SEC),
    end: String(anchorSec - STEP),
    step: String(step),
  });
  const body = await getText(`${prometheus!.url}/api/v1/query_range?${params}`);
  if (fixture) {
    recordFixture(`prometheus/${fixture}`, body);
  }
  return promMatrixToSeries(JSON.parse(body));
}

function selector(key: string): string {
  const spec: SeriesSpec = model.byKey(key);
  return `${spec.name}{${Object.entries(spec.labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',')}}`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kale-prom-'));
  anchorSec = Math.floor(Date.now() / 1000 / STEP) * STEP;
  model = scenarioModel(anchorSec * 1000);
  w = scenarioWindows(anchorSec);
  const specs = SCENARIO_KEYS.map((k) => model.byKey(k));
  generator = await startMetricsServer(model, { host: '127.0.0.1', port: 0, series: specs });
  const file = join(dir, 'history.om');
  const out = createWriteStream(file);
  writeOpenMetrics(
    model,
    { fromMs: (anchorSec - HISTORY_SEC) * 1000, toMs: (anchorSec - STEP) * 1000, stepMs: STEP * 1000 },
    (chunk) => out.write(chunk),
    { series: specs, targetLabels: { job: 'kale-generator', instance: `127.0.0.1:${generator.port}` } }
  );
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  prometheus = await startPrometheus({
    dir,
    scrapeTarget: `127.0.0.1:${generator.port}`,
    scrapeIntervalSec: 1,
    openMetricsFile: file,
  });
  recordFixture('prometheus/manifest.json', {
    note: 'Recorded by tests/integration/prometheus.test.ts; times are epoch seconds.',
    anchorSec,
    history: { start: anchorSec - HISTORY_SEC, end: anchorSec - STEP, step: STEP },
    incidents: w,
  });
}, 120000);

afterAll(async () => {
  await prometheus?.stop();
  await generator?.close();
  if (dir) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('Prometheus fed by the generator', () => {
  it('returns the backfilled history exactly as the model wrote it', async () => {
    const spec = model.byKey(KEYS.spike);
    const s = onlySeries(await queryRange(selector(KEYS.spike), 'query_range_spike.json'));
    expect(s.timesMs.length).toBe(HISTORY_SEC / STEP);
    s.timesMs.forEach((t, i) => expect(s.values[i]).toBe(model.valueAt(spec, t)));
  });

  it('shows the latency spike at the scripted time', async () => {
    expectSpike(onlySeries(await queryRange(selector(KEYS.spike))), w);
  });

  it('shows the level shift in the request rate and not before it', async () => {
    const s = onlySeries(await queryRange(`rate(${selector(KEYS.shiftRequests)}[2m])`, 'query_range_level_shift.json'));
    expectLevelShift(s, model, KEYS.shiftRequests, w);
  });

  it('shows the slow leak growing and dropping at the restart', async () => {
    expectLeak(onlySeries(await queryRange(selector(KEYS.leakMemory), 'query_range_leak.json')), w, STEP);
  });

  it('shows the cascade: errors follow the upstream latency by about the scripted lag', async () => {
    const [source, target] = await Promise.all([
      queryRange(selector(KEYS.cascadeSource), 'query_range_cascade_latency.json'),
      queryRange(`rate(${selector(KEYS.cascadeTarget)}[1m])`, 'query_range_cascade_errors_rate.json'),
    ]);
    expectCascadeLag(onlySeries(source), onlySeries(target), w);
  });

  it('serves a /metrics body that promtool check metrics accepts', async () => {
    const body = await getText(`http://127.0.0.1:${generator!.port}/metrics`);
    const r = spawnSync('promtool', ['check', 'metrics'], { input: body, encoding: 'utf8', timeout: 30000 });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(body.split('\n').filter((l) => l && !l.startsWith('#'))).toHaveLength(SCENARIO_KEYS.length);
  });

  it('scrapes the live /metrics: samples match the model at their scrape second', async () => {
    const spec = model.byKey(KEYS.leakMemory);
    let samples: Array<[number, string]> = [];
    await waitFor(
      'three live scrapes',
      async () => {
        const params = new URLSearchParams({ query: `${selector(KEYS.leakMemory)}[20s]` });
        const body = (await getJson(`${prometheus!.url}/api/v1/query?${params}`)) as {
          data: { result: Array<{ values: Array<[number, string]> }> };
        };
        samples = body.data.result[0]?.values.filter(([t]) => t >= anchorSec) ?? [];
        return samples.length >= 3;
      },
      { timeoutMs: 30000, intervalMs: 500, context: () => prometheus!.process.logTail() }
    );
    for (const [t, v] of samples) {
      const candidates = [-1, 0, 1].map((d) => model.valueAt(spec, (Math.floor(t) + d) * 1000));
      expect(candidates).toContain(Number(v));
    }
    const up = (await getJson(`${prometheus!.url}/api/v1/query?query=up`)) as {
      data: { result: Array<{ value: [number, string] }> };
    };
    expect(up.data.result.map((r) => r.value[1])).toEqual(['1']);
  });

  it('records a multi-series response for the data source tests', async () => {
    const series = await queryRange('kale_http_latency_p99_seconds', 'query_range_p99_all.json', 60);
    expect(series.map((s) => s.labels?.service).sort()).toEqual(['auth', 'checkout', 'frontend', 'payments']);
    expect(series[0].name).toMatch(
      /^kale_http_latency_p99_seconds\{endpoint="\/[a-z]+", instance="127\.0\.0\.1:\d+", job="kale-generator", service="[a-z]+"\}$/
    );
  });

  it.each(['skyline', 'three-sigma'] as const)(
    'the engine (%s) flags the spike, the level shift and the cascade errors',
    async (preset) => {
      const [spike, shift, errors] = await Promise.all([
        queryRange(selector(KEYS.spike)),
        queryRange(`rate(${selector(KEYS.shiftRequests)}[2m])`),
        queryRange(`rate(${selector(KEYS.cascadeTarget)}[1m])`),
      ]);
      expectFlagged(preset, onlySeries(spike), onlySeries(shift), onlySeries(errors), w);
    }
  );
});
