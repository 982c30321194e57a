/*
 * One detect-mode target, from a batch of the child's series to response frames: the worker job
 * (cancelled on unsubscribe; while it runs, Loading outcomes show the child's frames with a
 * progress notice), then value/score/band
 * frames, region annotations, and the stats and notices shown in Grafana's query inspector. The
 * conversion back runs in time slices, one series at a time, so the page stays responsive.
 */
import type { DataFrame, QueryResultMetaNotice, QueryResultMetaStat } from '@grafana/data';
import type { Observable } from 'rxjs';

import type { DetectRequest } from '../engine/detect';
import { seriesAt, type SeriesBatch } from '../engine/series/batch';
import { VERDICT_ANOMALOUS } from '../engine/types';
import { anomalyRegions, regionsFrame, type AnomalyRegion } from '../frames/anomalyRegions';
import { detectionFrame, firstAtOrAfter } from '../frames/detectionFrames';
import { progressFrames } from '../frames/progressFrame';
import { nextTask, timeSlicer } from '../frames/timeSlicer';
import type { EngineClient } from '../worker/client';
import { JOB_CANCELLED, type VerdictResult } from '../worker/protocol';
import { fromCancellable } from './fromCancellable';
import type { TargetOutcome } from './targetOutcome';

/** Words for the engine's per-detector diagnostics (Morgoth's tuning signals). */
const DIAGNOSTIC_LABELS: Record<string, string> = {
  uniqueFingerprints: 'Unique fingerprints',
  windows: 'Windows fingerprinted',
};

export interface DetectJob {
  refId: string;
  /** The series to analyse; its buffers are transferred to the worker (unusable afterwards). */
  batch: SeriesBatch;
  /** The child's frames, shown (with a progress notice) while the analysis runs. */
  preview: readonly DataFrame[];
  request: DetectRequest;
  /** Start of the visible range: only points from here on are returned. */
  fromMs: number;
  tags: string[];
  timeoutMs: number;
  notices: string[];
}

/** Per-detector tallies over all series, gathered one series at a time. */
interface Tallies {
  votes: Map<string, number>;
  diagnostics: Map<string, number>;
}

export function runDetect(engine: EngineClient, job: DetectJob): Observable<TargetOutcome> {
  const points = job.batch.offsets[job.batch.names.length];
  return fromCancellable<TargetOutcome>(async (signal, emit) => {
    const response = await engine.detectVerdicts(job.batch, job.request, job.fromMs, {
      signal,
      timeoutMs: job.timeoutMs,
      onProgress: (done, total) => emit({ data: progressFrames(job.preview, job.refId, done, total), loading: true }),
    });
    // The task that took in the worker's answer (deserialising every result) has run long enough.
    await nextTask();
    const pause = timeSlicer();
    const frames: DataFrame[] = [];
    const regions: AnomalyRegion[] = [];
    const tallies: Tallies = { votes: new Map(), diagnostics: new Map() };
    const notices: string[] = [...job.notices, ...response.notices];
    for (let i = 0; i < response.results.length; i++) {
      const result = response.results[i];
      frames.push(detectionFrame(seriesAt(response.series, i), result, job.fromMs, job.refId));
      regions.push(...anomalyRegions(result, job.fromMs));
      tally(tallies, result, job.fromMs);
      notices.push(...result.notices.map((n) => `${result.name}: ${n}`));
      await pause();
      if (signal.aborted) {
        throw new Error(JOB_CANCELLED);
      }
    }
    const stats = detectStats(points, response.engineMs, response.ranIn, response.results.length, tallies);
    if (frames.length > 0) {
      const meta: QueryResultMetaNotice[] = notices.map((text) => ({ severity: 'info', text }));
      frames[0].meta = { ...frames[0].meta, stats, notices: meta };
    }
    return { data: [...frames, regionsFrame(regions, job.refId, job.tags)] };
  });
}

/** Adds one result's anomalous votes over the visible range and its detectors' diagnostics. */
function tally({ votes, diagnostics }: Tallies, result: VerdictResult, fromMs: number): void {
  const start = firstAtOrAfter(result.timesMs, fromMs);
  for (const d of result.detectors) {
    let count = 0;
    for (let i = start; i < d.verdicts.length; i++) {
      count += d.verdicts[i] === VERDICT_ANOMALOUS ? 1 : 0;
    }
    if (count > 0) {
      votes.set(d.id, (votes.get(d.id) ?? 0) + count);
    }
    for (const [key, value] of Object.entries(d.diagnostics ?? {})) {
      const name = `${DIAGNOSTIC_LABELS[key] ?? key}: ${d.id}`;
      diagnostics.set(name, (diagnostics.get(name) ?? 0) + value);
    }
  }
}

function detectStats(
  points: number,
  engineMs: number,
  ranIn: string,
  seriesCount: number,
  { votes, diagnostics }: Tallies
): QueryResultMetaStat[] {
  return [
    { displayName: 'Series analysed', value: seriesCount },
    { displayName: 'Points analysed', value: points },
    { displayName: `Analysis time (${ranIn})`, value: Math.round(engineMs * 10) / 10, unit: 'ms' },
    ...[...votes].map(([id, value]) => ({ displayName: `Anomalous votes: ${id}`, value })),
    ...[...diagnostics].map(([displayName, value]) => ({ displayName: `${displayName} (all series)`, value })),
  ];
}
