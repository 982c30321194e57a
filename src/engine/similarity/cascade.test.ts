import fc from 'fast-check';

import { bandedDtw, dtwWork } from './bandedDtw';
import { dtwSearch } from './cascade';
import { corpusFromRows } from './corpus';
import { prefixSums, prefixSumsInto } from './laggedCorrelation';
import { boundPrefixSumsInto } from './boundPrefixSums';
import { lagBoundPlan, lagUpperBound } from './lagBound';
import { laggedSearch } from './laggedSearch';
import { queryPlans } from './queryPlan';

/** A seeded corpus of random walks (some mirrored, some shifted copies of row 0) as raw rows. */
const corpusArb = fc
  .record({
    count: fc.integer({ min: 2, max: 40 }),
    n: fc.integer({ min: 8, max: 48 }),
    seed: fc.integer(),
    f32: fc.boolean(),
  })
  .map(({ count, n, seed, f32 }) => {
    let s = seed | 0;
    const rnd = () => {
      s = (Math.imul(s, 1103515245) + 12345) | 0;
      return ((s >>> 8) & 0xffff) / 0x10000 - 0.5;
    };
    const rows = f32 ? new Float32Array(count * n) : new Float64Array(count * n);
    for (let r = 0; r < count; r++) {
      let x = 0;
      for (let i = 0; i < n; i++) {
        x += rnd();
        rows[r * n + i] =
          r % 5 === 3 ? -rows[i] + rnd() * 0.1 : r % 5 === 4 ? rows[Math.min(n - 1, i + 2)] : x + i * 0.01;
      }
    }
    return corpusFromRows(
      Array.from({ length: count }, (_, i) => `s${i}`),
      rows,
      n
    );
  });

describe('dtwSearch (UCR cascade, LB-ordered)', () => {
  it('returns exactly the brute-force top-k over both signs', () => {
    fc.assert(
      fc.property(
        corpusArb,
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (corpus, k, band) => {
          const n = corpus.length;
          const r = Math.floor(band * n);
          const q = Float64Array.from(corpus.values.subarray(0, n));
          const neg = q.map((v) => -v);
          const work = dtwWork(r);
          const brute: number[] = [];
          for (let id = 1; id < corpus.count; id++) {
            brute.push(
              Math.min(
                bandedDtw(q, corpus.values, id * n, n, r, null, Infinity, work),
                bandedDtw(neg, corpus.values, id * n, n, r, null, Infinity, work)
              )
            );
          }
          brute.sort((a, b) => a - b);
          const got = dtwSearch(corpus, queryPlans(q, r, corpus.paaWidth, true), r, k, 0, [1]).heap.sorted();
          const want = brute.slice(0, k);
          expect(got.length).toBe(want.length);
          got.forEach((h, i) => expect(h.key).toBeCloseTo(want[i], 9));
        }
      ),
      { numRuns: 150 }
    );
  });

  it('prunes: counters account for every candidate', () => {
    const n = 64;
    const count = 200;
    const rows = new Float64Array(count * n);
    for (let r = 0; r < count; r++) {
      for (let i = 0; i < n; i++) {
        rows[r * n + i] = r <= 5 ? Math.sin(i / 7) + r * 0.01 * Math.cos(i) : Math.sin((i * (2 + (r % 17))) / 3 + r);
      }
    }
    const corpus = corpusFromRows(
      Array.from({ length: count }, (_, i) => `s${i}`),
      rows,
      n
    );
    const q = Float64Array.from(corpus.values.subarray(0, n));
    const { counters } = dtwSearch(corpus, queryPlans(q, 3, corpus.paaWidth, true), 3, 5, 0, [1, 2, 3, 4, 5]);
    expect(counters.seeded + counters.boundPruned + counters.visited + counters.skippedAfterSort).toBe(count - 1);
    expect(counters.boundPruned).toBeGreaterThan(0);
  });
});

/** Pearson of q[i] and c[i + s] over the overlap, straight from the definition (0 when a side is flat). */
function naiveOverlapR(q: ArrayLike<number>, c: ArrayLike<number>, s: number): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < q.length; i++) {
    if (i + s >= 0 && i + s < c.length) {
      xs.push(q[i]);
      ys.push(c[i + s]);
    }
  }
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i] - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  });
  const flat = (ss: number, v: number[]) => !(ss > 1e-9 * v.reduce((a, b) => a + b * b, 0));
  return flat(sxx, xs) || flat(syy, ys) ? 0 : sxy / Math.sqrt(sxx * syy);
}

function naiveBest(q: ArrayLike<number>, c: ArrayLike<number>, m: number): number {
  let best = 0;
  for (let s = -Math.min(m, q.length - 1); s <= Math.min(m, q.length - 1); s++) {
    best = Math.max(best, Math.abs(naiveOverlapR(q, c, s)));
  }
  return best;
}

describe('laggedSearch', () => {
  it('returns exactly the brute-force top-k of max |r| over ±maxLag (r from the definition)', () => {
    fc.assert(
      fc.property(corpusArb, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 30 }), (corpus, k, m) => {
        const n = corpus.length;
        const q = Float64Array.from(corpus.values.subarray(0, n));
        const brute: number[] = [];
        for (let id = 1; id < corpus.count; id++) {
          brute.push(1 - naiveBest(q, corpus.values.subarray(id * n, (id + 1) * n), m));
        }
        brute.sort((a, b) => a - b);
        const got = laggedSearch(corpus, q, m, k, 0, []).heap.sorted();
        const want = brute.slice(0, k);
        expect(got.length).toBe(want.length);
        got.forEach((h, i) => expect(h.key).toBeCloseTo(want[i], 9));
      }),
      { numRuns: 150 }
    );
  });

  it('is exact with seeds and counts every row once', () => {
    fc.assert(
      fc.property(corpusArb, fc.integer({ min: 0, max: 12 }), (corpus, m) => {
        const n = corpus.length;
        const q = Float64Array.from(corpus.values.subarray(0, n));
        const seeds = [corpus.count - 1, 0, Math.floor(corpus.count / 2)];
        const { heap, counters } = laggedSearch(corpus, q, m, 3, 0, seeds);
        const plain = laggedSearch(corpus, q, m, 3, 0, []).heap.sorted();
        expect(heap.sorted().map((h) => h.key)).toEqual(plain.map((h) => h.key));
        expect(counters.seeded + counters.boundPruned + counters.visited + counters.skippedAfterSort).toBe(
          corpus.count - 1
        );
      }),
      { numRuns: 60 }
    );
  });
});

describe('lagUpperBound', () => {
  it('is never below the best |r| over the lags, for any block width', () => {
    fc.assert(
      fc.property(corpusArb, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 70 }), (corpus, m, width) => {
        const n = corpus.length;
        const q = Float64Array.from(corpus.values.subarray(0, n));
        const qp = prefixSums(n);
        prefixSumsInto(q, 0, n, qp);
        const cp = prefixSums(n);
        const plan = lagBoundPlan(qp, n, m, Math.min(width, n));
        for (let id = 0; id < corpus.count; id++) {
          prefixSumsInto(corpus.values, id * n, n, cp);
          const ub = lagUpperBound(plan, cp, n);
          expect(ub).toBeGreaterThanOrEqual(naiveBest(q, corpus.values.subarray(id * n, (id + 1) * n), m) - 1e-9);
          expect(ub).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 }
    );
  });

  it('gives the same bound from the partial prefix sums as from the full ones', () => {
    fc.assert(
      fc.property(corpusArb, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 20 }), (corpus, m, width) => {
        const n = corpus.length;
        const w = Math.min(width, n);
        const qp = prefixSums(n);
        prefixSumsInto(corpus.values, 0, n, qp);
        const fine = lagBoundPlan(qp, n, m, w);
        const coarse = lagBoundPlan(qp, n, m, Math.min(3 * w, n) - (Math.min(3 * w, n) % w));
        const full = prefixSums(n);
        const partial = prefixSums(n);
        for (let id = 0; id < corpus.count; id++) {
          prefixSumsInto(corpus.values, id * n, n, full);
          // Stale entries hold plausible but wrong sums, so reading one would change the bound.
          partial.sum.set(full.sum.map((v) => v + 0.5));
          partial.sumSq.set(full.sumSq.map((v) => v + 0.7));
          boundPrefixSumsInto(corpus.values, id * n, n, m, w, partial);
          for (const plan of [fine, coarse]) {
            expect(lagUpperBound(plan, partial, n)).toBeCloseTo(lagUpperBound(plan, full, n), 9);
          }
        }
      }),
      { numRuns: 100 }
    );
  });

  it('is tight for a series made of flat blocks', () => {
    const n = 64;
    const q = Float64Array.from({ length: n }, (_, i) => Math.floor(i / 8) % 3);
    const qp = prefixSums(n);
    prefixSumsInto(q, 0, n, qp);
    const plan = lagBoundPlan(qp, n, 0, 8);
    const cp = prefixSums(n);
    prefixSumsInto(q, 0, n, cp);
    expect(lagUpperBound(plan, cp, n)).toBeCloseTo(1, 8);
    const other = Float64Array.from({ length: n }, (_, i) => Math.floor(i / 8) % 2);
    prefixSumsInto(other, 0, n, cp);
    expect(lagUpperBound(plan, cp, n)).toBeCloseTo(Math.abs(naiveOverlapR(q, other, 0)), 8);
  });
});
