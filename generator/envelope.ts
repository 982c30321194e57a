/*
 * Trapezoid envelopes for scripted incidents: 0 before `startSec`, a linear rise over `riseSec`
 * to 1, a hold of `holdSec` (Infinity for a permanent level shift), a linear fall over `fallSec`.
 * Rule: the envelope and its running integral ∫_{-∞}^{t} E(u) du are both closed-form, so a
 * counter driven by an incident stays a pure function of time.
 * Source: our own; piecewise-linear integration.
 */

export interface Envelope {
  readonly startSec: number;
  readonly riseSec: number;
  readonly holdSec: number;
  readonly fallSec: number;
}

/** Envelope height in [0, 1] at `tSec`. */
export function envelopeAt(e: Envelope, tSec: number): number {
  const x = tSec - e.startSec;
  if (x <= 0) {
    return 0;
  }
  if (x < e.riseSec) {
    return x / e.riseSec;
  }
  const y = x - e.riseSec;
  if (y <= e.holdSec) {
    return 1;
  }
  const z = y - e.holdSec;
  return z < e.fallSec ? 1 - z / e.fallSec : 0;
}

/** ∫ from -∞ to `tSec` of the envelope, in seconds. */
export function envelopeIntegral(e: Envelope, tSec: number): number {
  const x = tSec - e.startSec;
  if (x <= 0) {
    return 0;
  }
  if (x < e.riseSec) {
    return (x * x) / (2 * e.riseSec);
  }
  const y = x - e.riseSec;
  if (y <= e.holdSec) {
    return e.riseSec / 2 + y;
  }
  const z = Math.min(y - e.holdSec, e.fallSec);
  return e.riseSec / 2 + e.holdSec + z - (e.fallSec > 0 ? (z * z) / (2 * e.fallSec) : 0);
}

/** Ramp from 0 at `startSec` growing 1 per second until `endSec`, then 0 (a leak and its restart). */
export function rampAt(startSec: number, endSec: number, tSec: number): number {
  return tSec > startSec && tSec < endSec ? tSec - startSec : 0;
}

/** ∫ from -∞ to `tSec` of the ramp, in seconds². */
export function rampIntegral(startSec: number, endSec: number, tSec: number): number {
  const x = Math.min(tSec, endSec) - startSec;
  return x > 0 ? (x * x) / 2 : 0;
}
