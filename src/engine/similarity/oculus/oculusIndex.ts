/*
 * What Oculus indexed per metric: the fingerprint tokens and the values, here pre-scaled to 0..25
 * for the scorers, all series packed into contiguous buffers plus offsets.
 * Rule: nils (NaN, and here ±Infinity) are dropped before fingerprinting and scoring, as the
 * Resque workers did; scaling is per series, so it can be done once at index time.
 * Source: etsy/oculus workers/redis_worker.rb (nils removed, fingerprint + values indexed).
 */
import { oculusScale, shapeFingerprint } from './shapeFingerprint';

/** One indexed series: TOKEN_* codes and the 0..25-scaled finite values. */
export interface OculusDoc {
  readonly tokens: Uint8Array;
  readonly scaled: Float64Array;
}

export interface OculusIndex {
  readonly tokens: Uint8Array;
  /** Length count + 1; document i's tokens are tokens[tokenOffsets[i], tokenOffsets[i + 1]). */
  readonly tokenOffsets: Uint32Array;
  readonly scaled: Float64Array;
  readonly scaledOffsets: Uint32Array;
  readonly maxTokens: number;
}

/** The Oculus document of one raw series. */
export function oculusDoc(raw: ArrayLike<number>): OculusDoc {
  const finite = Float64Array.from(raw).filter((v) => Number.isFinite(v));
  return { tokens: shapeFingerprint(finite), scaled: oculusScale(finite) };
}

export function buildOculusIndex(raws: ReadonlyArray<ArrayLike<number>>): OculusIndex {
  const docs = raws.map(oculusDoc);
  const tokenOffsets = new Uint32Array(docs.length + 1);
  const scaledOffsets = new Uint32Array(docs.length + 1);
  docs.forEach((d, i) => {
    tokenOffsets[i + 1] = tokenOffsets[i] + d.tokens.length;
    scaledOffsets[i + 1] = scaledOffsets[i] + d.scaled.length;
  });
  const tokens = new Uint8Array(tokenOffsets[docs.length]);
  const scaled = new Float64Array(scaledOffsets[docs.length]);
  let maxTokens = 0;
  docs.forEach((d, i) => {
    tokens.set(d.tokens, tokenOffsets[i]);
    scaled.set(d.scaled, scaledOffsets[i]);
    maxTokens = Math.max(maxTokens, d.tokens.length);
  });
  return { tokens, tokenOffsets, scaled, scaledOffsets, maxTokens };
}

/** Document i as views into the index buffers. */
export function oculusDocAt(index: OculusIndex, i: number): OculusDoc {
  return {
    tokens: index.tokens.subarray(index.tokenOffsets[i], index.tokenOffsets[i + 1]),
    scaled: index.scaled.subarray(index.scaledOffsets[i], index.scaledOffsets[i + 1]),
  };
}
