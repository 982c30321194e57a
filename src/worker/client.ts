/*
 * The main-thread side of the worker boundary. Starts one worker lazily and reuses it across
 * queries; falls back to running the same engine on the main thread when no worker can start
 * (and says so in `notices`); cancels jobs on abort; turns a worker crash or timeout into an
 * error and starts a fresh worker for the next job. Nothing runs at import time.
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';

import type { DetectRequest } from '../engine/detect';
import { batchTransferables, type SeriesBatch } from '../engine/series/batch';
import { createBlobWorker } from './createBlobWorker';
import { createEngineApi } from './engineApi';
import { JOB_CANCELLED, type DetectResponse, type EngineApi, type ProgressCallback } from './protocol';

const START_TIMEOUT_MS = 10_000;
const DEFAULT_JOB_TIMEOUT_MS = 120_000;

export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
  timeoutMs?: number;
}

export interface ClientDetectResponse extends DetectResponse {
  /** Things the user should know about how the job ran (e.g. the main-thread fallback). */
  readonly notices: string[];
}

interface Backend {
  api: EngineApi | Remote<EngineApi>;
  /** Rejects when the worker dies; never settles on the main thread. */
  crashed: Promise<never>;
  isDead: () => boolean;
  notices: string[];
  terminate: () => void;
}

export class EngineClient {
  private backend?: Promise<Backend>;
  private nextJobId = 1;

  constructor(private readonly startWorker = createBlobWorker) {}

  async detect(batch: SeriesBatch, request: DetectRequest, options: JobOptions = {}): Promise<ClientDetectResponse> {
    const backend = await this.getBackend();
    const jobId = this.nextJobId++;
    const { signal, onProgress, timeoutMs = DEFAULT_JOB_TIMEOUT_MS } = options;
    if (signal?.aborted) {
      throw new Error(JOB_CANCELLED);
    }
    const onWorker = backend.crashed !== NEVER;
    const call = onWorker
      ? backend.api.detect(jobId, transfer(batch, batchTransferables(batch)), request, onProgress && proxy(onProgress))
      : backend.api.detect(jobId, batch, request, onProgress);

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
      const response = await Promise.race([call, backend.crashed, timedOut]);
      return { ...response, notices: [...backend.notices] };
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
    current?.then((b) => b.terminate()).catch(() => undefined);
  }

  private getBackend(): Promise<Backend> {
    this.backend ??= startBackend(this.startWorker);
    return this.backend;
  }

  private reset(backend: Backend): void {
    backend.terminate();
    this.backend = undefined;
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
    return { api, crashed, isDead: () => dead, notices: [], terminate };
  } catch (error) {
    started?.terminate();
    const reason = error instanceof Error ? error.message : String(error);
    return {
      api: createEngineApi('main-thread'),
      crashed: NEVER,
      isDead: () => false,
      notices: [`The analysis ran on the main thread because no web worker could start (${reason}).`],
      terminate: () => undefined,
    };
  }
}
