/*
 * The analysis worker starts from the built data source bundle (a Blob worker, no extra chunk),
 * computes on a transferred Float64Array, and gives the same result as the engine run directly
 * in Node. Where no worker may start (a CSP without blob:, or no Worker at all) the same engine
 * runs on the main thread, says so, and gives the same result.
 */
import { expect, test, type Page } from '@playwright/test';

import { detect } from '../src/engine/detect';
import { MODULES } from './harness/pluginPaths';

const N = 1_440;
const STEP_MS = 60_000;
const T0_MS = 1_700_000_000_000;

/** A daily-looking sine with noise-free structure and a spike at point 1,200. */
function fixture() {
  const timesMs = Array.from({ length: N }, (_, i) => T0_MS + i * STEP_MS);
  const values = Array.from(
    { length: N },
    (_, i) => 100 + 10 * Math.sin((2 * Math.PI * i) / 360) + (i === 1_200 ? 80 : 0)
  );
  return { timesMs, values };
}

interface BrowserRun {
  ranIn: string;
  notices: string[];
  transferred: boolean;
  anomalous: number[];
  score: number[];
}

async function runInPage(page: Page): Promise<BrowserRun> {
  return page.evaluate(
    async ([url, data]) => {
      const exports = await window.loadPluginModule(url);
      const plugin = exports.plugin as { DataSourceClass: new (settings: unknown) => { engine: { detect: Function } } };
      const ds = new plugin.DataSourceClass({
        uid: 'kale',
        name: 'Kale',
        type: 'kale-anomaly-datasource',
        jsonData: {},
        meta: { id: 'kale-anomaly-datasource' },
        access: 'proxy',
        readOnly: false,
      });
      const values = new Float64Array(data.values);
      const batch = {
        names: ['spiky'],
        labels: [{}],
        offsets: new Uint32Array([0, values.length]),
        timesMs: new Float64Array(data.timesMs),
        values,
      };
      const response = await ds.engine.detect(batch, { preset: 'three-sigma' });
      return {
        ranIn: response.ranIn,
        notices: response.notices,
        transferred: values.buffer.byteLength === 0,
        anomalous: Array.from(response.results[0].anomalous as Uint8Array),
        score: Array.from(response.results[0].score as Float64Array),
      };
    },
    [MODULES.datasource, fixture()] as const
  );
}

function expectedFromNode() {
  const { timesMs, values } = fixture();
  const result = detect(
    { name: 'spiky', timesMs: new Float64Array(timesMs), values: new Float64Array(values) },
    { preset: 'three-sigma' }
  );
  return { anomalous: Array.from(result.anomalous), score: Array.from(result.score) };
}

test('the worker runs from the built bundle on a transferred Float64Array', async ({ page }) => {
  const workerUrls: string[] = [];
  const scriptRequests: string[] = [];
  page.on('worker', (w) => workerUrls.push(w.url()));
  page.on(
    'request',
    (r) => r.resourceType() === 'script' && r.url().startsWith('http') && scriptRequests.push(new URL(r.url()).pathname)
  );
  await page.goto('/index.html');
  const run = await runInPage(page);

  expect(run.ranIn).toBe('worker');
  expect(run.notices).toEqual([]);
  expect(run.transferred).toBe(true);
  expect(workerUrls).toHaveLength(1);
  expect(workerUrls[0]).toMatch(/^blob:/);
  expect(scriptRequests).toEqual(['/host.js', MODULES.datasource]);

  const expected = expectedFromNode();
  expect(run.anomalous).toEqual(expected.anomalous);
  expect(run.score).toEqual(expected.score);
  expect(run.anomalous[1_200]).toBe(1);
});

for (const [blocker, setup] of [
  ['a CSP without blob: workers', async (page: Page) => page.goto('/index.html?csp=no-blob-workers')],
  [
    'no Worker at all',
    async (page: Page) => {
      await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
      return page.goto('/index.html');
    },
  ],
] as const) {
  test(`with ${blocker}, the main-thread fallback gives the same result`, async ({ page }) => {
    await setup(page);
    const run = await runInPage(page);
    expect(run.ranIn).toBe('main-thread');
    expect(run.notices.join(' ')).toMatch(/main thread/);
    const expected = expectedFromNode();
    expect(run.anomalous).toEqual(expected.anomalous);
    expect(run.score).toEqual(expected.score);
  });
}
