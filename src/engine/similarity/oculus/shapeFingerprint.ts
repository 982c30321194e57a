/*
 * Oculus's shape-description fingerprint and its 0..25 scaling.
 * Rule: level_i = ceil((25 / (max − min)) · (x_i − min)) (NaN → 0; all-zero series → 0s);
 * d_i = level_i − level_{i+1} (previous minus next, so d > 0 is a fall); d ≥ 4 → sdec,
 * 1..3 → dec, 0 or −1 → flat (dropped), −2..−4 → inc, ≤ −5 → sinc. Repeats are kept.
 * The scorers use the same scaling without the ceiling: (25 / (max − min)) · (x − min).
 * Source: etsy/oculus helpers/fingerprint.rb (`translate_metric_array`, `scale_x`, `sda`) and
 * tsscorers/EuclidianScript.java, DTWScript.java (`scaleArrayList`), commit 49db270.
 * Deviation: a level that overflows to ±Infinity (max − min subnormal) is taken as 25 where Ruby
 * would raise FloatDomainError; non-finite inputs are dropped with the nils (callers pass finite values).
 */

export const TOKEN_SDEC = 1;
export const TOKEN_DEC = 2;
export const TOKEN_INC = 3;
export const TOKEN_SINC = 4;
export const TOKEN_NAMES = ['s', 'sdec', 'dec', 'inc', 'sinc'] as const;
export const OCULUS_SCALE_POINTS = 25;

/** The scorers' scaling of finite values to [0, 25] (no rounding); NaN for a constant series. */
export function oculusScale(values: Float64Array): Float64Array {
  const { min, max } = range(values);
  const factor = OCULUS_SCALE_POINTS / (max - min);
  return values.map((x) => factor * (x - min));
}

/** The fingerprint tokens (TOKEN_* codes, flat steps dropped) of finite values. */
export function shapeFingerprint(values: Float64Array): Uint8Array {
  const { min, max } = range(values);
  const factor = OCULUS_SCALE_POINTS / (max - min);
  const levels = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === 0 && min === 0 && max === 0) {
      continue;
    }
    const scaled = factor * (x - min);
    levels[i] = Number.isNaN(scaled) ? 0 : Number.isFinite(scaled) ? Math.ceil(scaled) : OCULUS_SCALE_POINTS;
  }
  const tokens: number[] = [];
  for (let i = 0; i + 1 < levels.length; i++) {
    const token = tokenOf(levels[i] - levels[i + 1]);
    if (token !== 0) {
      tokens.push(token);
    }
  }
  return Uint8Array.from(tokens);
}

/** The fingerprint as Oculus stored it: token names joined by single spaces. */
export function fingerprintText(tokens: Uint8Array): string {
  return Array.from(tokens, (t) => TOKEN_NAMES[t]).join(' ');
}

/** First inclusive band that holds d, in Oculus's order sdec, dec, s, inc, sinc; 0 = flat. */
function tokenOf(d: number): number {
  if (d >= 4) {
    return TOKEN_SDEC;
  }
  if (d >= 1) {
    return TOKEN_DEC;
  }
  if (d >= -1) {
    return 0;
  }
  return d >= -4 ? TOKEN_INC : TOKEN_SINC;
}

function range(values: Float64Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    min = values[i] < min ? values[i] : min;
    max = values[i] > max ? values[i] : max;
  }
  return { min, max };
}
