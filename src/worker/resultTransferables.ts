/*
 * The ArrayBuffers inside detection results, listed once each so the worker can transfer them
 * back to the main thread instead of copying them.
 */
import type { DetectionResult } from '../engine/types';
import type { VerdictResult } from './protocol';

export function resultTransferables(results: ReadonlyArray<DetectionResult | VerdictResult>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (array: ArrayBufferView | undefined) => {
    if (array) {
      buffers.add(array.buffer as ArrayBuffer);
    }
  };
  for (const r of results) {
    [r.timesMs, r.score, r.anomalous, r.votes, r.upper, r.lower].forEach(add);
    for (const d of r.detectors) {
      add(d.verdicts);
      if ('score' in d) {
        [d.score, d.upper, d.lower, d.center].forEach(add);
      }
    }
  }
  return [...buffers];
}
