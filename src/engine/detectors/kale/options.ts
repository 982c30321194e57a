/*
 * kale's parameters and their defaults, tuned on the NAB development subset (four categories).
 * Rule: every part measures how far a value lies outside its history's range, as a fraction e of
 * that range, and shows it as e / (e + excessHalf): a score of 0.5 means "beyond the record by
 * excessHalf of the range" in any part, so parts and series share one scale.
 * Source: Kale's own choices; see each part's file for the method it implements.
 */

export interface KaleOptions {
  /** History whose range each part compares against, in points. */
  readonly window: number;
  /** Values of history needed before a part speaks (at least STEP_SAMPLE). */
  readonly minHistory: number;
  /** Points in kale_smooth's trailing mean. */
  readonly smoothSpan: number;
  /** Excess (fraction of the range) at which a part's score is 0.5. */
  readonly excessHalf: number;
  /** Seasonal periods tried as baselines, in ms. */
  readonly periodsMs: readonly number[];
  /** Combined score at or above which a point is anomalous (and suppression starts). */
  readonly threshold: number;
  /** Points damped after an alarm, and the damping factor in [0, 1]. */
  readonly hold: number;
  readonly damp: number;
}

export const DAY_MS = 86_400_000;

export const KALE_DEFAULTS: KaleOptions = {
  window: 4000,
  minHistory: 48,
  smoothSpan: 12,
  excessHalf: 0.2,
  periodsMs: [DAY_MS],
  threshold: 0.24,
  hold: 50,
  damp: 0,
};
