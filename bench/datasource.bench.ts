/*
 * Data source benchmark in Chromium: 500 series × 2,000 points through the `skyline` preset,
 * from the child's frames to the response frames, with the built plugin (dist/) in the browser
 * harness. Prints the time spent in the worker, the whole query's wall time, and the longest
 * main-thread task meanwhile (Long Tasks API). Targets: ≤ 1 s in the worker, no main-thread
 * task > 50 ms. Run `npm run build:plugin` first; `npm run bench:datasource`
 * (KALE_BENCH_PRESET=three-sigma|morgoth for another preset).
 */
import { chromium } from '@playwright/test';
import os from 'node:os';

import { startServer } from '../tests/harness/serve';
import { MODULES } from '../tests/harness/pluginPaths';

const PORT = 3_955;
const SERIES = 500;
const POINTS = 2_000;
const RUNS = 5;
/** The preset to benchmark; `skyline` is the target's. */
const PRESET = process.env.KALE_BENCH_PRESET ?? 'skyline';

async function main() {
  const server = await startServer(PORT);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    // tsx compiles this file with esbuild's keepNames, whose `__name` helper the page lacks.
    await page.addInitScript('window.__name = (fn) => fn');
    await page.goto(`http://127.0.0.1:${PORT}/index.html`);
    const runs = await page.evaluate(
      async ([url, c]) => {
        const data = window.grafanaShared['@grafana/data'] as Record<string, Function> & {
          FieldType: Record<string, string>;
        };
        const rxjs = window.grafanaShared.rxjs as Record<string, Function>;
        const runtime = window.grafanaShared['@grafana/runtime'] as Record<string, Function>;
        const stepMs = 60_000;
        const toMs = 1_700_000_000_000;
        const fromMs = toMs - (c.POINTS / 2) * stepMs;
        let seed = 42;
        const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
        const frames = Array.from({ length: c.SERIES }, (_, s) => {
          const times = Array.from({ length: c.POINTS }, (_, i) => toMs - (c.POINTS - 1 - i) * stepMs);
          const values = times.map(
            (_, i) =>
              100 +
              20 * Math.sin((2 * Math.PI * i) / 1_440 + s) +
              5 * random() +
              (i === c.POINTS - 50 && s % 10 === 0 ? 80 : 0)
          );
          return data.createDataFrame({
            refId: 'A',
            fields: [
              { name: 'Time', type: data.FieldType.time, values: times },
              { name: 'Value', type: data.FieldType.number, values, labels: { instance: `host-${s}` } },
            ],
          });
        });
        const child = { uid: 'prom', type: 'prometheus', name: 'Prometheus', query: () => rxjs.of({ data: frames }) };
        runtime.setDataSourceSrv({
          get: async () => child,
          getList: () => [],
          getInstanceSettings: () => undefined,
          reload: () => undefined,
        });
        const exports = await window.loadPluginModule(url);
        const plugin = exports.plugin as {
          DataSourceClass: new (settings: unknown) => { query: (r: unknown) => unknown };
        };
        const ds = new plugin.DataSourceClass({
          uid: 'kale',
          name: 'Kale',
          type: 'kale-anomaly-datasource',
          jsonData: {},
          meta: {},
        });
        const request = {
          requestId: 'bench',
          interval: '1m',
          intervalMs: stepMs,
          maxDataPoints: c.POINTS / 2,
          range: { from: data.dateTime(fromMs), to: data.dateTime(toMs), raw: { from: 'now-1d', to: 'now' } },
          scopedVars: {},
          targets: [
            {
              refId: 'A',
              child: { uid: 'prom', type: 'prometheus' },
              childQuery: { refId: 'A' },
              preset: c.PRESET,
              baselineSec: 0,
            },
          ],
          timezone: 'utc',
          app: 'dashboard',
          startTime: 0,
        };
        const results: Array<{
          wallMs: number;
          workerMs: number;
          longestTaskMs: number;
          longTasks: number;
          points: number;
        }> = [];
        for (let run = 0; run < c.RUNS; run++) {
          const tasks: number[] = [];
          const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
          observer.observe({ type: 'longtask' });
          const started = performance.now();
          const response = (await rxjs.lastValueFrom(ds.query({ ...request, requestId: `bench-${run}` }))) as {
            data: Array<{ meta?: { stats?: Array<{ displayName: string; value: number }> } }>;
            errors: unknown[];
          };
          const wallMs = performance.now() - started;
          await new Promise((resolve) => setTimeout(resolve, 50));
          observer.disconnect();
          const stats = response.data[0].meta!.stats!;
          const stat = (prefix: string) => stats.find((s) => s.displayName.startsWith(prefix))!.value;
          results.push({
            wallMs,
            workerMs: stat('Analysis time (worker)'),
            longestTaskMs: Math.max(0, ...tasks),
            longTasks: tasks.length,
            points: stat('Points analysed'),
          });
        }
        return results;
      },
      [MODULES.datasource, { SERIES, POINTS, RUNS, PRESET }] as const
    );
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    console.log(`Kale data source benchmark — ${SERIES} series × ${POINTS} points, ${PRESET} preset, ${RUNS} runs`);
    console.log(
      `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Chromium ${browser.version()}, ${new Date().toISOString()}`
    );
    runs.forEach((r, i) =>
      console.log(
        `run ${i + 1}: worker ${r.workerMs.toFixed(0)} ms, wall ${r.wallMs.toFixed(0)} ms, longest main-thread task ${r.longestTaskMs.toFixed(0)} ms (${r.longTasks} tasks > 50 ms), ${r.points} points`
      )
    );
    const worker = median(runs.map((r) => r.workerMs));
    const longest = Math.max(...runs.map((r) => r.longestTaskMs));
    console.log(`median worker time ${worker.toFixed(0)} ms (target ≤ 1000 ms, ratio ${(worker / 1000).toFixed(2)})`);
    console.log(`longest main-thread task over all runs ${longest.toFixed(0)} ms (target ≤ 50 ms)`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
