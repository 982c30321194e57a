/*
 * A detect query through the built data source in Chromium: the child data source's frames go
 * to the worker, and the response carries each series with score and band fields over the
 * visible range, the anomaly as an annotation region, and the inspector's stats; and a query
 * variable over the same pipeline lists the series anomalous in the visible range.
 */
import { expect, test } from '@playwright/test';

import { MODULES } from './harness/pluginPaths';

const STEP_MS = 60_000;
const TO_MS = 1_700_000_000_000;
const FROM_MS = TO_MS - 2 * 3_600_000;
const BASELINE_SEC = 6 * 3_600;
const SPIKE_MS = TO_MS - 30 * STEP_MS;

test('a detect query returns series, bands and anomaly regions computed in the worker', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/index.html');
  const summary = await page.evaluate(
    async ([url, c]) => {
      const data = window.grafanaShared['@grafana/data'] as Record<string, Function> & {
        FieldType: Record<string, string>;
      };
      const rxjs = window.grafanaShared.rxjs as Record<string, Function>;
      const times: number[] = [];
      const values: number[] = [];
      for (let t = c.FROM_MS - c.BASELINE_SEC * 1000; t <= c.TO_MS; t += c.STEP_MS) {
        times.push(t);
        values.push(50 + 5 * Math.sin(t / 3_600_000) + (t === c.SPIKE_MS ? 60 : 0));
      }
      const frame = data.createDataFrame({
        refId: 'A',
        fields: [
          { name: 'Time', type: data.FieldType.time, values: times },
          {
            name: 'Value',
            type: data.FieldType.number,
            values,
            labels: { job: 'api' },
            config: { displayNameFromDS: 'latency{job="api"}' },
          },
        ],
      });
      const ds = await window.kaleDataSourceOver(url, [frame]);
      const range = { fromMs: c.FROM_MS, toMs: c.TO_MS, stepMs: c.STEP_MS };
      const response = (await rxjs.lastValueFrom(
        ds.query(window.kaleRequest({ preset: 'three-sigma', baselineSec: c.BASELINE_SEC }, range))
      )) as {
        data: Array<{
          name: string;
          meta?: Record<string, never>;
          fields: Array<{ name: string; values: unknown[]; config: Record<string, never> }>;
        }>;
        errors: unknown[];
      };
      const series = response.data[0];
      const regions = response.data.find((f) => f.meta?.dataTopic === 'annotations')!;
      return {
        errors: response.errors,
        names: response.data.map((f) => f.name),
        fields: series.fields.map((f) => f.name),
        firstTime: series.fields[0].values[0],
        fillBelowTo: (series.fields[4].config.custom as { fillBelowTo: string }).fillBelowTo,
        lowerName: series.fields[3].config.displayNameFromDS,
        regionStarts: regions.fields.find((f) => f.name === 'time')!.values,
        stats: (series.meta!.stats as Array<{ displayName: string; value: number }>).map((s) => s.displayName),
      };
    },
    [MODULES.datasource, { STEP_MS, TO_MS, FROM_MS, BASELINE_SEC, SPIKE_MS }] as const
  );

  expect(summary.errors).toEqual([]);
  expect(summary.names).toEqual(['latency{job="api"}', 'Kale anomalies']);
  expect(summary.fields).toEqual(['Time', 'Value', 'Anomaly score', 'Expected lower', 'Expected upper']);
  expect(summary.firstTime).toBe(FROM_MS);
  expect(summary.fillBelowTo).toBe(summary.lowerName);
  expect(summary.regionStarts).toContain(SPIKE_MS);
  expect(summary.stats).toContain('Analysis time (worker)');
  expect(workers).toHaveLength(1);
});

test('a query variable lists the series anomalous in the time range, by peak score', async ({ page }) => {
  await page.goto('/index.html');
  const options = await page.evaluate(
    async ([url, c]) => {
      const data = window.grafanaShared['@grafana/data'] as Record<string, Function> & {
        FieldType: Record<string, string>;
      };
      const rxjs = window.grafanaShared.rxjs as Record<string, Function>;
      const times: number[] = [];
      for (let t = c.FROM_MS - c.BASELINE_SEC * 1000; t <= c.TO_MS; t += c.STEP_MS) {
        times.push(t);
      }
      const series = (name: string, spikeMs: number, height: number) =>
        data.createDataFrame({
          refId: 'A',
          fields: [
            { name: 'Time', type: data.FieldType.time, values: times },
            {
              name: 'Value',
              type: data.FieldType.number,
              values: times.map((t) => 50 + 5 * Math.sin(t / 3_600_000) + (t === spikeMs ? height : 0)),
              config: { displayNameFromDS: name },
            },
          ],
        });
      const ds = await window.kaleDataSourceOver(url, [
        series('small spike', c.SPIKE_MS, 60),
        series('big spike', c.SPIKE_MS - 10 * c.STEP_MS, 120),
        series('spike in the baseline', c.FROM_MS - 3_600_000, 120),
        series('no spike', NaN, 0),
      ]);
      const range = { fromMs: c.FROM_MS, toMs: c.TO_MS, stepMs: c.STEP_MS };
      const listed = async (values: string) => {
        const query = { refId: 'variable', preset: 'three-sigma', baselineSec: c.BASELINE_SEC, values };
        const response = (await rxjs.lastValueFrom(ds.variables!.query(window.kaleRequest(query, range)))) as {
          data: Array<{ fields: Array<{ name: string; values: unknown[] }> }>;
          errors: unknown[];
        };
        return {
          errors: response.errors,
          field: response.data[0].fields[0].name,
          names: response.data[0].fields[0].values,
        };
      };
      return { anomalous: await listed('anomalous'), all: await listed('all') };
    },
    [MODULES.datasource, { STEP_MS, TO_MS, FROM_MS, BASELINE_SEC, SPIKE_MS }] as const
  );

  expect(options.anomalous).toEqual({ errors: [], field: 'text', names: ['big spike', 'small spike'] });
  expect(options.all.names).toEqual(['small spike', 'big spike', 'spike in the baseline', 'no spike']);
});
