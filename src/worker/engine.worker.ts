/*
 * Worker entry: exposes the engine API through comlink (see workerApi.ts).
 * Built on its own (webpack.config.ts, `worker`) and embedded in the data source as a string.
 */
import { expose } from 'comlink';

import { createWorkerApi } from './workerApi';

expose(createWorkerApi());
