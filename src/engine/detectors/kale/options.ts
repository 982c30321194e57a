/*
 * kale's parameters and their defaults, tuned on the NAB development subset (four categories):
 * smoothSpan and hold are the values a leave-one-category-out grid search picked for every left-out
 * category; threshold is NAB's optimal standard-profile threshold there (0.2202), rounded down.
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
  /** Seasonal period of kale_seasonal's baseline, in ms (a day). */
  readonly periodMs: number;
  /** Period of kale_seasonal's second baseline, in ms (a week; 0 for none): see nearerBaseline.ts. */
  readonly weekMs: number;
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
  smoothSpan: 24,
  excessHalf: 0.2,
  periodMs: DAY_MS,
  weekMs: 7 * DAY_MS,
  threshold: 0.22,
  hold: 100,
  damp: 0,
};

const isCount = (v: number, min: number) => Number.isInteger(v) && v >= min && v <= 1e7;
const isPositive = (v: number) => v > 0 && v < Infinity;

/** Problems with `o` (empty when valid), each naming the option and the value. */
export function kaleOptionProblems(o: KaleOptions): string[] {
  const rules: Array<[keyof KaleOptions, boolean, string]> = [
    ['window', isCount(o.window, 1), 'an integer in [1, 1e7]'],
    ['minHistory', isCount(o.minHistory, 1), 'an integer in [1, 1e7]'],
    ['smoothSpan', isCount(o.smoothSpan, 1), 'an integer in [1, 1e7]'],
    ['excessHalf', isPositive(o.excessHalf), 'a finite number > 0'],
    ['periodMs', isPositive(o.periodMs), 'a finite number > 0'],
    ['weekMs', o.weekMs === 0 || isPositive(o.weekMs), '0 or a finite number > 0'],
    ['threshold', o.threshold > 0 && o.threshold <= 1, 'in (0, 1]'],
    ['hold', isCount(o.hold, 0), 'an integer in [0, 1e7]'],
    ['damp', o.damp >= 0 && o.damp <= 1, 'in [0, 1]'],
  ];
  return rules.filter(([, ok]) => !ok).map(([name, , rule]) => `${name} must be ${rule}, got ${o[name]}`);
}
