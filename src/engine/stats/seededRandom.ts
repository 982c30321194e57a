/*
 * Seeded pseudo-random numbers for tests, simulations and benchmarks, so every run sees the same data.
 * Rule: mulberry32 (32-bit state, period 2³²) for uniforms in [0, 1); Box–Muller for N(0, 1).
 * Source: T. Ettinger, mulberry32 (public domain, 2017); Box & Muller, Ann. Math. Stat. 29 (1958).
 */

/** A uniform [0, 1) generator fully determined by `seed`. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw from two uniforms of `random`. */
export function gaussian(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
