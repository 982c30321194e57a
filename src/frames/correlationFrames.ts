/*
 * Correlation hits → a table frame a person can read (series, similarity, lag, direction,
 * method), and the target plus its matches as time-series frames over the visible range.
 */
import { FieldType, createDataFrame, type DataFrame } from '@grafana/data';

import type { CorrelationHit, CorrelationMethod } from '../engine/similarity';
import type { Series } from '../engine/types';
import { firstAtOrAfter } from './detectionFrames';

export const CORRELATIONS_FRAME = 'Kale correlations';

function direction(hit: CorrelationHit): string {
  const shape = hit.anticorrelated ? 'moves opposite' : 'moves with';
  if (hit.lag === 0) {
    return `${shape} the target`;
  }
  return `${shape} the target, ${hit.lag > 0 ? 'after' : 'before'} it by ${Math.abs(hit.lag)} points`;
}

export function correlationTable(
  target: string,
  hits: readonly CorrelationHit[],
  method: CorrelationMethod,
  stepMs: number,
  refId: string
): DataFrame {
  return createDataFrame({
    refId,
    name: CORRELATIONS_FRAME,
    meta: { preferredVisualisationType: 'table' },
    fields: [
      { name: 'Series', type: FieldType.string, values: hits.map((h) => h.name) },
      { name: 'Kind', type: FieldType.string, values: hits.map((h) => h.kind) },
      {
        name: 'Similarity',
        type: FieldType.number,
        values: hits.map((h) => h.similarity),
        config: { unit: 'percentunit', min: 0, max: 1 },
      },
      { name: 'Lag', type: FieldType.number, values: hits.map((h) => h.lag * stepMs), config: { unit: 'ms' } },
      {
        name: 'Correlation',
        type: FieldType.number,
        values: hits.map((h) => h.correlation ?? null),
        config: { decimals: 3 },
      },
      { name: 'Direction', type: FieldType.string, values: hits.map(direction) },
      { name: 'Distance', type: FieldType.number, values: hits.map((h) => h.distance) },
      { name: 'Method', type: FieldType.string, values: hits.map(() => method) },
      { name: 'Target', type: FieldType.string, values: hits.map(() => target) },
    ],
  });
}

/** One plain time-series frame for a series, from `fromMs` on. */
export function seriesFrame(series: Series, fromMs: number, refId: string): DataFrame {
  const start = firstAtOrAfter(series.timesMs, fromMs);
  return createDataFrame({
    refId,
    name: series.name,
    fields: [
      { name: 'Time', type: FieldType.time, values: Array.from(series.timesMs.subarray(start)) },
      {
        name: 'Value',
        type: FieldType.number,
        values: Array.from(series.values.subarray(start)),
        labels: { ...series.labels },
        config: { displayNameFromDS: series.name },
      },
    ],
  });
}
