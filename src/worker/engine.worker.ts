/*
 * Worker entry: exposes the engine API through comlink and transfers result buffers back.
 * Built on its own (webpack.config.ts, `worker`) and embedded in the data source as a string.
 */
import { expose, transfer } from 'comlink';

import { createEngineApi } from './engineApi';
import type { EngineApi } from './protocol';
import { resultTransferables } from './resultTransferables';

const engine = createEngineApi('worker');

const api: EngineApi = {
  ping: () => engine.ping(),
  async detect(jobId, batch, request, onProgress) {
    const response = await engine.detect(jobId, batch, request, onProgress);
    return transfer(response, resultTransferables(response.results));
  },
  cancel: (jobId) => engine.cancel(jobId),
};

expose(api);
