/*
 * Grafana data frames → the engine's SeriesBatch, in two time-sliced passes for the main thread.
 * `layoutFrames` decides which fields become series: every number field of a frame that has a
 * time field (long Prometheus/Graphite frames and wide TestData frames alike), named by Grafana's
 * own display-name rule, with its labels; frames without a time field or without number fields
 * are reported, never silently lost. It copies no points, so callers can check the point count
 * before anything big is allocated. `batchFromLayout` then copies every point exactly once into
 * the batch's two buffers (the ones transferred to the worker); null, undefined and non-numbers
 * become NaN. The input frames are not mutated.
 */
import { FieldType, getFieldDisplayName, type DataFrame } from '@grafana/data';

import type { SeriesBatch } from '../engine/series/batch';
import { JOB_CANCELLED } from '../worker/protocol';
import { timeSlicer } from './timeSlicer';

/** One future series: references into a frame's fields, nothing copied yet. */
export interface FrameColumn {
  name: string;
  labels: Record<string, string>;
  times: ArrayLike<unknown>;
  values: ArrayLike<unknown>;
}

export interface FramesLayout {
  columns: FrameColumn[];
  /** Why frames were left out, for the response's notices. */
  skipped: string[];
  /** Points over all columns: the batch's length. */
  points: number;
}

/** Points copied between two checks of the time slice. */
const COPY_CHUNK = 32_768;

/** Which fields of `frames` become series, in time slices (no points are copied). */
export async function layoutFrames(frames: readonly DataFrame[]): Promise<FramesLayout> {
  // getFieldDisplayName caches into `field.state`: name copies, so the input stays untouched.
  const all: DataFrame[] = frames.map((f) => ({
    ...f,
    fields: f.fields.map((field) => ({ ...field, state: { ...field.state } })),
  }));
  const layout: FramesLayout = { columns: [], skipped: [], points: 0 };
  const pause = timeSlicer();
  for (let index = 0; index < all.length; index++) {
    const frame = all[index];
    const label = frame.name ?? frame.refId ?? `frame ${index + 1}`;
    const timeField = frame.fields.find((f) => f.type === FieldType.time);
    const numberFields = frame.fields.filter((f) => f.type === FieldType.number);
    if (frame.meta?.dataTopic || frame.length === 0 || frame.fields.length === 0) {
      continue;
    } else if (!timeField) {
      layout.skipped.push(`${label}: no time field`);
    } else if (numberFields.length === 0) {
      layout.skipped.push(`${label}: no number field`);
    } else {
      for (const field of numberFields) {
        layout.columns.push({
          name: getFieldDisplayName(field, frame, all),
          labels: { ...field.labels },
          times: timeField.values,
          values: field.values,
        });
        layout.points += timeField.values.length;
      }
    }
    await pause();
  }
  return layout;
}

/** The batch of a layout, every point copied once, in time slices; stops once `signal` is aborted. */
export async function batchFromLayout(layout: FramesLayout, signal?: AbortSignal): Promise<SeriesBatch> {
  const { columns } = layout;
  const offsets = new Uint32Array(columns.length + 1);
  columns.forEach((c, i) => (offsets[i + 1] = offsets[i] + c.times.length));
  const timesMs = new Float64Array(offsets[columns.length]);
  const values = new Float64Array(offsets[columns.length]);
  const pause = timeSlicer();
  for (let i = 0; i < columns.length; i++) {
    const { times, values: source } = columns[i];
    for (let from = 0; from < times.length; from += COPY_CHUNK) {
      const to = Math.min(times.length, from + COPY_CHUNK);
      copyAsNumbers(times, from, to, timesMs, offsets[i]);
      copyAsNumbers(source, from, to, values, offsets[i]);
      await pause();
      if (signal?.aborted) {
        throw new Error(JOB_CANCELLED);
      }
    }
  }
  return { names: columns.map((c) => c.name), labels: columns.map((c) => c.labels), offsets, timesMs, values };
}

/** `source[from, to)` into `target` at `offset + from`: numbers as they are, Dates as epoch ms, the rest NaN. */
function copyAsNumbers(source: ArrayLike<unknown>, from: number, to: number, target: Float64Array, offset: number) {
  for (let i = from; i < to; i++) {
    const v = source[i];
    target[offset + i] = typeof v === 'number' ? v : v instanceof Date ? v.getTime() : NaN;
  }
}
