/*
 * Public API of the Etsy Skyline detector family: options and defaults, the nine algorithm ids
 * in Etsy's order, a latest-point verdict (`skylineLatest`) and causal every-point detection
 * (`skylineEvery`, verdict at point i from the points in (tᵢ − FULL_DURATION, tᵢ] at now = tᵢ).
 *
 * Bad input, and what it gets (both modes):
 * - NaN value: nanPolicy 'drop' (default) treats it as a missing point (Redis holds no nulls);
 *   'fail' keeps it and every window holding it gets status 'Error', not anomalous, no verdicts
 *   (Skyline's bare except: histogram_bins' numpy raises on NaN and voids the ensemble).
 * - ±Infinity value: kept; every window holding it is 'Error' for the same reason.
 * - Huge magnitudes (Number.MAX_VALUE): kept; sums overflow to ±Infinity/NaN and comparisons
 *   with NaN are False, as in numpy. Every-point mode then re-runs the plain algorithms on each
 *   window holding such a value (O(n) per point while it stays in the window).
 * - Unsorted or duplicate timestamps: Roomba's rule, sort by (time, value) and keep the first
 *   (smallest value) of each timestamp; a notice says how many were dropped. Non-finite
 *   timestamps are dropped. Dropped points get VERDICT_NONE in every-point output.
 * - Constant series: 'Boring' once the last MAX_TOLERABLE_BOREDOM values are one value
 *   (a single point is Boring too); an empty series is 'TooShort'.
 * - Mismatched times/values lengths, invalid options or a non-finite nowSec: RangeError.
 * - ks_test's ADF that statsmodels would refuse (20 ≤ |R| ≤ 23 with D > 0.5): 'Error'.
 * Source: etsy/skyline @ 22ae09da (see /work/shared/reference/skyline.md).
 */
export { SKYLINE_ALGORITHMS, SKYLINE_DEFAULTS, resolveSkylineOptions } from './options';
export type { SkylineAlgorithmId, SkylineOptions } from './options';
export { skylineLatest, evaluateWindow } from './latest';
export type { SkylineStatus, SkylineVerdict } from './latest';
export { skylineEvery } from './every';
