/*
 * Detection results slimmed for the trip back to the main thread when the caller draws only the
 * combined result from a visible range on: from point `start` on, a result's score, band,
 * anomalous flags and votes and its detectors' verdicts are copied into three fresh buffers,
 * and the detectors' own scores and bands stay behind. For the Skyline preset that is about a
 * quarter of the bytes per point (and a third of the typed arrays) the main thread has to take
 * in, in the one task that receives the worker's answer, before the baseline is even dropped.
 */
import type { DetectionResult } from '../engine/types';
import type { VerdictResult } from './protocol';

/** `result` from point `start` on, its times being `timesMs` (the caller's copy of them). */
export function verdictsFrom(result: DetectionResult, start: number, timesMs: Float64Array): VerdictResult {
  const n = result.timesMs.length - start;
  const { upper, lower, detectors } = result;
  const floats = new Float64Array(n * (upper && lower ? 3 : 1));
  const codes = new Int8Array(n * detectors.length);
  const counts = new Uint8Array(2 * n);
  const put = <T extends Float64Array | Int8Array | Uint8Array>(into: T, source: T, at: number): T => {
    into.set(source.subarray(start), at);
    return into.subarray(at, at + n) as T;
  };
  return {
    ...result,
    timesMs,
    score: put(floats, result.score, 0),
    upper: upper && lower ? put(floats, upper, n) : undefined,
    lower: upper && lower ? put(floats, lower, 2 * n) : undefined,
    anomalous: put(counts, result.anomalous, 0),
    votes: put(counts, result.votes, n),
    detectors: detectors.map((d, j) => ({
      id: d.id,
      verdicts: put(codes, d.verdicts, j * n),
      diagnostics: d.diagnostics,
    })),
  };
}
