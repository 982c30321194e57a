/*
 * Real Graphite (Debian's carbon-cache + graphite-web) on loopback, fed by the generator: two
 * hours of timestamped history written to carbon's plaintext port. The incidents must come back
 * through /render?format=json exactly as the model wrote them and be measurable there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendToCarbon } from '../../generator/carbon';
import { graphiteLines } from '../../generator/exposition';
import type { Model } from '../../generator/model';
import type { Series } from '../../src/engine/types';
import { recordFixture } from './fixtures';
import { startGraphite, type GraphiteServer } from './harness/graphite';
import { getText, waitFor } from './harness/processes';
import {
  expectCascadeLag,
  expectFlagged,
  expectLeak,
  expectLevelShift,
  expectSpike,
  onlySeries,
} from './incidentChecks';
import { graphiteRenderToSeries } from './responses';
import { HISTORY_SEC, KEYS, SCENARIO_KEYS, scenarioModel, scenarioWindows, type Windows } from './scenario';

const STEP = 10;

let dir = '';
let graphite: GraphiteServer | undefined;
let model: Model;
let anchorSec = 0;
let w: Windows;

/**
 * /render for [anchor − 2 h, anchor − step]; Graphite's `from` is exclusive, hence one step
 * earlier. `maxDataPoints` makes graphite-web consolidate, as Grafana's Graphite data source asks.
 */
async function render(target: string, fixture?: string, maxDataPoints?: number): Promise<Series[]> {
  const params = new URLSearchParams({
    target,
    from: String(anchorSec - HISTORY_SEC - STEP),
    until: String(anchorSec - STEP),
    format: 'json',
    ...(maxDataPoints ? { maxDataPoints: String(maxDataPoints) } : {}),
  });
  const body = await getText(`${graphite!.url}/render?${params}`);
  if (fixture) {
    recordFixture(`graphite/${fixture}`, body);
  }
  return graphiteRenderToSeries(JSON.parse(body));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kale-graphite-'));
  anchorSec = Math.floor(Date.now() / 1000 / STEP) * STEP;
  model = scenarioModel(anchorSec * 1000);
  w = scenarioWindows(anchorSec);
  graphite = await startGraphite({ dir });
  const specs = SCENARIO_KEYS.map((k) => model.byKey(k));
  const chunks: string[] = [];
  for (let t = anchorSec - HISTORY_SEC; t < anchorSec; t += STEP) {
    chunks.push(graphiteLines(model, t * 1000, specs));
  }
  await sendToCarbon('127.0.0.1', graphite.carbonPort, chunks);
  const expected = HISTORY_SEC / STEP;
  await waitFor(
    'the backfill to be readable',
    async () => {
      const series = await render(`group(${SCENARIO_KEYS.join(',')})`);
      return (
        series.length === SCENARIO_KEYS.length &&
        series.every((s) => s.values.filter(Number.isFinite).length === expected)
      );
    },
    { timeoutMs: 30000, intervalMs: 500, context: () => graphite!.processes.map((p) => p.logTail(10)).join('\n') }
  );
  recordFixture('graphite/manifest.json', {
    note: 'Recorded by tests/integration/graphite.test.ts; times are epoch seconds.',
    anchorSec,
    history: { from: anchorSec - HISTORY_SEC - STEP, until: anchorSec - STEP, step: STEP },
    incidents: w,
  });
}, 120000);

afterAll(async () => {
  await graphite?.stop();
  if (dir) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('Graphite fed by the generator', () => {
  it('returns the backfilled history exactly as the model wrote it', async () => {
    const spec = model.byKey(KEYS.spike);
    const s = onlySeries(await render(spec.key, 'render_spike.json'));
    expect(s.name).toBe(spec.key);
    expect(s.timesMs.length).toBe(HISTORY_SEC / STEP);
    s.timesMs.forEach((t, i) => expect(s.values[i]).toBe(model.valueAt(spec, t)));
  });

  it('shows the latency spike at the scripted time', async () => {
    expectSpike(onlySeries(await render(KEYS.spike)), w);
  });

  it('shows the level shift in perSecond(requests) and not before it', async () => {
    const s = onlySeries(await render(`perSecond(${KEYS.shiftRequests})`, 'render_level_shift.json'));
    expectLevelShift(s, model, KEYS.shiftRequests, w);
  });

  it('shows the slow leak growing and dropping at the restart', async () => {
    expectLeak(onlySeries(await render(KEYS.leakMemory, 'render_leak.json')), w, STEP);
  });

  it('shows the cascade: errors follow the upstream latency by about the scripted lag', async () => {
    const [source, target] = await Promise.all([
      render(KEYS.cascadeSource, 'render_cascade_latency.json'),
      render(`movingAverage(perSecond(${KEYS.cascadeTarget}),6)`, 'render_cascade_errors_rate.json'),
    ]);
    expectCascadeLag(onlySeries(source), onlySeries(target), w);
  });

  it('records a multi-series response for the data source tests', async () => {
    const series = await render('kale.*.*.latency_p99', 'render_p99_all.json', 240);
    expect(series.every((s) => s.values.length <= 240)).toBe(true);
    expect(series.map((s) => s.name).sort()).toEqual([
      'kale.auth.token.latency_p99',
      'kale.checkout.cart.latency_p99',
      'kale.frontend.home.latency_p99',
      'kale.payments.charge.latency_p99',
    ]);
  });

  it.each(['skyline', 'three-sigma'] as const)(
    'the engine (%s) flags the spike, the level shift and the cascade errors',
    async (preset) => {
      const [spike, shift, errors] = await Promise.all([
        render(KEYS.spike),
        render(`perSecond(${KEYS.shiftRequests})`),
        render(`perSecond(${KEYS.cascadeTarget})`),
      ]);
      expectFlagged(preset, onlySeries(spike), onlySeries(shift), onlySeries(errors), w);
    }
  );
});
