/*
 * Panel benchmark in the browser harness (Chromium, the built dist/panel/module.js), driven with
 * playwright-core. Seeded synthetic data (tests/harness/panelFixture.ts).
 * 1. Render: 50 series × 2,000 points with expected bands and anomaly regions: the synchronous
 *    React render + commit, until the next task (uPlot's first draw runs in a microtask) and until
 *    the next animation frame. One cold render, then fresh re-mounts; bands shaded for the target
 *    only (the default) and for all 50 series.
 * 2. Click → correlations: 1,000 series (× 500 and × 2,000 points); the corpus loads into the
 *    worker when the data arrives; each click on an anomalies-list row is timed until the
 *    correlation list shows that series' hits (DOM observed in the page), and the engine's own ms.
 * Targets (issue 6): render ≤ 100 ms, click → list ≤ 200 ms; printed as figure, target and ratio.
 * Run: npm run build:plugin && npx tsx tests/panel.bench.ts [--runs 5] [--clicks 5] [--methods dtw,lagged,pearson]
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';

import { CHROMIUM_LAUNCH } from './harness/chromium';
import { openPanel } from './harness/openPanel';
import type { RigTiming } from './harness/panelRig';
import { startServer } from './harness/serve';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    clicks: { type: 'string', default: '5' },
    methods: { type: 'string', default: 'dtw,lagged,pearson' },
    port: { type: 'string', default: '3978' },
  },
});
const RUNS = Number(args.runs);
const CLICKS = Number(args.clicks);
const PORT = Number(args.port);
const SIZE = { width: 1400, height: 900 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (x: number) => x.toFixed(1);

async function renderBench(page: Page, bands: 'focused' | 'all') {
  const spec = { mode: 'light' as const, seriesCount: 50, points: 2_000, ...SIZE, options: { bands } };
  const cold = await openPanel(page, spec);
  const warm: RigTiming[] = [];
  for (let i = 0; i < RUNS; i++) {
    warm.push(await page.evaluate((s) => window.kaleRig.render(s), spec));
  }
  const drawn = await page.getByTestId('kale-panel-chart').getAttribute('data-drawn');
  const [commit, painted, frame] = (['commitMs', 'drawnMs', 'frameMs'] as const).map((k) =>
    median(warm.map((w) => w[k]))
  );
  console.log(`render 50 × 2,000 with bands, bands shaded: ${bands} (${drawn} series drawn)`);
  console.log(`  cold: commit ${fmt(cold.commitMs)} ms, drawn ${fmt(cold.drawnMs)} ms, frame ${fmt(cold.frameMs)} ms`);
  console.log(
    `  warm median of ${RUNS}: commit ${fmt(commit)} ms, drawn ${fmt(painted)} ms, frame ${fmt(frame)} ms; target 100 ms, ratio (drawn) ${(painted / 100).toFixed(2)}`
  );
}

async function clickBench(page: Page, points: number, method: string) {
  await openPanel(page, { mode: 'light', seriesCount: 1_000, points, ...SIZE, options: { method } });
  const list = page.getByTestId('kale-panel-correlations');
  await list.locator('[data-testid="kale-panel-correlation-row"]').first().waitFor({ timeout: 120_000 });
  const names = await page
    .getByTestId('kale-panel-anomaly-row')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
  const wall: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < CLICKS; i++) {
    const name = names[(i + 1) % names.length];
    const ms = await page.evaluate((n) => {
      const row = document.querySelector<HTMLElement>(`[data-testid="kale-panel-anomaly-row"][data-name="${n}"]`)!;
      const list = document.querySelector('[data-testid="kale-panel-correlations"]')!;
      return window.kaleRig.timeUntil(
        row,
        () => list.getAttribute('data-query') === n && list.getAttribute('data-status') === 'done'
      );
    }, name);
    wall.push(ms);
    const heading = (await list.locator('h3').textContent()) ?? '';
    engine.push(Number(/· (\d+) ms/.exec(heading)?.[1] ?? NaN));
  }
  const w = median(wall);
  console.log(
    `click → correlations among 1,000 × ${points} (${method}): median ${fmt(w)} ms wall (engine ${fmt(median(engine))} ms), each ${wall.map(fmt).join(', ')}`
  );
  console.log(`  target 200 ms, ratio ${(w / 200).toFixed(2)}`);
}

async function main() {
  execFileSync('node', [path.join(__dirname, 'harness', 'buildHost.mjs')], { stdio: 'inherit' });
  const server = await startServer(PORT);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage({
      baseURL: `http://127.0.0.1:${PORT}`,
      viewport: { width: SIZE.width + 40, height: SIZE.height + 40 },
    });
    console.log(
      `Kale panel benchmark · Node ${process.version} · Chromium ${browser.version()} · ${cpus()[0]?.model} × ${cpus().length} · load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} · ${new Date().toISOString()}`
    );
    await renderBench(page, 'focused');
    await renderBench(page, 'all');
    for (const method of args.methods.split(',')) {
      for (const points of [500, 2_000]) {
        await clickBench(page, points, method);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
