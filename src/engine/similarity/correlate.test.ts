import fc from 'fast-check';

import { freezeCollection } from '../collections/collection';
import type { Series } from '../types';
import { correlate } from './correlate';
import { corpusFromRows, prepareCorpus } from './corpus';
import { bestLag, prefixSums, prefixSumsInto } from './laggedCorrelation';
import type { CorrelateOptions, CorrelationMethod } from './types';

const N = 120;
const times = Float64Array.from({ length: N }, (_, i) => 1_700_000_000_000 + i * 60_000);
const wave = (f: (i: number) => number): Float64Array => Float64Array.from({ length: N }, (_, i) => f(i));
const shape = (i: number) => Math.sin(i / 8) + 0.6 * Math.sin(i / 3.1) + (i > 70 && i < 80 ? 2 : 0);
const series = (name: string, values: Float64Array): Series => ({ name, timesMs: times, values });

const corpusSeries: Series[] = [
  series('query', wave(shape)),
  series(
    'scaled copy',
    wave((i) => 100 + 40 * shape(i))
  ),
  series(
    'follower',
    wave((i) => shape(Math.max(0, i - 4)))
  ),
  series(
    'mirror',
    wave((i) => -3 * shape(i) + 7)
  ),
  series(
    'unrelated',
    wave((i) => Math.cos(i / 17) + (i % 11) / 5)
  ),
  series(
    'noise',
    wave((i) => Math.sin(i * i))
  ),
  series(
    'flat',
    wave(() => 5)
  ),
  series(
    'gappy',
    wave((i) => (i % 10 === 3 ? NaN : shape(i) + 0.3 * Math.cos(i)))
  ),
];
const corpus = prepareCorpus(corpusSeries);
const METHODS: CorrelationMethod[] = ['pearson', 'dtw', 'lagged', 'oculus'];

describe('correlate', () => {
  it.each(METHODS)('%s: never returns the query itself, hits are best first with similarity in [0, 1]', (method) => {
    const { hits, stats } = correlate(corpus, { name: 'query' }, { method, topK: 5 });
    expect(hits.map((h) => h.name)).not.toContain('query');
    hits.forEach((h) => {
      expect(h.similarity).toBeGreaterThanOrEqual(0);
      expect(h.similarity).toBeLessThanOrEqual(1);
      expect(h.kind).toBe('series');
    });
    for (let i = 1; i < hits.length; i++) {
      expect(hits[i].similarity).toBeLessThanOrEqual(hits[i - 1].similarity + 1e-12);
    }
    expect(stats.method).toBe(method);
  });

  it('default (lagged) puts the scaled copy first, reports the mirror as anti-correlated and the follower\u2019s lag', () => {
    const { hits, stats } = correlate(corpus, { name: 'query' });
    expect(stats.method).toBe('lagged');
    expect(hits[0]).toMatchObject({ name: 'scaled copy', lag: 0, correlation: expect.closeTo(1, 9) });
    expect(hits[0].similarity).toBeCloseTo(1, 9);
    expect(hits[0].distance).toBeCloseTo(0, 3);
    expect(hits.find((h) => h.name === 'mirror')).toMatchObject({
      anticorrelated: true,
      lag: 0,
      correlation: expect.closeTo(-1, 9),
    });
    // follower = the query delayed by 4 points: over the overlap it is an exact copy.
    expect(hits.find((h) => h.name === 'follower')).toMatchObject({ lag: 4, similarity: expect.closeTo(1, 9) });
  });

  it('default max lag is 5 % of the length; a smaller max lag cannot align the follower', () => {
    const narrow = correlate(corpus, { name: 'query' }, { maxLagPoints: 2 }).hits.find((h) => h.name === 'follower');
    expect(narrow?.lag).toBeLessThanOrEqual(2);
    expect(narrow?.similarity).toBeLessThan(0.99);
    const wide = correlate(corpus, { name: 'query' }, { bandFraction: 0.1 }).hits.find((h) => h.name === 'follower');
    expect(wide).toMatchObject({ lag: 4, similarity: expect.closeTo(1, 9) });
  });

  it('default returns exactly the brute-force top k of max |overlap r| within ±maxLag', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 30 }),
        fc.integer({ min: 20, max: 90 }),
        fc.integer(),
        fc.option(fc.integer({ min: 0, max: 25 }), { nil: undefined }),
        (count, n, seed, maxLagPoints) => {
          let state = seed | 0;
          const rnd = () => {
            state = (Math.imul(state, 1103515245) + 12345) | 0;
            return ((state >>> 8) & 0xffff) / 0x10000 - 0.5;
          };
          const rows = new Float64Array(count * n);
          for (let r = 0; r < count; r++) {
            let x = 0;
            for (let i = 0; i < n; i++) {
              x += rnd();
              // Every third row is a shifted, noisy copy of row 0 (shift 1–7, not circular).
              rows[r * n + i] = r % 3 === 2 ? rows[Math.min(n - 1, i + (r % 7) + 1)] + 0.05 * rnd() : x;
            }
          }
          const c = corpusFromRows(
            Array.from({ length: count }, (_, i) => `r${i}`),
            rows,
            n
          );
          const m = maxLagPoints ?? Math.round(0.05 * n);
          const q = Float64Array.from(c.values.subarray(0, n));
          const qp = prefixSums(n);
          prefixSumsInto(q, 0, n, qp);
          const out = new Float64Array(2);
          const brute: number[] = [];
          for (let id = 1; id < c.count; id++) {
            bestLag(q, qp, c.values, id * n, n, m, prefixSums(n), out);
            brute.push(Math.abs(out[1]));
          }
          brute.sort((a, b) => b - a);
          const { hits } = correlate(c, { name: c.names[0] }, { topK: 5, maxLagPoints });
          expect(hits.map((h) => h.similarity)).toEqual(brute.slice(0, 5).map((v) => expect.closeTo(v, 9)));
          hits.forEach((h) => {
            expect(Math.abs(h.lag)).toBeLessThanOrEqual(m);
            expect(h.anticorrelated === true).toBe((h.correlation ?? 0) < 0);
          });
        }
      ),
      { numRuns: 100 }
    );
  });

  it('dtw puts the scaled copy first, reports the mirror as anti-correlated and the follower\u2019s lag', () => {
    const { hits } = correlate(corpus, { name: 'query' }, { method: 'dtw' });
    expect(hits[0]).toMatchObject({ name: 'scaled copy', lag: 0 });
    expect(hits[0].similarity).toBeCloseTo(1, 9);
    expect(hits[0].distance).toBeCloseTo(0, 6);
    expect(hits.find((h) => h.name === 'mirror')).toMatchObject({
      anticorrelated: true,
      similarity: expect.closeTo(1, 9),
    });
    expect(hits.find((h) => h.name === 'follower')).toMatchObject({ lag: 4 });
  });

  it('pearson reports |\u03c1| and the sign at lag 0', () => {
    const pearson = correlate(corpus, { name: 'query' }, { method: 'pearson' }).hits;
    expect(pearson.find((h) => h.name === 'mirror')).toMatchObject({
      anticorrelated: true,
      correlation: expect.closeTo(-1, 9),
      lag: 0,
    });
  });

  it('says which points of a hit were interpolated', () => {
    const gappy = correlate(corpus, { name: 'query' }, { method: 'pearson', topK: 10 }).hits.find(
      (h) => h.name === 'gappy'
    );
    expect(gappy?.filled).toEqual({ interpolated: 12, padded: 0 });
  });

  it('searches a sketch of any length and scale, resampled to the grid', () => {
    const sketch = Array.from({ length: 37 }, (_, k) => 1000 * shape((k * (N - 1)) / 36));
    const { hits } = correlate(corpus, { sketch }, { method: 'pearson' });
    expect(new Set(hits.slice(0, 3).map((h) => h.name))).toEqual(new Set(['query', 'scaled copy', 'mirror']));
    expect(hits[0].similarity).toBeGreaterThan(0.9);
  });

  it('oculus finds phrase matches of the scaled copy and scores it 0 (min–max scaling)', () => {
    for (const scorer of ['euclidean', 'fastdtw'] as const) {
      const { hits, stats } = correlate(corpus, { name: 'query' }, { method: 'oculus', oculusScorer: scorer });
      expect(hits[0]).toMatchObject({ name: 'scaled copy', distance: expect.closeTo(0, 9), lag: 0 });
      expect(stats.counters.phraseMatched).toBeGreaterThanOrEqual(1);
    }
  });

  it("oculus scores with FastDTW unless told otherwise, as Oculus's search does", () => {
    const distances = (options: CorrelateOptions): number[] =>
      correlate(corpus, { name: 'query' }, options).hits.map((h) => h.distance);
    const byDefault = distances({ method: 'oculus' });
    expect(byDefault).toEqual(distances({ method: 'oculus', oculusScorer: 'fastdtw' }));
    expect(byDefault).not.toEqual(distances({ method: 'oculus', oculusScorer: 'euclidean' }));
  });

  it('matches stored collections and returns each once, as a collection', () => {
    const saved = freezeCollection('incident 42', 'the spike', [corpusSeries[1], corpusSeries[4]]);
    const other = freezeCollection('noise only', '', [corpusSeries[5]]);
    for (const method of METHODS) {
      const { hits } = correlate(corpus, { name: 'query' }, { method, collections: [saved, other] });
      const collection = hits.find((h) => h.kind === 'collection' && h.name === 'incident 42');
      expect(collection?.members?.[0]).toBe('scaled copy');
      expect(hits.filter((h) => h.kind === 'collection' && h.name === 'incident 42')).toHaveLength(1);
    }
  });

  it('returns a notice, not an exception, for an unknown, excluded or flat query', () => {
    expect(correlate(corpus, { name: 'nope' }).notices).toEqual(["query 'nope' not found"]);
    expect(correlate(corpus, { name: 'flat' }).notices[0]).toMatch(/not searchable: constant/);
    expect(correlate(corpus, { sketch: [1, 1, 1] }).notices[0]).toMatch(/flat/);
    expect(correlate(corpus, { sketch: [1, NaN] }).notices[0]).toMatch(/finite/);
    expect(correlate(corpus, { sketch: [1] }).hits).toEqual([]);
    const empty = prepareCorpus([]);
    expect(correlate(empty, { sketch: [1, 2, 3] })).toMatchObject({ hits: [], notices: ['the corpus is empty'] });
  });

  it('rejects bad options with an error naming the value', () => {
    expect(() => correlate(corpus, { name: 'query' }, { bandFraction: 2 })).toThrow(/bandFraction.*2/);
    expect(() => correlate(corpus, { name: 'query' }, { topK: 0 })).toThrow(/topK.*0/);
    expect(() => correlate(corpus, { name: 'query' }, { maxLagPoints: 1.5 })).toThrow(/maxLagPoints/);
    expect(() => correlate(corpus, { name: 'query' }, { method: 'fft' as CorrelationMethod })).toThrow(/method/);
  });
});
