/*
 * Public API of the Etsy Skyline detector family: options and defaults, the nine algorithm ids,
 * latest-point verdicts and every-point detection.
 * Source: etsy/skyline @ 22ae09da (see /work/shared/reference/skyline.md).
 */
export { SKYLINE_ALGORITHMS, SKYLINE_DEFAULTS, resolveSkylineOptions } from './options';
export type { SkylineAlgorithmId, SkylineOptions } from './options';
export { skylineLatest, evaluateWindow } from './latest';
export type { SkylineStatus, SkylineVerdict } from './latest';
export { skylineEvery } from './every';
