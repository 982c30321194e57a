import fc from 'fast-check';
import { adfStationary, adfStatistic, mackinnonPValueConstant } from './adf';
import { adfByGram } from './adfGram';

/** A seeded series of one of six kinds, scaled and shifted, with optional constant runs. */
function series(kind: number, n: number, seed: number, scale: number, shift: number, runs: boolean): Float64Array {
  let state = seed >>> 0 || 1;
  const uniform = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const x = new Float64Array(n);
  let level = 0;
  for (let i = 0; i < n; i++) {
    const e = uniform() * 2 - 1;
    level =
      kind === 0
        ? level + e // random walk
        : kind === 1
          ? 0.5 * level + e // AR(1)
          : kind === 2
            ? 0.01 * i + e // trend
            : kind === 3
              ? (i > n / 2 ? 5 : 0) + e // step
              : kind === 4
                ? Math.round(level + 3 * e) // integer walk
                : e; // noise
    x[i] = runs && uniform() < 0.3 && i > 0 ? x[i - 1] : level * scale + shift;
  }
  return x;
}

const arbitrarySeries = fc
  .record({
    kind: fc.integer({ min: 0, max: 5 }),
    n: fc.integer({ min: 24, max: 400 }),
    seed: fc.integer({ min: 1, max: 2 ** 31 }),
    scale: fc.constantFrom(1e-6, 1, 1e3, 1e9),
    shift: fc.constantFrom(0, 1e6, -1e9),
    runs: fc.boolean(),
  })
  .map(({ kind, n, seed, scale, shift, runs }) => series(kind, n, seed, scale, shift, runs));

describe('adfByGram', () => {
  it('agrees with the QR τ within its error bound whenever it answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(arbitrarySeries, (x) => {
        const fast = adfByGram(x, 10);
        const exact = adfStatistic(x, 10);
        if (fast !== null) {
          answered++;
          expect(Math.abs(fast.tau - exact)).toBeLessThanOrEqual(fast.tauError);
        }
      }),
      { numRuns: 400, seed: 20261121 }
    );
    expect(answered).toBeGreaterThan(200);
  });

  it('refuses a constant series and one whose level is a line (collinear with the constant)', () => {
    expect(adfByGram(new Float64Array(100).fill(3), 10)).toBeNull();
    expect(
      adfByGram(
        Float64Array.from({ length: 100 }, (_, i) => i),
        10
      )
    ).toBeNull();
  });

  it('matches the statsmodels reference τ on a random walk to 8 digits', () => {
    const walk = series(0, 300, 12, 1, 0, false);
    expect(adfByGram(walk, 10)?.tau).toBeCloseTo(adfStatistic(walk, 10), 8);
  });
});

describe('adfStationary', () => {
  it('gives the QR verdict at 5 %', () => {
    fc.assert(
      fc.property(arbitrarySeries, (x) => {
        expect(adfStationary(x, 10, 0.05)).toBe(mackinnonPValueConstant(adfStatistic(x, 10)) < 0.05);
      }),
      { numRuns: 400, seed: 7 }
    );
  });
});
