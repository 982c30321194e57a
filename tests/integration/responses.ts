/*
 * Raw HTTP bodies of Prometheus and Graphite → engine series, the way Grafana's data sources
 * shape them before our data source sees frames: times in epoch ms; Prometheus' string values
 * parsed ("NaN", "+Inf" included), series named `metric{k="v", …}` with labels sorted by key
 * (Grafana's display name for a Prometheus series without a legend); Graphite's null → NaN,
 * series named by `target`, its `tags` as labels.
 */
import type { Series } from '../../src/engine/types';
import { promSeriesName } from '../harness/promSeriesName';

interface PromSample {
  metric: Record<string, string>;
  values: Array<[number, string]>;
}

function fail(what: string): never {
  throw new Error(`unexpected response shape: ${what}`);
}

/** `/api/v1/query_range` body (resultType matrix) → one series per result. */
export function promMatrixToSeries(body: unknown): Series[] {
  const b = body as { status?: string; data?: { resultType?: string; result?: PromSample[] } };
  if (b.status !== 'success' || b.data?.resultType !== 'matrix' || !Array.isArray(b.data.result)) {
    fail(`expected a successful matrix, got ${JSON.stringify(body).slice(0, 200)}`);
  }
  return b.data.result.map((r) => ({
    name: promSeriesName(r.metric),
    labels: { ...r.metric },
    timesMs: Float64Array.from(r.values, ([t]) => t * 1000),
    values: Float64Array.from(r.values, ([, v]) => Number(v)),
  }));
}

interface GraphiteTarget {
  target: string;
  tags?: Record<string, string>;
  datapoints: Array<[number | null, number]>;
}

/** `/render?format=json` body → one series per target. */
export function graphiteRenderToSeries(body: unknown): Series[] {
  if (!Array.isArray(body)) {
    fail(`expected an array of targets, got ${JSON.stringify(body).slice(0, 200)}`);
  }
  return (body as GraphiteTarget[]).map((t) => ({
    name: t.target,
    labels: { ...(t.tags ?? {}) },
    timesMs: Float64Array.from(t.datapoints, ([, ts]) => ts * 1000),
    values: Float64Array.from(t.datapoints, ([v]) => (v === null ? NaN : v)),
  }));
}
