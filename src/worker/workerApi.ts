/*
 * The engine API as the worker exposes it: the engine's own, plus what only a worker does —
 * result and series buffers marked for transfer back (each once; results may share buffers
 * with the series), and the caller's progress callback (a comlink proxy over its own
 * MessageChannel) released when the job ends.
 */
import { releaseProxy, transfer, type Remote } from 'comlink';

import { batchTransferables } from '../engine/series/batch';
import type { DetectionResult } from '../engine/types';
import { createEngineApi } from './engineApi';
import type { DetectResponse, EngineApi, ProgressCallback, VerdictResult } from './protocol';
import { resultTransferables } from './resultTransferables';

function transferred<R extends DetectionResult | VerdictResult>(response: DetectResponse<R>): DetectResponse<R> {
  const buffers = new Set([...resultTransferables(response.results), ...batchTransferables(response.series)]);
  return transfer(response, [...buffers]);
}

/** Frees the caller's side of a proxied callback; comlink passes callbacks to a worker as proxies. */
function release(onProgress: ProgressCallback | undefined): void {
  (onProgress as Remote<ProgressCallback> | undefined)?.[releaseProxy]();
}

export function createWorkerApi(): EngineApi {
  const engine = createEngineApi('worker');
  return {
    ...engine,
    detect: async (jobId, batch, request, onProgress) =>
      transferred(await engine.detect(jobId, batch, request, onProgress).finally(() => release(onProgress))),
    detectVerdicts: async (jobId, batch, request, fromMs, onProgress) =>
      transferred(
        await engine.detectVerdicts(jobId, batch, request, fromMs, onProgress).finally(() => release(onProgress))
      ),
  };
}
