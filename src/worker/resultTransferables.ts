/*
 * The ArrayBuffers inside detection results, listed so the worker can transfer them back to the
 * main thread instead of copying them.
 */
import type { DetectionResult } from '../engine/types';

export function resultTransferables(results: readonly DetectionResult[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (array: ArrayBufferView | undefined) => {
    if (array) {
      buffers.add(array.buffer as ArrayBuffer);
    }
  };
  for (const r of results) {
    [r.timesMs, r.score, r.anomalous, r.votes, r.upper, r.lower].forEach(add);
    for (const d of r.detectors) {
      [d.verdicts, d.score, d.upper, d.lower].forEach(add);
    }
  }
  return [...buffers];
}
