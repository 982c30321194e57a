import fc from 'fast-check';

import { bestLag, prefixSums, prefixSumsInto } from './laggedCorrelation';
import { zNormalized } from './zNormalize';

const base = Array.from({ length: 200 }, (_, i) => Math.sin(i / 9) + Math.sin(i / 23) * 2 + (i % 7) * 0.05);

function lagOf(q: ArrayLike<number>, c: ArrayLike<number>, maxLag: number): { lag: number; r: number } {
  const zq = Float64Array.from(q);
  const zc = Float64Array.from(c);
  const qp = prefixSums(zq.length);
  prefixSumsInto(zq, 0, zq.length, qp);
  const out = new Float64Array(2);
  bestLag(zq, qp, zc, 0, zq.length, maxLag, prefixSums(zq.length), out);
  return { lag: out[0], r: out[1] };
}

/** Pearson over the overlap from the definition. */
function pearsonAt(q: readonly number[], c: readonly number[], s: number): number {
  const pairs = q.map((x, i) => [x, c[i + s]]).filter((p) => p[1] !== undefined);
  const mx = pairs.reduce((a, p) => a + p[0], 0) / pairs.length;
  const my = pairs.reduce((a, p) => a + p[1], 0) / pairs.length;
  const sxy = pairs.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0);
  const sxx = pairs.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
  const syy = pairs.reduce((a, p) => a + (p[1] - my) ** 2, 0);
  return sxy / Math.sqrt(sxx * syy);
}

describe('bestLag', () => {
  it('reports a positive lag when the candidate follows the query, with r = 1 for an exact slid copy', () => {
    const follower = base.map((_, i) => 3 * base[Math.max(0, i - 5)] + 40);
    expect(lagOf(base, follower, 10)).toEqual({ lag: 5, r: expect.closeTo(1, 12) });
  });

  it('scores a window slid along a longer walk as 1 at its shift, whatever the window levels', () => {
    const walk = base.map((_, i) => base.slice(0, i + 1).reduce((a, b) => a + b, 0));
    const q = zNormalized(walk.slice(20, 170))!;
    const c = zNormalized(walk.slice(32, 182))!;
    expect(lagOf(q, c, 15)).toEqual({ lag: -12, r: expect.closeTo(1, 10) });
  });

  it('reports a negative lag when the candidate leads, and the sign of an anti-correlation', () => {
    const leader = base.map((_, i) => -base[Math.min(base.length - 1, i + 4)]);
    const { lag, r } = lagOf(base, leader, 10);
    expect(lag).toBe(-4);
    expect(r).toBeLessThan(-0.99);
  });

  it('stays at lag 0 when maxLag is 0 and prefers the smaller lag on ties', () => {
    expect(lagOf(base, base, 0)).toEqual({ lag: 0, r: expect.closeTo(1, 12) });
    expect(lagOf(base, base, 30).lag).toBe(0);
  });

  it('gives r = 0 for a flat overlap, and handles one point and maxLag ≥ n', () => {
    const stepUp = [0, 0, 0, 0, 0, 0, 0, 0, 1, 2];
    expect(lagOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], stepUp, 0).r).toBeGreaterThan(0.5);
    expect(lagOf([5, 5, 5, 5], [1, 2, 3, 4], 2)).toEqual({ lag: 0, r: 0 });
    expect(lagOf([1], [2], 3)).toEqual({ lag: 0, r: 0 });
    expect(lagOf([1, 2, 3], [3, 2, 1], 99)).toEqual({ lag: 0, r: expect.closeTo(-1, 12) });
  });

  it('equals the best |Pearson| over the overlaps computed from the definition', () => {
    // Values on a 0.01 grid: plenty of exact ties and flat stretches, no subnormal noise.
    const value = fc.integer({ min: -3000, max: 3000 }).map((v) => v / 100);
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 4, maxLength: 40 }),
        fc.array(value, { minLength: 40, maxLength: 40 }),
        fc.integer({ min: 0, max: 10 }),
        (q, cLong, m) => {
          const c = cLong.slice(0, q.length);
          const lim = Math.min(m, q.length - 3);
          const { lag, r } = lagOf(q, c, lim);
          if (r !== 0 || !Number.isNaN(pearsonAt(q, c, lag))) {
            expect(r).toBeCloseTo(pearsonAt(q, c, lag), 6);
          }
          for (let s = -lim; s <= lim; s++) {
            const want = pearsonAt(q, c, s);
            if (Number.isFinite(want) && Math.abs(want) < 1 - 1e-6) {
              expect(Math.abs(r)).toBeGreaterThanOrEqual(Math.abs(want) - 1e-6);
            }
          }
        }
      ),
      { numRuns: 200 }
    );
  });
});
