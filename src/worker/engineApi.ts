/*
 * The engine behind the worker boundary: runs detection over a batch one slice of series at a
 * time, yielding between slices so a cancel message can land and progress can be reported.
 * The same object serves inside the worker and, as the fallback, on the main thread.
 */
import { detect, type DetectRequest } from '../engine/detect';
import { cleanSeries } from '../engine/cleanSeries';
import { batchFromSeries, seriesAt, type SeriesBatch } from '../engine/series/batch';
import { correlate, prepareCorpus, type Corpus } from '../engine/similarity';
import type { DetectionResult, Series } from '../engine/types';
import {
  JOB_CANCELLED,
  KEPT_CORPORA,
  SLICE_SERIES,
  type DetectResponse,
  type EngineApi,
  type ProgressCallback,
} from './protocol';

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createEngineApi(ranIn: DetectResponse['ranIn']): EngineApi {
  const cancelled = new Set<number>();
  const corpora = new Map<string, Corpus>();

  return {
    ping: async () => 'pong',

    async detect(jobId: number, batch: SeriesBatch, request: DetectRequest, onProgress?: ProgressCallback) {
      const started = performance.now();
      const total = batch.names.length;
      const results: DetectionResult[] = [];
      const cleaned: Series[] = [];
      let changed = false;
      try {
        for (let i = 0; i < total; i++) {
          if (i > 0 && i % SLICE_SERIES === 0) {
            onProgress?.(i, total);
            await yieldToEventLoop();
            if (cancelled.has(jobId)) {
              throw new Error(JOB_CANCELLED);
            }
          }
          const input = seriesAt(batch, i);
          const { series: clean, notices } = cleanSeries(input);
          changed ||= clean !== input;
          cleaned.push(clean);
          const result = detect(clean, request);
          // detect() cleans again (a no-op now) and repeats the shape notices: keep each once.
          results.push({ ...result, notices: [...new Set([...notices, ...result.notices])] });
        }
      } finally {
        cancelled.delete(jobId);
      }
      onProgress?.(total, total);
      const series = changed ? batchFromSeries(cleaned) : batch;
      return { results, series, engineMs: performance.now() - started, ranIn };
    },

    async loadCorpus(corpusKey, batch, options) {
      const series = batch.names.map((_, i) => seriesAt(batch, i));
      const corpus = prepareCorpus(series, options);
      corpora.delete(corpusKey);
      corpora.set(corpusKey, corpus);
      for (const key of corpora.keys()) {
        if (corpora.size <= KEPT_CORPORA) {
          break;
        }
        corpora.delete(key);
      }
      return { count: corpus.count, length: corpus.length, excluded: corpus.excluded };
    },

    async correlate(corpusKey, query, options) {
      const corpus = corpora.get(corpusKey);
      if (!corpus) {
        throw new Error(`no corpus "${corpusKey}" is loaded; load it first`);
      }
      const started = performance.now();
      const result = correlate(corpus, query, options);
      return { ...result, engineMs: performance.now() - started, ranIn };
    },

    cancel(jobId: number) {
      cancelled.add(jobId);
    },
  };
}
