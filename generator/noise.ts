/*
 * Deterministic noise for the metrics generator: every draw is a pure function of
 * (seed, stream, index), so the value of a series at a time never depends on call order.
 * Rule: a 32-bit integer hash (murmur3 finaliser) of the three keys gives a uniform in [0, 1);
 * two uniforms give a standard normal by Box–Muller; value noise interpolates normals
 * placed on a coarse grid, which gives a smooth wander.
 * Source: murmur3 fmix32 (Austin Appleby, public domain); Box–Muller (1958).
 */

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Uniform in [0, 1) for the integer keys; `index` may be any safe integer (negative too). */
export function hashUniform(seed: number, stream: number, index: number): number {
  const lo = index | 0;
  const hi = Math.floor(index / 4294967296) | 0;
  let h = fmix32((seed | 0) ^ 0x9e3779b9);
  h = fmix32(h ^ Math.imul(stream | 0, 0x27d4eb2f));
  h = fmix32(h ^ lo);
  h = fmix32(h ^ Math.imul(hi, 0x165667b1));
  return h / 4294967296;
}

/** Standard normal for the integer keys. */
export function hashNormal(seed: number, stream: number, index: number): number {
  const u1 = hashUniform(seed, stream, 2 * index);
  const u2 = hashUniform(seed, stream, 2 * index + 1);
  return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
}

/** Smooth standard-normal wander: normals on a grid of `grainSec`, linearly interpolated. */
export function valueNoise(seed: number, stream: number, tSec: number, grainSec: number): number {
  const x = tSec / grainSec;
  const k = Math.floor(x);
  const f = x - k;
  return (1 - f) * hashNormal(seed, stream, k) + f * hashNormal(seed, stream, k + 1);
}
