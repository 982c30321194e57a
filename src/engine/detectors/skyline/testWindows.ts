/*
 * Shared test factory: a SkylineWindow from plain arrays, points one step apart ending at now.
 */
import type { SkylineWindow } from './window';

export const TEST_NOW_MS = 1_700_000_000_000;

/** Window of `values` spaced `stepSec` apart, the last one at TEST_NOW_MS (or at `nowMs`). */
export function windowOf(values: readonly number[], stepSec = 60, nowMs = TEST_NOW_MS): SkylineWindow {
  const n = values.length;
  return {
    timesMs: Float64Array.from(values, (_, i) => nowMs - (n - 1 - i) * stepSec * 1000),
    values: Float64Array.from(values),
    nowMs,
  };
}

/** Deterministic pseudo-noise in [-1, 1) (an LCG), for test fixtures. */
export function noise(n: number, seed = 1): number[] {
  let state = seed >>> 0 || 1;
  return Array.from({ length: n }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state / 2 ** 32) * 2 - 1;
  });
}
