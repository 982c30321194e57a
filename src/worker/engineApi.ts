/*
 * The engine behind the worker boundary: runs detection over a batch one slice of series at a
 * time, yielding between slices so a cancel message can land and progress can be reported.
 * The same object serves inside the worker and, as the fallback, on the main thread.
 */
import { detect, type DetectRequest } from '../engine/detect';
import { seriesAt, type SeriesBatch } from '../engine/series/batch';
import type { DetectionResult } from '../engine/types';
import { JOB_CANCELLED, SLICE_SERIES, type DetectResponse, type EngineApi, type ProgressCallback } from './protocol';

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createEngineApi(ranIn: DetectResponse['ranIn']): EngineApi {
  const cancelled = new Set<number>();

  return {
    ping: async () => 'pong',

    async detect(jobId: number, batch: SeriesBatch, request: DetectRequest, onProgress?: ProgressCallback) {
      const started = performance.now();
      const total = batch.names.length;
      const results: DetectionResult[] = [];
      try {
        for (let i = 0; i < total; i++) {
          if (i > 0 && i % SLICE_SERIES === 0) {
            onProgress?.(i, total);
            await yieldToEventLoop();
            if (cancelled.has(jobId)) {
              throw new Error(JOB_CANCELLED);
            }
          }
          results.push(detect(seriesAt(batch, i), request));
        }
      } finally {
        cancelled.delete(jobId);
      }
      onProgress?.(total, total);
      return { results, engineMs: performance.now() - started, ranIn };
    },

    cancel(jobId: number) {
      cancelled.add(jobId);
    },
  };
}
