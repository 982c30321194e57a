/*
 * Grafana data frames → engine series. Every number field of a frame that has a time field
 * becomes one series (long Prometheus/Graphite frames and wide TestData frames alike), named by
 * Grafana's own display-name rule, with its labels. null, undefined and non-numbers become NaN.
 * Frames without a time field or without number fields are reported, never silently lost.
 * The input frames are not mutated.
 */
import { FieldType, getFieldDisplayName, type DataFrame } from '@grafana/data';

import type { Series } from '../engine/types';
import { timeSlicer } from './timeSlicer';

export interface FramesAsSeries {
  series: Series[];
  /** Why frames or fields were left out, for the response's notices. */
  skipped: string[];
}

/** One frame's series, or why the frame was left out (undefined for empty and annotation frames). */
type FrameOutcome = Series[] | string | undefined;

function* frameOutcomes(frames: readonly DataFrame[]): Generator<FrameOutcome> {
  // getFieldDisplayName caches into `field.state`: name copies, so the input stays untouched.
  const all: DataFrame[] = frames.map((f) => ({
    ...f,
    fields: f.fields.map((field) => ({ ...field, state: { ...field.state } })),
  }));
  for (let index = 0; index < all.length; index++) {
    const frame = all[index];
    const label = frame.name ?? frame.refId ?? `frame ${index + 1}`;
    const timeField = frame.fields.find((f) => f.type === FieldType.time);
    const numberFields = frame.fields.filter((f) => f.type === FieldType.number);
    if (frame.meta?.dataTopic || frame.length === 0 || frame.fields.length === 0) {
      yield undefined;
    } else if (!timeField) {
      yield `${label}: no time field`;
    } else if (numberFields.length === 0) {
      yield `${label}: no number field`;
    } else {
      const timesMs = toFloat64(timeField.values);
      yield numberFields.map((field) => ({
        name: getFieldDisplayName(field, frame, all),
        labels: { ...field.labels },
        timesMs,
        values: toFloat64(field.values),
      }));
    }
  }
}

function collect(into: FramesAsSeries, outcome: FrameOutcome): void {
  if (typeof outcome === 'string') {
    into.skipped.push(outcome);
  } else if (outcome) {
    into.series.push(...outcome);
  }
}

export function seriesFromFrames(frames: readonly DataFrame[]): FramesAsSeries {
  const result: FramesAsSeries = { series: [], skipped: [] };
  for (const outcome of frameOutcomes(frames)) {
    collect(result, outcome);
  }
  return result;
}

/** `seriesFromFrames` in time slices, for the main thread. */
export async function seriesFromFramesSliced(frames: readonly DataFrame[]): Promise<FramesAsSeries> {
  const result: FramesAsSeries = { series: [], skipped: [] };
  const pause = timeSlicer();
  for (const outcome of frameOutcomes(frames)) {
    collect(result, outcome);
    await pause();
  }
  return result;
}

function toFloat64(values: ArrayLike<unknown>): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = typeof v === 'number' ? v : v instanceof Date ? v.getTime() : NaN;
  }
  return out;
}
