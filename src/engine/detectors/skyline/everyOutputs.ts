/*
 * The per-point output arrays of one every-point Skyline result, as views over three buffers.
 * Rule: `floats` = [consensus score | each track's score | each band's upper, lower], NaN at
 * first except the tracks' scores (0 until `scoreTracks`); `codes` = each track's verdicts, VERDICT_NONE at first; `counts` = [anomalous | votes], 0.
 * The per-point loop writes codes only; `scoreTracks` derives the tracks' scores from them in one
 * pass at the end (1, 0, or NaN where there is no verdict).
 * One allocation and one fill per buffer instead of two dozen, and the per-point loop writes flat
 * arrays at fixed offsets. Worker transfer lists each buffer once (resultTransferables dedupes).
 * Source: none (layout of our own DetectionResult).
 */
import { VERDICT_ANOMALOUS, VERDICT_NONE, VERDICT_NORMAL } from '../../types';

export interface MutableTrack {
  readonly id: string;
  readonly verdicts: Int8Array;
  readonly score: Float64Array;
  readonly upper?: Float64Array;
  readonly lower?: Float64Array;
}

/** The buffers, the offset of each band's upper column in `floats`, and the result's views. */
export interface EveryOutputs {
  readonly floats: Float64Array;
  readonly codes: Int8Array;
  readonly bandAt: readonly number[];
  readonly tracks: MutableTrack[];
  readonly score: Float64Array;
  readonly anomalous: Uint8Array;
  readonly votes: Uint8Array;
}

export function allocateOutputs(ids: readonly string[], hasBand: readonly boolean[], size: number): EveryOutputs {
  const floats = new Float64Array(size * (1 + ids.length + 2 * hasBand.filter(Boolean).length));
  // The tracks' score columns are left at 0: scoreTracks writes every value of them.
  floats.fill(NaN, 0, size).fill(NaN, size * (1 + ids.length));
  const codes = new Int8Array(size * ids.length).fill(VERDICT_NONE);
  const counts = new Uint8Array(2 * size);
  const view = (offset: number): Float64Array => floats.subarray(offset, offset + size);
  const bandAt: number[] = [];
  const tracks: MutableTrack[] = ids.map((id, j) => {
    const track = { id, verdicts: codes.subarray(j * size, (j + 1) * size), score: view(size * (1 + j)) };
    if (!hasBand[j]) {
      return track;
    }
    const at = size * (1 + ids.length + 2 * bandAt.length);
    bandAt.push(at);
    return { ...track, upper: view(at), lower: view(at + size) };
  });
  const [anomalous, votes] = [counts.subarray(0, size), counts.subarray(size)];
  return { floats, codes, bandAt, tracks, score: view(0), anomalous, votes };
}

/** Each track's score from its verdicts: VERDICT_ANOMALOUS → 1, VERDICT_NORMAL → 0, else NaN. */
export function scoreTracks({ tracks }: EveryOutputs): void {
  const [anomalous, normal] = [VERDICT_ANOMALOUS, VERDICT_NORMAL];
  for (const { verdicts, score } of tracks) {
    for (let i = 0; i < verdicts.length; i++) {
      const c = verdicts[i];
      score[i] = c === anomalous ? 1 : c === normal ? 0 : NaN;
    }
  }
}
