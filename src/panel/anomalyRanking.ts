/*
 * Series ranked by their peak anomaly score, from the frames the Kale data source returns
 * (a value field plus an "Anomaly score" field per frame).
 */
import { getFieldDisplayName, type DataFrame } from '@grafana/data';

export interface RankedSeries {
  name: string;
  peakScore: number;
}

export const SCORE_FIELD = 'Anomaly score';

export function anomalyRanking(frames: readonly DataFrame[]): RankedSeries[] {
  const rows: RankedSeries[] = [];
  for (const frame of frames) {
    const score = frame.fields.find((f) => f.name === SCORE_FIELD);
    const value = frame.fields.find((f) => f.name !== SCORE_FIELD && f.type === 'number');
    if (!score || !value) {
      continue;
    }
    let peak = 0;
    for (const s of score.values as Array<number | null>) {
      if (typeof s === 'number' && s > peak) {
        peak = s;
      }
    }
    rows.push({ name: getFieldDisplayName(value, frame, frames as DataFrame[]), peakScore: peak });
  }
  return rows.sort((a, b) => b.peakScore - a.peakScore);
}
