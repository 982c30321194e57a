/*
 * One correlate-mode target: finds the target series among the child's result, searches the
 * others in the worker over the visible range, and returns the top-k as a table frame plus the
 * target and its matches as time-series frames.
 */
import type { DataFrame } from '@grafana/data';
import type { Observable } from 'rxjs';

import { batchFromSeries } from '../engine/series/batch';
import type { CorrelationMethod } from '../engine/similarity';
import type { Series } from '../engine/types';
import { correlationTable, seriesFrame } from '../frames/correlationFrames';
import { firstAtOrAfter } from '../frames/detectionFrames';
import type { EngineClient } from '../worker/client';
import { fromCancellable } from './fromCancellable';
import { findTarget } from './seriesMatcher';

export interface CorrelateJob {
  refId: string;
  corpusKey: string;
  series: Series[];
  target: string;
  method: CorrelationMethod;
  topK: number;
  maxLagPoints?: number;
  fromMs: number;
  timeoutMs: number;
}

function visible(series: Series, fromMs: number): Series {
  const start = firstAtOrAfter(series.timesMs, fromMs);
  return { ...series, timesMs: series.timesMs.subarray(start), values: series.values.subarray(start) };
}

function medianStepMs(timesMs: Float64Array): number {
  const steps = Array.from(timesMs.subarray(1), (t, i) => t - timesMs[i]).sort((a, b) => a - b);
  return steps.length > 0 ? steps[steps.length >> 1] : 0;
}

export function runCorrelate(engine: EngineClient, job: CorrelateJob): Observable<DataFrame[]> {
  return fromCancellable(async (signal) => {
    const target = findTarget(job.series, job.target);
    const shown = job.series.map((s) => visible(s, job.fromMs));
    const options = { signal, timeoutMs: job.timeoutMs };
    await engine.loadCorpus(job.corpusKey, batchFromSeries(shown), { oculus: job.method === 'oculus' }, options);
    const result = await engine.correlate(
      job.corpusKey,
      { name: target.name },
      { method: job.method, topK: job.topK, maxLagPoints: job.maxLagPoints },
      options
    );
    const byName = new Map(shown.map((s) => [s.name, s]));
    const table = correlationTable(
      target.name,
      result.hits,
      job.method,
      medianStepMs(visible(target, job.fromMs).timesMs),
      job.refId
    );
    table.meta = {
      ...table.meta,
      stats: [
        { displayName: 'Series searched', value: shown.length },
        { displayName: `Search time (${result.ranIn})`, value: Math.round(result.engineMs * 10) / 10, unit: 'ms' },
      ],
      notices: result.notices.map((text) => ({ severity: 'info' as const, text })),
    };
    const matched = [target.name, ...result.hits.filter((h) => h.kind === 'series').map((h) => h.name)];
    const frames = matched.flatMap((name) => {
      const s = byName.get(name);
      return s ? [seriesFrame(s, job.fromMs, job.refId)] : [];
    });
    return [table, ...frames];
  });
}
