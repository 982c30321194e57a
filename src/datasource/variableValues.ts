/*
 * A Kale query's final frames → the names a query variable lists, as the one-field frame (a
 * string field `text`) Grafana turns into the variable's options. Detect mode: the series with
 * an anomaly region in the visible range, highest peak score first ('anomalous'), or every
 * analysed series in the child's order ('all'). Correlate mode: the matched series in the
 * table's order, best first, the target left out. Each name once.
 */
import { FieldType, createDataFrame, type DataFrame } from '@grafana/data';

import { CORRELATIONS_FRAME } from '../frames/correlationFrames';
import { readRegionFrames } from '../frames/anomalyRegions';
import { SCORE_FIELD } from '../frames/fieldNames';
import { fieldValues } from '../frames/fieldValues';
import type { KaleVariableQuery } from './variableQuery';

export function variableNames(frames: readonly DataFrame[], query: KaleVariableQuery): string[] {
  if (query.mode === 'correlate') {
    return matchedSeries(frames.find((f) => f.name === CORRELATIONS_FRAME));
  }
  const analysed = frames.filter((f) => f.name !== undefined && f.fields.some((field) => field.name === SCORE_FIELD));
  if (query.values === 'all') {
    return [...new Set(analysed.map((f) => f.name ?? ''))];
  }
  return anomalousSeries(frames);
}

export function namesFrame(names: readonly string[], refId: string): DataFrame {
  return createDataFrame({ refId, fields: [{ name: 'text', type: FieldType.string, values: [...names] }] });
}

/** The series with a region, by the highest peak score over their regions. */
function anomalousSeries(frames: readonly DataFrame[]): string[] {
  const peaks = new Map<string, number>();
  for (const { seriesName, peakScore } of readRegionFrames(frames)) {
    peaks.set(seriesName, Math.max(peaks.get(seriesName) ?? 0, peakScore));
  }
  return [...peaks].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

function matchedSeries(table: DataFrame | undefined): string[] {
  if (!table) {
    return [];
  }
  const [series, kinds, targets] = ['Series', 'Kind', 'Target'].map((name) => fieldValues(table, name));
  const names = series.flatMap((name, i) => (kinds[i] === 'series' && name !== targets[i] ? [String(name)] : []));
  return [...new Set(names)];
}
