/*
 * Data source benchmark in Chromium: 500 series × 2,000 points through the `skyline` preset,
 * from the child's frames to the response frames, with the built plugin (dist/) in the browser
 * harness. Prints the time spent in the worker, the whole query's wall time, the longest
 * main-thread task meanwhile (Long Tasks API), and the progress the query reported in Loading
 * responses before its Done one. Targets: ≤ 1 s in the worker, no main-thread task > 50 ms.
 * Run `npm run build:plugin` first; `npm run bench:datasource` (KALE_BENCH_PRESET=three-sigma|
 * morgoth for another preset). KALE_BENCH_TRACE=1 records a Chromium trace as well and prints
 * each run's longest main-thread tasks of any length (the Long Tasks API only sees those over
 * 50 ms); tracing slows the page a little.
 */
import { chromium } from '@playwright/test';
import os from 'node:os';

import { CHROMIUM_LAUNCH } from '../tests/harness/chromium';
import { startServer } from '../tests/harness/serve';
import { MODULES } from '../tests/harness/pluginPaths';

const PORT = 3_955;
const SERIES = 500;
const POINTS = 2_000;
const RUNS = 5;
/** The preset to benchmark; `skyline` is the target's. */
const PRESET = process.env.KALE_BENCH_PRESET ?? 'skyline';
const TRACE = process.env.KALE_BENCH_TRACE === '1';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/** Per run, the longest tasks (ms) on the page's main thread between the run's start and end marks. */
function longestTracedTasks(events: TraceEvent[], runs: number): number[][] {
  // The page's main thread is where the bench's marks are.
  const main = events.find((e) => e.name === 'kale-run-0-start');
  const onMain = (e: TraceEvent) => main !== undefined && e.pid === main.pid && e.tid === main.tid;
  const tasks = events.filter((e) => onMain(e) && e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X');
  const markAt = (name: string) => events.find((e) => e.name === name)?.ts ?? NaN;
  return Array.from({ length: runs }, (_, run) => {
    const [start, end] = [markAt(`kale-run-${run}-start`), markAt(`kale-run-${run}-end`)];
    return tasks
      .filter((t) => t.ts + (t.dur ?? 0) >= start && t.ts <= end)
      .map((t) => (t.dur ?? 0) / 1000)
      .sort((a, b) => b - a)
      .slice(0, 3);
  });
}

async function main() {
  const server = await startServer(PORT);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    // tsx compiles this file with esbuild's keepNames, whose `__name` helper the page lacks.
    await page.addInitScript('window.__name = (fn) => fn');
    await page.goto(`http://127.0.0.1:${PORT}/index.html`);
    if (TRACE) {
      await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
    }
    const runs = await page.evaluate(
      async ([url, c]) => {
        const data = window.grafanaShared['@grafana/data'] as Record<string, Function> & {
          FieldType: Record<string, string>;
        };
        const rxjs = window.grafanaShared.rxjs as Record<string, Function>;
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
        const ds = await window.kaleDataSourceOver(url, frames);
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
          progress: string[];
        }> = [];
        for (let run = 0; run < c.RUNS; run++) {
          const tasks: number[] = [];
          const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
          observer.observe({ type: 'longtask' });
          type Response = {
            state: string;
            data: Array<{
              meta?: {
                stats?: Array<{ displayName: string; value: number }>;
                notices?: Array<{ text: string }>;
              };
            }>;
            errors: unknown[];
          };
          const progress: string[] = [];
          const noteProgress = (r: Response) =>
            r.state === 'Loading' &&
            progress.push(
              r.data
                .flatMap((f) => f.meta?.notices ?? [])
                .map((n) => n.text)
                .join()
            );
          performance.mark(`kale-run-${run}-start`);
          const started = performance.now();
          const query = ds.query({ ...request, requestId: `bench-${run}` }) as { pipe: Function };
          const response = (await rxjs.lastValueFrom(query.pipe(rxjs.tap(noteProgress)))) as Response;
          const wallMs = performance.now() - started;
          performance.mark(`kale-run-${run}-end`);
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
            progress,
          });
        }
        return results;
      },
      [MODULES.datasource, { SERIES, POINTS, RUNS, PRESET }] as const
    );
    const traced = TRACE
      ? longestTracedTasks(
          (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents,
          RUNS
        )
      : undefined;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    console.log(`Kale data source benchmark — ${SERIES} series × ${POINTS} points, ${PRESET} preset, ${RUNS} runs`);
    console.log(
      `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Chromium ${browser.version()}, ${new Date().toISOString()}`
    );
    runs.forEach((r, i) =>
      console.log(
        `run ${i + 1}: worker ${r.workerMs.toFixed(0)} ms, wall ${r.wallMs.toFixed(0)} ms, longest main-thread task ${r.longestTaskMs.toFixed(0)} ms (${r.longTasks} tasks > 50 ms), ${r.points} points, ${r.progress.length} progress responses (${r.progress.slice(0, 3).join(' | ')}${r.progress.length > 3 ? ' | …' : ''})`
      )
    );
    traced?.forEach((longest, i) =>
      console.log(
        `run ${i + 1} (traced): longest main-thread tasks ${longest.map((ms) => ms.toFixed(1)).join(', ')} ms`
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
