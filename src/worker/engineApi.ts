/*
 * The engine behind the worker boundary: runs detection over a batch one slice of series at a
 * time, yielding between slices so a cancel message can land, and reporting progress at slice
 * boundaries at most every PROGRESS_INTERVAL_MS (a quick job reports none). `detectVerdicts`
 * then trims series and results to the visible range and leaves the detectors' tracks out.
 * The same object serves inside the worker and, as the fallback, on the main thread.
 */
import { detect, type DetectRequest } from '../engine/detect';
import { cleanSeries } from '../engine/cleanSeries';
import { batchFromSeries, seriesAt, type SeriesBatch } from '../engine/series/batch';
import { correlate, prepareCorpus, type Corpus } from '../engine/similarity';
import { lowerBound } from '../engine/stats/orderStatistics';
import { nextTask } from '../frames/timeSlicer';
import type { DetectionResult, Series } from '../engine/types';
import {
  JOB_CANCELLED,
  KEPT_CORPORA,
  PROGRESS_INTERVAL_MS,
  SLICE_SERIES,
  type DetectResponse,
  type EngineApi,
  type ProgressCallback,
} from './protocol';
import { verdictsFrom } from './verdictResults';

export function createEngineApi(ranIn: DetectResponse['ranIn']): EngineApi {
  const cancelled = new Set<number>();
  const corpora = new Map<string, Corpus>();

  async function detectAll(
    jobId: number,
    batch: SeriesBatch,
    request: DetectRequest,
    onProgress?: ProgressCallback
  ): Promise<DetectResponse> {
    const started = performance.now();
    const total = batch.names.length;
    const results: DetectionResult[] = [];
    const cleaned: Series[] = [];
    let changed = false;
    let reportedAt = started;
    try {
      for (let i = 0; i < total; i++) {
        if (i > 0 && i % SLICE_SERIES === 0) {
          const now = performance.now();
          if (onProgress && now - reportedAt >= PROGRESS_INTERVAL_MS) {
            onProgress(i, total);
            reportedAt = now;
          }
          await nextTask();
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
    const series = changed ? batchFromSeries(cleaned) : batch;
    return { results, series, engineMs: performance.now() - started, ranIn };
  }

  return {
    ping: async () => 'pong',
    detect: detectAll,

    async detectVerdicts(jobId, batch, request, fromMs, onProgress) {
      const started = performance.now();
      // Points before the visible range are not returned: they only feed the analysis.
      const wanted = { ...request, verdictsFromMs: fromMs };
      const { results, series } = await detectAll(jobId, batch, wanted, onProgress);
      const starts = results.map((r) => lowerBound(r.timesMs, 0, r.timesMs.length, fromMs));
      const visible = batchFromSeries(
        starts.map((start, i) => {
          const s = seriesAt(series, i);
          return { ...s, timesMs: s.timesMs.subarray(start), values: s.values.subarray(start) };
        })
      );
      return {
        results: results.map((r, i) => verdictsFrom(r, starts[i], seriesAt(visible, i).timesMs)),
        series: visible,
        engineMs: performance.now() - started,
        ranIn,
      };
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
