/*
 * A batch of series held as two contiguous buffers plus offsets, the shape that crosses the
 * worker boundary: series i occupies [offsets[i], offsets[i + 1]) of `timesMs` and `values`.
 * Views returned by `seriesAt` share memory with the batch (no copy).
 */
import type { Series } from '../types';

export interface SeriesBatch {
  readonly names: readonly string[];
  readonly labels: ReadonlyArray<Readonly<Record<string, string>>>;
  /** Length names.length + 1; offsets[0] = 0 and offsets[n] = total points. */
  readonly offsets: Uint32Array;
  readonly timesMs: Float64Array;
  readonly values: Float64Array;
}

/** Packs series into one batch, copying their points once. */
export function batchFromSeries(series: readonly Series[]): SeriesBatch {
  const offsets = new Uint32Array(series.length + 1);
  for (let i = 0; i < series.length; i++) {
    offsets[i + 1] = offsets[i] + series[i].values.length;
  }
  const total = offsets[series.length];
  const timesMs = new Float64Array(total);
  const values = new Float64Array(total);
  series.forEach((s, i) => {
    timesMs.set(s.timesMs, offsets[i]);
    values.set(s.values, offsets[i]);
  });
  return {
    names: series.map((s) => s.name),
    labels: series.map((s) => s.labels ?? {}),
    offsets,
    timesMs,
    values,
  };
}

/** Series i of the batch, as views into the batch's buffers. */
export function seriesAt(batch: SeriesBatch, i: number): Series {
  const start = batch.offsets[i];
  const end = batch.offsets[i + 1];
  return {
    name: batch.names[i],
    labels: batch.labels[i],
    timesMs: batch.timesMs.subarray(start, end),
    values: batch.values.subarray(start, end),
  };
}

/** The buffers to list as transferables when posting the batch to a worker. */
export function batchTransferables(batch: SeriesBatch): ArrayBuffer[] {
  return [batch.offsets.buffer, batch.timesMs.buffer, batch.values.buffer] as ArrayBuffer[];
}
