/*
 * Suppression after an alarm: once the combined score reaches the alarm threshold, the scores of
 * the next `hold` points are damped unless they exceed the score that raised the alarm.
 * Rule: after an alarm at score a (≥ threshold), for `hold` points a score s ≤ a becomes s·damp;
 * a score above a is kept and, if it is an alarm, starts a new hold. Returns the damped copy.
 * Source: alert de-duplication as in ARTime (M. Hawkins' NAB entry, 2021: after a detection, no
 * detection for a while) and Prometheus Alertmanager's repeat interval.
 * Deviation: scores are damped, not zeroed, so a lower threshold than the default still sees them.
 */

export interface SuppressionOptions {
  /** Score at or above which a point is an alarm (kale's documented default threshold). */
  readonly threshold: number;
  /** Points damped after an alarm. */
  readonly hold: number;
  /** Factor applied to damped scores, in [0, 1]. */
  readonly damp: number;
}

/** `score` with the points after each alarm damped; NaN stays NaN and does not count as a point. */
export function suppress(score: Float64Array, options: SuppressionOptions): Float64Array {
  const { threshold, hold, damp } = options;
  const out = new Float64Array(score.length);
  let left = 0;
  let alarm = -Infinity;
  for (let i = 0; i < score.length; i++) {
    const s = score[i];
    if (Number.isNaN(s)) {
      out[i] = NaN;
      continue;
    }
    if (left > 0 && s <= alarm) {
      out[i] = s * damp;
      left--;
    } else {
      out[i] = s;
      if (s >= threshold) {
        alarm = s;
        left = hold;
      }
    }
  }
  return out;
}
