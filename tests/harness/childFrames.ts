/*
 * Recorded Prometheus and Graphite HTTP bodies → data frames shaped the way Grafana's own data
 * sources hand them to panels (and to our data source):
 * - Prometheus (`/api/v1/query_range`, matrix): one frame per series with fields `Time` and
 *   `Value`; the labels sit on the value field and its display name is the legend format filled
 *   in, or `metric{k="v", …}` without one.
 * - Graphite (`/render?format=json`): one frame per target named by the target, fields `Time`
 *   and `Value`, null kept as null, tags as labels.
 * Used by the data source's Jest tests (replaying responses recorded from real servers) and by
 * the demo, which proxies a real server.
 */
import { FieldType, createDataFrame, type DataFrame } from '@grafana/data';
import { promSeriesName } from './promSeriesName';

interface PromSample {
  metric: Record<string, string>;
  values: Array<[number, string]>;
}

interface GraphiteTarget {
  target: string;
  tags?: Record<string, string>;
  datapoints: Array<[number | null, number]>;
}

/** The series' legend: `legendFormat` with `{{label}}` filled in, else `metric{k="v", …}`. */
function promLegend(metric: Record<string, string>, legendFormat?: string): string {
  if (!legendFormat || legendFormat === '__auto') {
    return promSeriesName(metric);
  }
  return legendFormat.replace(/\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g, (_, label: string) => metric[label] ?? '');
}

export function promMatrixToFrames(body: unknown, refId: string, legendFormat?: string): DataFrame[] {
  const b = body as { status?: string; data?: { resultType?: string; result?: PromSample[] }; error?: string };
  if (b.status !== 'success' || b.data?.resultType !== 'matrix' || !Array.isArray(b.data.result)) {
    throw new Error(b.error ?? `expected a Prometheus matrix, got ${JSON.stringify(body).slice(0, 120)}`);
  }
  return b.data.result.map((r) =>
    createDataFrame({
      refId,
      meta: { type: 'timeseries-multi' as never },
      fields: [
        { name: 'Time', type: FieldType.time, values: r.values.map(([t]) => t * 1000) },
        {
          name: 'Value',
          type: FieldType.number,
          values: r.values.map(([, v]) => Number(v)),
          labels: { ...r.metric },
          config: { displayNameFromDS: promLegend(r.metric, legendFormat) },
        },
      ],
    })
  );
}

export function graphiteRenderToFrames(body: unknown, refId: string): DataFrame[] {
  if (!Array.isArray(body)) {
    throw new Error(`expected a Graphite render array, got ${JSON.stringify(body).slice(0, 120)}`);
  }
  return (body as GraphiteTarget[]).map((t) =>
    createDataFrame({
      refId,
      name: t.target,
      fields: [
        { name: 'Time', type: FieldType.time, values: t.datapoints.map(([, ts]) => ts * 1000) },
        {
          name: 'Value',
          type: FieldType.number,
          values: t.datapoints.map(([v]) => v),
          labels: { ...(t.tags ?? {}) },
          config: { displayNameFromDS: t.target },
        },
      ],
    })
  );
}
