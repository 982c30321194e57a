/*
 * A detection result → one data frame the built-in Time series panel draws with no extra
 * configuration: the original values, the anomaly score (in the tooltip, on a 0–1 axis, hidden
 * from the plot), and the expected band as two fields where `upper` fills down to `lower`.
 * Only points at or after `fromMs` are returned: the baseline before it only fed the analysis.
 */
import { FieldColorModeId, FieldType, createDataFrame, type DataFrame, type Field } from '@grafana/data';

import { lowerBound } from '../engine/stats/orderStatistics';
import type { Series } from '../engine/types';
import type { VerdictResult } from '../worker/protocol';
import { LOWER_FIELD, SCORE_FIELD, UPPER_FIELD } from './fieldNames';

/** First index whose time is ≥ `fromMs` (times ascending). */
export function firstAtOrAfter(timesMs: Float64Array, fromMs: number): number {
  return lowerBound(timesMs, 0, timesMs.length, fromMs);
}

export const BAND_COLOR = 'rgba(120, 160, 230, 0.9)';

export function detectionFrame(series: Series, result: VerdictResult, fromMs: number, refId: string): DataFrame {
  const start = firstAtOrAfter(series.timesMs, fromMs);
  const slice = <T extends Float64Array>(a: T) => Array.from(a.subarray(start));
  const name = series.name;
  const fields: Field[] = [
    { name: 'Time', type: FieldType.time, values: slice(series.timesMs), config: {} },
    {
      name: 'Value',
      type: FieldType.number,
      values: slice(series.values),
      labels: { ...series.labels },
      config: { displayNameFromDS: name },
    },
    {
      name: SCORE_FIELD,
      type: FieldType.number,
      values: slice(result.score),
      labels: { ...series.labels },
      config: {
        displayNameFromDS: `${name} anomaly score`,
        unit: 'percentunit',
        min: 0,
        max: 1,
        custom: { hideFrom: { viz: true, legend: true, tooltip: false }, axisPlacement: 'right' },
      },
    },
  ];
  if (result.upper && result.lower) {
    const lowerName = `${name} expected lower`;
    const bandConfig = {
      color: { mode: FieldColorModeId.Fixed, fixedColor: BAND_COLOR },
      custom: { lineWidth: 0, fillOpacity: 0, hideFrom: { viz: false, legend: true, tooltip: false } },
    };
    fields.push(
      {
        name: LOWER_FIELD,
        type: FieldType.number,
        values: slice(result.lower),
        config: { ...bandConfig, displayNameFromDS: lowerName },
      },
      {
        name: UPPER_FIELD,
        type: FieldType.number,
        values: slice(result.upper),
        config: {
          ...bandConfig,
          displayNameFromDS: `${name} expected upper`,
          custom: { ...bandConfig.custom, fillOpacity: 18, fillBelowTo: lowerName },
        },
      }
    );
  }
  return createDataFrame({ refId, name, fields });
}
