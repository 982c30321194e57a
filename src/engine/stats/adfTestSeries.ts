/*
 * Shared test factory for the ADF kernels (adf.ts, adfGram.ts, adfRowSums.ts): seeded series of
 * the shapes that stress the Gram path, and window sequences that slide the way ks_test's
 * reference does at every point.
 */

import fc from 'fast-check';

import { seededRandom } from './seededRandom';

/** The number of series kinds `adfTestSeries` knows. */
export const ADF_TEST_KINDS = 8;

/** Arbitrary arguments for `adfTestSeries` (the length up to maxLength). */
export function adfSeriesParameters(maxLength: number) {
  return fc.record({
    kind: fc.integer({ min: 0, max: ADF_TEST_KINDS - 1 }),
    length: fc.integer({ min: 24, max: maxLength }),
    seed: fc.integer({ min: 1, max: 2 ** 31 }),
    scale: fc.constantFrom(1e-6, 1, 1e3, 1e9),
    shift: fc.constantFrom(0, 1e6, -1e9, 1e9),
    runs: fc.boolean(),
  });
}

/**
 * A seeded series of kind 0…7 (random walk, AR(1), trend, step, integer walk, noise, constant
 * stretches between noise, spikes of 1e4), times `scale` plus `shift`, with constant runs if `runs`.
 */
export function adfTestSeries(
  kind: number,
  n: number,
  seed: number,
  scale: number,
  shift: number,
  runs: boolean
): Float64Array {
  const uniform = seededRandom(seed);
  const x = new Float64Array(n);
  let level = 0;
  for (let i = 0; i < n; i++) {
    const e = uniform() * 2 - 1;
    level =
      kind === 0
        ? level + e
        : kind === 1
          ? 0.5 * level + e
          : kind === 2
            ? 0.01 * i + e
            : kind === 3
              ? (i > n / 2 ? 5 : 0) + e
              : kind === 4
                ? Math.round(level + 3 * e)
                : kind === 5
                  ? e
                  : kind === 6
                    ? (Math.floor(i / 60) % 2) * 4 + (uniform() < 0.5 ? 0 : e)
                    : (i % 97 === 0 ? 1e4 : 0) + e;
    x[i] = runs && uniform() < 0.3 && i > 0 ? x[i - 1] : level * scale + shift;
  }
  return x;
}

/**
 * Windows [start, end) of `length` − 1…`length` + 1 points over n points, sliding by 1 (75 %), by
 * 2…9 (20 %) or jumping by 0.5…1.5 lengths (5 %), as ks_test's reference moves between shifts.
 */
export function adfTestSlides(n: number, length: number, seed: number): Array<[number, number]> {
  const uniform = seededRandom(seed ^ 0x5bd1e995);
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start + length + 1 <= n) {
    out.push([start, start + length - 1 + Math.floor(uniform() * 3)]);
    const u = uniform();
    start += u < 0.75 ? 1 : u < 0.95 ? 2 + Math.floor(uniform() * 8) : Math.floor(length * (0.5 + uniform()));
  }
  return out;
}
