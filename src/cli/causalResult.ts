/*
 * Makes a DetectionResult causal for NAB, where each row's score must be known when the row
 * arrives. Skyline's and three-sigma's every-point modes already are (a row's verdict uses that
 * row and earlier ones only). Morgoth gives every point of a closed window the window's verdict,
 * which the earlier points of the window could not have known; here each window's verdict moves
 * to the row at which it closes (a count window: its last row; a time window: the first row after
 * it, as Kapacitor closes it when a later point arrives), and its other rows get no verdict.
 * Tracks are then recombined: score = mean of the defined track scores, votes = anomalous tracks.
 */
import { combineTracks } from '../engine/detectors/consensus';
import { FINGERPRINTER_KINDS, type MorgothOptions } from '../engine/detectors/morgoth';
import { resolveMorgothOptions } from '../engine/detectors/morgoth/options';
import { closedWindowBounds } from '../engine/detectors/morgoth/windowing';
import { VERDICT_NONE, type DetectionResult, type DetectorTrack } from '../engine/types';

function isMorgothTrack(id: string): boolean {
  return FINGERPRINTER_KINDS.some((kind) => id === kind || id.startsWith(`${kind}-`));
}

function atClosingRows(track: DetectorTrack, bounds: Uint32Array, byTime: boolean): DetectorTrack {
  const verdicts = new Int8Array(track.verdicts.length).fill(VERDICT_NONE);
  const score = new Float64Array(track.score.length).fill(NaN);
  for (let w = 0; w + 1 < bounds.length; w++) {
    const close = byTime ? bounds[w + 1] : bounds[w + 1] - 1;
    for (let i = bounds[w]; i < bounds[w + 1]; i++) {
      if (track.verdicts[i] !== VERDICT_NONE) {
        verdicts[close] = track.verdicts[i];
        score[close] = track.score[i];
      }
    }
  }
  return { id: track.id, verdicts, score };
}

export function causalResult(result: DetectionResult, morgoth?: Partial<MorgothOptions>): DetectionResult {
  if (!result.detectors.some((t) => isMorgothTrack(t.id))) {
    return result;
  }
  const windows = resolveMorgothOptions(morgoth);
  const bounds = closedWindowBounds(result.timesMs, windows);
  const byTime = windows.windowMs !== undefined;
  const tracks = result.detectors.map((t) => (isMorgothTrack(t.id) ? atClosingRows(t, bounds, byTime) : t));
  return combineTracks(result.name, result.timesMs, tracks, { count: 1 }, result.notices);
}
