/*
 * The main-thread side of the worker boundary. Starts one worker lazily and reuses it across
 * queries; falls back to running the same engine on the main thread when no worker can start
 * (and says so in `notices`); cancels jobs on abort; turns a worker crash or timeout into an
 * error and starts a fresh worker for the next job. Nothing runs at import time.
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';

import type { DetectRequest } from '../engine/detect';
import { batchTransferables, type SeriesBatch } from '../engine/series/batch';
import type { DetectionResult } from '../engine/types';
import { createBlobWorker } from './createBlobWorker';
import { createEngineApi } from './engineApi';
import type { CorrelateOptions, CorrelationQuery, PrepareOptions } from '../engine/similarity';
import {
  JOB_CANCELLED,
  type CorpusSummary,
  type DetectResponse,
  type EngineApi,
  type ProgressCallback,
  type TimedCorrelation,
  type VerdictResult,
} from './protocol';

const START_TIMEOUT_MS = 10_000;
const DEFAULT_JOB_TIMEOUT_MS = 120_000;

export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
  timeoutMs?: number;
}

export interface ClientDetectResponse<R extends VerdictResult = DetectionResult> extends DetectResponse<R> {
  /** Things the user should know about how the job ran (e.g. the main-thread fallback). */
  readonly notices: string[];
}

interface Backend {
  api: EngineApi | Remote<EngineApi>;
  /** True for a worker (transfer buffers, proxy callbacks); false for the main-thread fallback. */
  onWorker: boolean;
  /** Corpus keys loaded in this engine. */
  corpora: Set<string>;
  /** Rejects when the worker dies; never settles on the main thread. */
  crashed: Promise<never>;
  isDead: () => boolean;
  notices: string[];
  terminate: () => void;
}

export class EngineClient {
  private backend?: Promise<Backend>;
  /** The started backend, once `backend` has settled. */
  private current?: Backend;
  private nextJobId = 1;

  constructor(private readonly startWorker = createBlobWorker) {}

  /** Runs detection over a batch; its buffers are transferred to the worker (not usable after). */
  detect(batch: SeriesBatch, request: DetectRequest, options: JobOptions = {}): Promise<ClientDetectResponse> {
    return this.runDetect(batch, options, (api, jobId, sent, onProgress) =>
      api.detect(jobId, sent, request, onProgress)
    );
  }

  /**
   * `detect` for callers that draw the combined result from `fromMs` on: series and results come
   * back from there on, without each detector's scores and bands (they stay in the worker).
   */
  detectVerdicts(
    batch: SeriesBatch,
    request: DetectRequest,
    fromMs: number,
    options: JobOptions = {}
  ): Promise<ClientDetectResponse<VerdictResult>> {
    return this.runDetect(batch, options, (api, jobId, sent, onProgress) =>
      api.detectVerdicts(jobId, sent, request, fromMs, onProgress)
    );
  }

  /** One detect call: the batch transferred and the progress callback proxied when on a worker. */
  private runDetect<R extends VerdictResult>(
    batch: SeriesBatch,
    options: JobOptions,
    call: (
      api: Backend['api'],
      jobId: number,
      batch: SeriesBatch,
      onProgress?: ProgressCallback
    ) => Promise<DetectResponse<R>>
  ): Promise<ClientDetectResponse<R>> {
    const { onProgress } = options;
    return this.run(options, async (backend, jobId) => {
      const response = backend.onWorker
        ? await call(backend.api, jobId, transfer(batch, batchTransferables(batch)), onProgress && proxy(onProgress))
        : await call(backend.api, jobId, batch, onProgress);
      return { ...response, notices: [...backend.notices] };
    });
  }

  /** Prepares a batch for correlation search, kept in the engine under `corpusKey`. */
  loadCorpus(
    corpusKey: string,
    batch: SeriesBatch,
    prepare?: PrepareOptions,
    options: JobOptions = {}
  ): Promise<CorpusSummary> {
    return this.run(options, async (backend) => {
      const summary = backend.onWorker
        ? await backend.api.loadCorpus(corpusKey, transfer(batch, batchTransferables(batch)), prepare)
        : await backend.api.loadCorpus(corpusKey, batch, prepare);
      backend.corpora.add(corpusKey);
      return summary;
    });
  }

  /** Whether `corpusKey` is loaded in the current engine (a restarted worker has none). */
  hasCorpus(corpusKey: string): boolean {
    return this.current?.corpora.has(corpusKey) ?? false;
  }

  /** Searches a loaded corpus. */
  correlate(
    corpusKey: string,
    query: CorrelationQuery,
    correlateOptions: CorrelateOptions,
    options: JobOptions = {}
  ): Promise<TimedCorrelation> {
    return this.run(options, (backend) => backend.api.correlate(corpusKey, query, correlateOptions));
  }

  /** One job on the current backend: cancellation, timeout, and crash recovery. */
  private async run<T>(options: JobOptions, job: (backend: Backend, jobId: number) => Promise<T>): Promise<T> {
    const backend = await this.getBackend();
    const jobId = this.nextJobId++;
    const { signal, timeoutMs = DEFAULT_JOB_TIMEOUT_MS } = options;
    if (signal?.aborted) {
      throw new Error(JOB_CANCELLED);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => backend.api.cancel(jobId);
    signal?.addEventListener('abort', onAbort);
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.reset(backend);
        reject(new Error(`Kale analysis timed out after ${Math.round(timeoutMs / 1000)} s; the worker was restarted`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([job(backend, jobId), backend.crashed, timedOut]);
    } catch (error) {
      if (backend.isDead()) {
        this.reset(backend);
      }
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Terminates the worker; the next job starts a new one. */
  dispose(): void {
    const current = this.backend;
    this.backend = undefined;
    this.current = undefined;
    current?.then((b) => b.terminate()).catch(() => undefined);
  }

  private getBackend(): Promise<Backend> {
    this.backend ??= startBackend(this.startWorker).then((started) => (this.current = started));
    return this.backend;
  }

  private reset(backend: Backend): void {
    backend.terminate();
    if (this.current === backend) {
      this.current = undefined;
      this.backend = undefined;
    }
  }
}

/** A promise that never settles: the main thread cannot crash the way a worker does. */
const NEVER = new Promise<never>(() => undefined);

async function startBackend(startWorker: typeof createBlobWorker): Promise<Backend> {
  let started: ReturnType<typeof createBlobWorker> | undefined;
  try {
    started = startWorker();
    const { worker, terminate } = started;
    let dead = false;
    const crashed = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (event) => {
        dead = true;
        event.preventDefault();
        reject(new Error(`Kale analysis worker crashed: ${event.message || 'it could not run its script'}`));
      });
    });
    crashed.catch(() => undefined);
    const api = wrap<EngineApi>(worker);
    const startTimeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS)
    );
    await Promise.race([api.ping(), crashed, startTimeout]);
    return { api, onWorker: true, corpora: new Set(), crashed, isDead: () => dead, notices: [], terminate };
  } catch (error) {
    started?.terminate();
    const reason = error instanceof Error ? error.message : String(error);
    return {
      api: createEngineApi('main-thread'),
      onWorker: false,
      corpora: new Set(),
      crashed: NEVER,
      isDead: () => false,
      notices: [`The analysis ran on the main thread because no web worker could start (${reason}).`],
      terminate: () => undefined,
    };
  }
}
