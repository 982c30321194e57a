import fc from 'fast-check';

import { bandedDtw, dtwWork } from './bandedDtw';
import { dtwSearch } from './cascade';
import { corpusFromRows } from './corpus';
import { bestLag } from './laggedCorrelation';
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

describe('laggedSearch', () => {
  it('returns exactly the brute-force top-k of max |r| over ±maxLag', () => {
    fc.assert(
      fc.property(corpusArb, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 30 }), (corpus, k, m) => {
        const n = corpus.length;
        const q = Float64Array.from(corpus.values.subarray(0, n));
        const out = new Float64Array(2);
        const brute: number[] = [];
        for (let id = 1; id < corpus.count; id++) {
          bestLag(q, corpus.values, id * n, n, m, Math.sqrt(corpus.norms2[0] * corpus.norms2[id]), out);
          brute.push(1 - Math.abs(out[1]));
        }
        brute.sort((a, b) => a - b);
        const from = Math.min(m, n);
        const plans = queryPlans(q, m, corpus.paaWidth, true, from, Math.max(from, n - m));
        const got = laggedSearch(corpus, plans, m, k, 0, []).heap.sorted();
        const want = brute.slice(0, k);
        expect(got.length).toBe(want.length);
        got.forEach((h, i) => expect(h.key).toBeCloseTo(want[i], 9));
      }),
      { numRuns: 150 }
    );
  });
});

describe('lagUpperBound', () => {
  it('is never below the best |r| over the lags', () => {
    fc.assert(
      fc.property(corpusArb, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 9 }), (corpus, m, width) => {
        const n = corpus.length;
        const q = Float64Array.from(corpus.values.subarray(0, n));
        const plan = lagBoundPlan(q, width);
        const out = new Float64Array(2);
        for (let id = 0; id < corpus.count; id++) {
          bestLag(q, corpus.values, id * n, n, m, Math.sqrt(corpus.norms2[0] * corpus.norms2[id]), out);
          const ub = lagUpperBound(
            plan,
            corpus.norms2[0],
            corpus.values,
            id * n,
            n,
            corpus.norms2[id],
            m,
            new Float64Array(n + 1)
          );
          expect(ub).toBeGreaterThanOrEqual(Math.abs(out[1]) - 1e-9);
        }
      }),
      { numRuns: 100 }
    );
  });
});
