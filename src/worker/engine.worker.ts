/*
 * Worker entry: exposes the engine API through comlink and transfers result buffers back.
 * Built on its own (webpack.config.ts, `worker`) and embedded in the data source as a string.
 */
import { expose, transfer } from 'comlink';

import { batchTransferables } from '../engine/series/batch';
import { createEngineApi } from './engineApi';
import type { EngineApi } from './protocol';
import { resultTransferables } from './resultTransferables';

const engine = createEngineApi('worker');

const api: EngineApi = {
  ping: () => engine.ping(),
  async detect(jobId, batch, request, onProgress) {
    const response = await engine.detect(jobId, batch, request, onProgress);
    // Results may share buffers with the series (the times): list each buffer once.
    const buffers = new Set([...resultTransferables(response.results), ...batchTransferables(response.series)]);
    return transfer(response, [...buffers]);
  },
  loadCorpus: (corpusKey, batch, options) => engine.loadCorpus(corpusKey, batch, options),
  correlate: (corpusKey, query, options) => engine.correlate(corpusKey, query, options),
  cancel: (jobId) => engine.cancel(jobId),
};

expose(api);
