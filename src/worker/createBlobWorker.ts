/*
 * Starts the analysis worker from the bundle embedded in this module as a string, through a Blob
 * URL: no extra chunk to fetch, so it works when Grafana serves the plugin from a CDN or from a
 * nested plugin folder. Throws where workers or blob: URLs are not available; a CSP that refuses
 * `blob:` may instead fail the worker asynchronously, which the client's start-up ping catches.
 */
import workerSource from '../../.worker-build/engine.worker.js?raw';

export interface BlobWorker {
  readonly worker: Worker;
  /** Terminates the worker and frees its Blob URL. */
  readonly terminate: () => void;
}

export function createBlobWorker(): BlobWorker {
  if (typeof Worker === 'undefined') {
    throw new Error('this browser has no Web Worker');
  }
  if (!workerSource) {
    throw new Error('the worker bundle is missing from this build');
  }
  const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  try {
    const worker = new Worker(url, { name: 'kale-engine' });
    return {
      worker,
      terminate: () => {
        worker.terminate();
        URL.revokeObjectURL(url);
      },
    };
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
}
