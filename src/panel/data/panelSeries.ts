/*
 * The panel's view of its data: one entry per value field, with the anomaly score and the
 * expected band from the same frame when the Kale data source added them. Plain frames
 * (e.g. a Prometheus query) give series without scores; `hasAnomalyFields` says which case holds.
 * Series from the correlation-only queries (`corpusRefIds`) are kept apart. Inputs are not mutated.
 * A frame holding the same times as the one before it gets that frame's `timesMs` array (one
 * query step: one array for all series, read-only), so consumers can compare times by identity.
 * Each series keeps its field's display processor: Grafana's own (`field.display`, with the
 * panel's field config applied), else one made from the field's config and `theme`.
 */
import {
  FieldType,
  getDisplayProcessor,
  getFieldDisplayName,
  type DataFrame,
  type DisplayProcessor,
  type Field,
  type GrafanaTheme2,
} from '@grafana/data';

import { LOWER_FIELD, SCORE_FIELD, UPPER_FIELD } from '../../frames/fieldNames';

export interface PanelSeries {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly timesMs: Float64Array;
  /** NaN for a missing value. */
  readonly values: Float64Array;
  readonly score?: Float64Array;
  readonly lower?: Float64Array;
  readonly upper?: Float64Array;
  /** The value field's display processor: its standard options (unit, decimals, no value). */
  readonly display?: DisplayProcessor;
  /** The value field's unit (standard option Unit); series of one unit share a value axis. */
  readonly unit?: string;
  /** The value field's standard options Min and Max (hard limits of the value axis). */
  readonly min?: number;
  readonly max?: number;
}

export interface PanelSeriesSet {
  /** Series drawn and listed. */
  readonly shown: PanelSeries[];
  /** Series only searched for correlations. */
  readonly corpusOnly: PanelSeries[];
  /** True when at least one frame carries an anomaly score field. */
  readonly hasAnomalyFields: boolean;
}

const KALE_FIELDS = new Set([SCORE_FIELD, LOWER_FIELD, UPPER_FIELD]);

export function parseRefIds(list: string): Set<string> {
  return new Set(
    list
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
  );
}

export function readPanelSeries(
  frames: readonly DataFrame[],
  corpusRefIds: ReadonlySet<string> = new Set(),
  theme?: GrafanaTheme2
): PanelSeriesSet {
  const shown: PanelSeries[] = [];
  const corpusOnly: PanelSeries[] = [];
  let hasAnomalyFields = false;
  // getFieldDisplayName caches into `field.state`: name copies, so the input stays untouched.
  const all: DataFrame[] = frames.map((f) => ({
    ...f,
    fields: f.fields.map((field) => ({ ...field, state: { ...field.state } })),
  }));
  const seen = new Map<string, number>();
  let lastTimes: Float64Array | undefined;
  for (const frame of all) {
    const time = frame.fields.find((f) => f.type === FieldType.time);
    if (frame.meta?.dataTopic || !time) {
      continue;
    }
    const byName = (name: string) => frame.fields.find((f) => f.name === name && f.type === FieldType.number);
    const score = byName(SCORE_FIELD);
    hasAnomalyFields ||= score !== undefined;
    const valueFields = frame.fields.filter((f) => f.type === FieldType.number && !KALE_FIELDS.has(f.name));
    const own = valueFields.length === 1;
    const timesMs = lastTimes && holdsTimes(time, lastTimes) ? lastTimes : toFloat64(time);
    lastTimes = timesMs;
    for (const field of valueFields) {
      const base = getFieldDisplayName(field, frame, all);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      const target = frame.refId !== undefined && corpusRefIds.has(frame.refId) ? corpusOnly : shown;
      const lower = own ? byName(LOWER_FIELD) : undefined;
      const upper = own ? byName(UPPER_FIELD) : undefined;
      target.push({
        name: count === 0 ? base : `${base} (${count + 1})`,
        labels: { ...field.labels },
        timesMs,
        values: toFloat64(field),
        score: own && score ? toFloat64(score) : undefined,
        lower: lower && upper ? toFloat64(lower) : undefined,
        upper: lower && upper ? toFloat64(upper) : undefined,
        display: field.display ?? (theme ? getDisplayProcessor({ field, theme }) : undefined),
        unit: field.config.unit || undefined,
        min: finiteOrUndefined(field.config.min),
        max: finiteOrUndefined(field.config.max),
      });
    }
  }
  return { shown, corpusOnly, hasAnomalyFields };
}

function toFloat64(field: Field): Float64Array {
  const values = field.values;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    out[i] = toNumber(values[i]);
  }
  return out;
}

/** Whether the field holds exactly `times` (no NaN): frames on one query step share one array. */
function holdsTimes(field: Field, times: Float64Array): boolean {
  const values = field.values;
  if (values.length !== times.length) {
    return false;
  }
  for (let i = 0; i < values.length; i++) {
    if (toNumber(values[i]) !== times[i]) {
      return false;
    }
  }
  return true;
}

function finiteOrUndefined(v: number | null | undefined): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function toNumber(v: unknown): number {
  return typeof v === 'number' ? v : v instanceof Date ? v.getTime() : NaN;
}
