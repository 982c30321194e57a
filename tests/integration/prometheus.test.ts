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
import { createModel, generateSeries, type Model, type SeriesSpec } from '../../generator/model';
import { startMetricsServer, type MetricsServer } from '../../generator/server';
import { detect } from '../../src/engine/detect';
import type { Series } from '../../src/engine/types';
import { bestLagSec, flaggedInside, windowMean } from './analysis';
import { recordFixture } from './fixtures';
import { startPrometheus, type PrometheusServer } from './harness/prometheus';
import { getJson, getText, waitFor } from './harness/processes';
import { promMatrixToSeries } from './responses';
import { KEYS, MIN, SCENARIO_KEYS, scenarioModel, scenarioWindows, type Windows } from './scenario';

const STEP = 15;
const HISTORY_SEC = 2 * 3600;

let dir = '';
let generator: MetricsServer | undefined;
let prometheus: PrometheusServer | undefined;
let model: Model;
let anchorSec = 0;
let w: Windows;

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

function selector(spec: SeriesSpec): string {
  return `${spec.name}{${Object.entries(spec.labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',')}}`;
}

/** The same series' per-second rate had no incident happened (same seed, empty script). */
function counterfactualRate(spec: SeriesSpec, like: Series): Series {
  const calm = createModel({ anchorMs: model.anchorMs, incidents: [] });
  const fromMs = like.timesMs[0];
  const stepMs = like.timesMs[1] - fromMs;
  const [g] = generateSeries(calm, { fromMs, toMs: like.timesMs[like.timesMs.length - 1], stepMs, keys: [spec.key] });
  return {
    name: 'calm',
    timesMs: Float64Array.from(g.points, ([t]) => t),
    values: Float64Array.from(g.points, ([, v]) => v),
  };
}

function only(series: Series[]): Series {
  expect(series).toHaveLength(1);
  return series[0];
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
    const s = only(await queryRange(selector(spec), 'query_range_spike.json'));
    expect(s.timesMs.length).toBe(HISTORY_SEC / STEP);
    s.timesMs.forEach((t, i) => expect(s.values[i]).toBe(model.valueAt(spec, t)));
  });

  it('shows the latency spike at the scripted time', async () => {
    const s = only(await queryRange(selector(model.byKey(KEYS.spike))));
    const during = windowMean(s, w.spike.startSec + 60, w.spike.endSec - 60);
    const before = windowMean(s, w.spike.startSec - 30 * MIN, w.spike.startSec - MIN);
    expect(during / before).toBeGreaterThan(3);
  });

  it('shows the level shift in the request rate and not before it', async () => {
    const spec = model.byKey(KEYS.shiftRequests);
    const s = only(await queryRange(`rate(${selector(spec)}[2m])`, 'query_range_level_shift.json'));
    const calm = counterfactualRate(spec, s);
    const excess = (fromSec: number, toSec: number): number =>
      (windowMean(s, fromSec, toSec) - windowMean(calm, fromSec, toSec)) / spec.base;
    expect(excess(w.shiftSec + 5 * MIN, w.shiftSec + 25 * MIN)).toBeCloseTo(0.6, 1);
    expect(excess(w.shiftSec - 25 * MIN, w.shiftSec - 5 * MIN)).toBeCloseTo(0, 1);
  });

  it('shows the slow leak growing and dropping at the restart', async () => {
    const s = only(await queryRange(selector(model.byKey(KEYS.leakMemory)), 'query_range_leak.json'));
    const start = windowMean(s, w.leak.startSec - 5 * MIN, w.leak.startSec);
    const top = windowMean(s, w.leak.endSec - 5 * MIN, w.leak.endSec - STEP);
    const restarted = windowMean(s, w.leak.endSec + STEP, w.leak.endSec + 5 * MIN);
    expect(top / start).toBeGreaterThan(1.3);
    expect(Math.abs(restarted / start - 1)).toBeLessThan(0.1);
  });

  it('shows the cascade: errors follow the upstream latency by about the scripted lag', async () => {
    const [source, target] = await Promise.all([
      queryRange(selector(model.byKey(KEYS.cascadeSource)), 'query_range_cascade_latency.json'),
      queryRange(`rate(${selector(model.byKey(KEYS.cascadeTarget))}[1m])`, 'query_range_cascade_errors_rate.json'),
    ]);
    const lag = bestLagSec(
      only(source),
      only(target),
      w.cascade.startSec - 10 * MIN,
      w.cascade.startSec + 25 * MIN,
      10 * MIN
    );
    // rate() over 1 m trails the counter by up to half its window.
    expect(lag).toBeGreaterThanOrEqual(w.cascade.lagSec - 30);
    expect(lag).toBeLessThanOrEqual(w.cascade.lagSec + 90);
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
        const body = (await getJson(
          `${prometheus!.url}/api/v1/query?${new URLSearchParams({ query: `${selector(spec)}[20s]` })}`
        )) as { data: { result: Array<{ values: Array<[number, string]> }> } };
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
        queryRange(selector(model.byKey(KEYS.spike))),
        queryRange(`rate(${selector(model.byKey(KEYS.shiftRequests))}[2m])`),
        queryRange(`rate(${selector(model.byKey(KEYS.cascadeTarget))}[1m])`),
      ]);
      const cases: Array<[Series, number, number]> = [
        [only(spike), w.spike.startSec, w.spike.endSec + 2 * MIN],
        [only(shift), w.shiftSec, w.shiftSec + 10 * MIN],
        [
          only(errors),
          w.cascade.startSec + w.cascade.lagSec,
          w.cascade.startSec + w.cascade.lagSec + w.cascade.durationSec + 2 * MIN,
        ],
      ];
      for (const [series, fromSec, toSec] of cases) {
        const r = detect(series, { preset });
        expect(r.notices.filter((n) => n.startsWith('error:'))).toEqual([]);
        const f = flaggedInside(r, fromSec, toSec);
        expect({ series: series.name, flagged: f.inside > 0 }).toEqual({ series: series.name, flagged: true });
        expect(f.insideRate).toBeGreaterThan(5 * f.outsideRate);
      }
    }
  );
});
