/*
 * The worker protocol: what the data source and panel may ask the analysis worker, and what
 * comes back. Typed arrays go in as a SeriesBatch (three transferable buffers) and come back in
 * DetectionResults whose buffers are transferred too. Work is sliced so a job can be cancelled
 * between series and can report progress.
 */
import type { DetectRequest } from '../engine/detect';
import type { SeriesBatch } from '../engine/series/batch';
import type { DetectionResult } from '../engine/types';

/** Progress callback: `done` of `total` series analysed. */
export type ProgressCallback = (done: number, total: number) => void;

export interface DetectResponse {
  readonly results: DetectionResult[];
  /** Wall time spent analysing, measured where the engine ran. */
  readonly engineMs: number;
  /** Where the engine ran: a worker or, as a fallback, the main thread. */
  readonly ranIn: 'worker' | 'main-thread';
}

/** The API the worker exposes through comlink; the main-thread fallback implements it too. */
export interface EngineApi {
  /** Answers 'pong': the client's proof that a new worker started. */
  ping(): Promise<'pong'>;
  detect(jobId: number, batch: SeriesBatch, request: DetectRequest, onProgress?: ProgressCallback): Promise<DetectResponse>;
  /** Stops job `jobId` at its next slice boundary; its promise rejects with JobCancelledError. */
  cancel(jobId: number): void;
}

export const JOB_CANCELLED = 'Kale analysis cancelled';

/** Series analysed between two checks for cancellation and progress reports. */
export const SLICE_SERIES = 16;
