/*
 * Wire formats for the model's values: the Prometheus text exposition format (what /metrics
 * serves), OpenMetrics text with timestamps (what `promtool tsdb create-blocks-from openmetrics`
 * backfills) and Graphite's plaintext protocol (`path value unix_seconds`).
 * Rule: samples of one metric family stay together, under one HELP/TYPE header; OpenMetrics
 * names a counter family without its `_total` suffix and ends with `# EOF`.
 * Source: Prometheus "Exposition formats" (text format 0.0.4); OpenMetrics 1.0 spec;
 * Graphite docs "Feeding in your data" (plaintext protocol).
 */
import { FAMILIES, type SeriesSpec } from './catalog';
import type { Model } from './model';

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** `{service="checkout",endpoint="/cart"}`, or '' without labels. */
export function formatLabels(labels: Readonly<Record<string, string>>): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) {
    return 'NaN';
  }
  if (!Number.isFinite(v)) {
    return v > 0 ? '+Inf' : '-Inf';
  }
  return String(v);
}

/** Series grouped by metric family, in catalog family order. */
function byFamily(series: readonly SeriesSpec[]): Array<[(typeof FAMILIES)[number], SeriesSpec[]]> {
  return FAMILIES.map(
    (f) => [f, series.filter((s) => s.name === f.name)] as [(typeof FAMILIES)[number], SeriesSpec[]]
  ).filter(([, list]) => list.length > 0);
}

/** The /metrics body at time `tMs` (no sample timestamps: Prometheus stamps the scrape). */
export function renderPrometheusText(model: Model, tMs: number, series: readonly SeriesSpec[] = model.series): string {
  const out: string[] = [];
  for (const [f, list] of byFamily(series)) {
    out.push(`# HELP ${f.name} ${f.help}`, `# TYPE ${f.name} ${f.kind}`);
    for (const s of list) {
      out.push(`${s.name}${formatLabels(s.labels)} ${formatValue(model.valueAt(s, tMs))}`);
    }
  }
  return out.join('\n') + '\n';
}

function formatSeconds(tMs: number): string {
  return tMs % 1000 === 0 ? String(tMs / 1000) : (tMs / 1000).toFixed(3);
}

/**
 * OpenMetrics text for every time in [fromMs, toMs] stepping `stepMs`, handed to `write` one
 * series at a time so a day of history never sits in memory as one string. `targetLabels` are
 * the labels the scrape will attach (`job`, `instance`), so history and live samples form one
 * series in Prometheus.
 */
export function writeOpenMetrics(
  model: Model,
  range: { fromMs: number; toMs: number; stepMs: number },
  write: (chunk: string) => void,
  options: { series?: readonly SeriesSpec[]; targetLabels?: Readonly<Record<string, string>> } = {}
): void {
  if (!(range.stepMs > 0)) {
    throw new Error(`bad step ${range.stepMs}`);
  }
  for (const [f, list] of byFamily(options.series ?? model.series)) {
    const family = f.kind === 'counter' ? f.name.replace(/_total$/, '') : f.name;
    write(`# HELP ${family} ${f.help}\n# TYPE ${family} ${f.kind}\n`);
    for (const s of list) {
      const head = `${s.name}${formatLabels({ ...s.labels, ...options.targetLabels })} `;
      const lines: string[] = [];
      for (let t = range.fromMs; t <= range.toMs; t += range.stepMs) {
        lines.push(`${head}${formatValue(model.valueAt(s, t))} ${formatSeconds(t)}`);
      }
      write(lines.join('\n') + '\n');
    }
  }
  write('# EOF\n');
}

/** Graphite plaintext lines for the given series at `tMs` (whole seconds). */
export function graphiteLines(model: Model, tMs: number, series: readonly SeriesSpec[] = model.series): string {
  const sec = Math.floor(tMs / 1000);
  return series.map((s) => `${s.key} ${formatValue(model.valueAt(s, tMs))} ${sec}\n`).join('');
}
