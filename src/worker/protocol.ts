/*
 * The worker protocol: what the data source and panel may ask the analysis worker, and what
 * comes back. Typed arrays go in as a SeriesBatch (three transferable buffers) and come back in
 * DetectionResults whose buffers are transferred too. Work is sliced so a job can be cancelled
 * between series and can report progress.
 */
import type { DetectRequest } from '../engine/detect';
import type { SeriesBatch } from '../engine/series/batch';
import type { CorrelateOptions, CorrelationQuery, CorrelationResult, PrepareOptions } from '../engine/similarity';
import type { DetectionResult, DetectorTrack } from '../engine/types';

/**
 * Progress callback: `done` of `total` series analysed. Called between slices, at most every
 * PROGRESS_INTERVAL_MS, never for a job that ends sooner; through a worker it is a comlink proxy.
 */
export type ProgressCallback = (done: number, total: number) => void;

/** A detector's track without its scores and bands: who voted where, and the run's diagnostics. */
export type VerdictTrack = Pick<DetectorTrack, 'id' | 'verdicts' | 'diagnostics'>;

/** A detection result whose detector tracks carry verdicts only (what votes and regions need). */
export interface VerdictResult extends Omit<DetectionResult, 'detectors'> {
  readonly detectors: readonly VerdictTrack[];
}

export interface DetectResponse<R extends VerdictResult = DetectionResult> {
  readonly results: R[];
  /**
   * The series the results describe, in batch order: the input as the engine cleaned it (sorted,
   * de-duplicated, non-finite values as NaN; see engine/cleanSeries.ts), so result arrays and
   * values line up point for point.
   */
  readonly series: SeriesBatch;
  /** Wall time spent analysing, measured where the engine ran. */
  readonly engineMs: number;
  /** Where the engine ran: a worker or, as a fallback, the main thread. */
  readonly ranIn: 'worker' | 'main-thread';
}

export interface CorpusSummary {
  readonly count: number;
  readonly length: number;
  readonly excluded: ReadonlyArray<{ readonly name: string; readonly reason: string }>;
}

export interface TimedCorrelation extends CorrelationResult {
  readonly engineMs: number;
  readonly ranIn: DetectResponse['ranIn'];
}

/** Corpora kept by the engine at once; the least recently loaded is dropped first. */
export const KEPT_CORPORA = 4;

/** The API the worker exposes through comlink; the main-thread fallback implements it too. */
export interface EngineApi {
  /** Answers 'pong': the client's proof that a new worker started. */
  ping(): Promise<'pong'>;
  detect(
    jobId: number,
    batch: SeriesBatch,
    request: DetectRequest,
    onProgress?: ProgressCallback
  ): Promise<DetectResponse>;
  /**
   * `detect` for callers that draw the combined result from `fromMs` on: the series and results
   * come back from each series' first point at or after `fromMs`, and each detector's scores and
   * bands stay behind, so far fewer bytes and typed arrays cross back to the main thread.
   */
  detectVerdicts(
    jobId: number,
    batch: SeriesBatch,
    request: DetectRequest,
    fromMs: number,
    onProgress?: ProgressCallback
  ): Promise<DetectResponse<VerdictResult>>;
  /**
   * Prepares the series of `batch` for correlation search and keeps the corpus in the engine
   * under `corpusKey` (the most recent few are kept), so each later click only searches.
   */
  loadCorpus(corpusKey: string, batch: SeriesBatch, options?: PrepareOptions): Promise<CorpusSummary>;
  /** Searches a loaded corpus; rejects when `corpusKey` is not (or no longer) loaded. */
  correlate(corpusKey: string, query: CorrelationQuery, options: CorrelateOptions): Promise<TimedCorrelation>;
  /** Stops job `jobId` at its next slice boundary; its promise rejects with JobCancelledError. */
  cancel(jobId: number): void;
}

export const JOB_CANCELLED = 'Kale analysis cancelled';

/** Series analysed between two checks for cancellation and progress reports. */
export const SLICE_SERIES = 16;

/** Shortest time between two progress reports of one job. */
export const PROGRESS_INTERVAL_MS = 100;
