/*
 * Grafana data frames → engine series. Every number field of a frame that has a time field
 * becomes one series (long Prometheus/Graphite frames and wide TestData frames alike), named by
 * Grafana's own display-name rule, with its labels. null, undefined and non-numbers become NaN.
 * Frames without a time field or without number fields are reported, never silently lost.
 * The input frames are not mutated.
 */
import { FieldType, getFieldDisplayName, type DataFrame } from '@grafana/data';

import type { Series } from '../engine/types';

export interface FramesAsSeries {
  series: Series[];
  /** Why frames or fields were left out, for the response's notices. */
  skipped: string[];
}

export function seriesFromFrames(frames: readonly DataFrame[]): FramesAsSeries {
  const series: Series[] = [];
  const skipped: string[] = [];
  // getFieldDisplayName caches into `field.state`: name copies, so the input stays untouched.
  const all: DataFrame[] = frames.map((f) => ({
    ...f,
    fields: f.fields.map((field) => ({ ...field, state: { ...field.state } })),
  }));
  all.forEach((frame, index) => {
    const label = frame.name ?? frame.refId ?? `frame ${index + 1}`;
    if (frame.meta?.dataTopic) {
      return;
    }
    const timeField = frame.fields.find((f) => f.type === FieldType.time);
    const numberFields = frame.fields.filter((f) => f.type === FieldType.number);
    if (frame.length === 0 || frame.fields.length === 0) {
      return;
    }
    if (!timeField) {
      skipped.push(`${label}: no time field`);
      return;
    }
    if (numberFields.length === 0) {
      skipped.push(`${label}: no number field`);
      return;
    }
    const timesMs = toFloat64(timeField.values);
    for (const field of numberFields) {
      series.push({
        name: getFieldDisplayName(field, frame, all),
        labels: { ...field.labels },
        timesMs,
        values: toFloat64(field.values),
      });
    }
  });
  return { series, skipped };
}

function toFloat64(values: ArrayLike<unknown>): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = typeof v === 'number' ? v : v instanceof Date ? v.getTime() : NaN;
  }
  return out;
}
