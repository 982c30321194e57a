/*
 * The doubles next to a positive double: its successor and predecessor (C's nextafter toward
 * +Infinity and toward 0), read off the IEEE 754 bit pattern.
 * Rule: for x > 0 the bit patterns of positive doubles are ordered as the values, so ±1 on the
 * 64-bit pattern steps one double; 0 steps up to Number.MIN_VALUE (the smallest subnormal).
 * Source: IEEE 754-2008 §5.3.1 (nextUp, nextDown).
 */

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
/** Index of the low 32-bit word of the double in `words` (the platform's byte order). */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH = 1 - LOW;

/** x moved by `step` (±1) units in the last place; x ≥ 0 finite, not both x = 0 and step = −1. */
function stepBits(x: number, step: number): number {
  bits[0] = x;
  const low = words[LOW] + step;
  words[LOW] = low >>> 0;
  words[HIGH] += Math.floor(low / 2 ** 32);
  return bits[0];
}

/** The smallest double above x, for finite x ≥ 0. Example: nextUp(1) = 1 + 2⁻⁵². */
export function nextUp(x: number): number {
  return stepBits(x, 1);
}

/** The largest double below x, for finite x > 0 (0 for Number.MIN_VALUE). Example: nextDown(1) = 1 − 2⁻⁵³. */
export function nextDown(x: number): number {
  return stepBits(x, -1);
}
