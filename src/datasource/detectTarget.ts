/*
 * One detect-mode target, from child frames to response frames: frames → series, the points
 * cap, the worker job (cancelled on unsubscribe), then value/score/band frames, region
 * annotations, and the stats and notices shown in Grafana's query inspector.
 */
import type { DataFrame, QueryResultMetaNotice, QueryResultMetaStat } from '@grafana/data';
import type { Observable } from 'rxjs';

import type { DetectRequest } from '../engine/detect';
import { batchFromSeries, seriesAt } from '../engine/series/batch';
import { VERDICT_ANOMALOUS, type DetectionResult, type Series } from '../engine/types';
import { anomalyRegions, regionsFrame, type AnomalyRegion } from '../frames/anomalyRegions';
import { detectionFrame, firstAtOrAfter } from '../frames/detectionFrames';
import { timeSlicer } from '../frames/timeSlicer';
import type { EngineClient } from '../worker/client';
import { fromCancellable } from './fromCancellable';

/** Words for the engine's per-detector diagnostics (Morgoth's tuning signals). */
const DIAGNOSTIC_LABELS: Record<string, string> = {
  uniqueFingerprints: 'Unique fingerprints',
  windows: 'Windows fingerprinted',
};

export interface DetectJob {
  refId: string;
  series: Series[];
  request: DetectRequest;
  /** Start of the visible range: only points from here on are returned. */
  fromMs: number;
  tags: string[];
  timeoutMs: number;
  notices: string[];
}

export function runDetect(engine: EngineClient, job: DetectJob): Observable<DataFrame[]> {
  const points = job.series.reduce((n, s) => n + s.values.length, 0);
  return fromCancellable(async (signal) => {
    const response = await engine.detect(batchFromSeries(job.series), job.request, {
      signal,
      timeoutMs: job.timeoutMs,
    });
    const pause = timeSlicer();
    const frames: DataFrame[] = [];
    const regions: AnomalyRegion[] = [];
    for (let i = 0; i < response.results.length; i++) {
      frames.push(detectionFrame(seriesAt(response.series, i), response.results[i], job.fromMs, job.refId));
      regions.push(...anomalyRegions(response.results[i], job.fromMs));
      await pause();
    }
    const stats = detectStats(points, response.engineMs, response.ranIn, response.results, job.fromMs);
    const notices: QueryResultMetaNotice[] = [
      ...job.notices,
      ...response.notices,
      ...response.results.flatMap((r) => r.notices.map((n) => `${r.name}: ${n}`)),
    ].map((text) => ({ severity: 'info', text }));
    if (frames.length > 0) {
      frames[0].meta = { ...frames[0].meta, stats, notices };
    }
    return [...frames, regionsFrame(regions, job.refId, job.tags)];
  });
}

function detectStats(
  points: number,
  engineMs: number,
  ranIn: string,
  results: readonly DetectionResult[],
  fromMs: number
): QueryResultMetaStat[] {
  const votes = new Map<string, number>();
  for (const r of results) {
    for (let i = firstAtOrAfter(r.timesMs, fromMs); i < r.timesMs.length; i++) {
      for (const d of r.detectors) {
        if (d.verdicts[i] === VERDICT_ANOMALOUS) {
          votes.set(d.id, (votes.get(d.id) ?? 0) + 1);
        }
      }
    }
  }
  const diagnostics = new Map<string, number>();
  for (const r of results) {
    for (const d of r.detectors) {
      for (const [key, value] of Object.entries(d.diagnostics ?? {})) {
        const name = `${DIAGNOSTIC_LABELS[key] ?? key}: ${d.id}`;
        diagnostics.set(name, (diagnostics.get(name) ?? 0) + value);
      }
    }
  }
  return [
    { displayName: 'Series analysed', value: results.length },
    { displayName: 'Points analysed', value: points },
    { displayName: `Analysis time (${ranIn})`, value: Math.round(engineMs * 10) / 10, unit: 'ms' },
    ...[...votes].map(([id, value]) => ({ displayName: `Anomalous votes: ${id}`, value })),
    ...[...diagnostics].map(([displayName, value]) => ({ displayName: `${displayName} (all series)`, value })),
  ];
}
