import type { Series } from '../types';
import { corpusFromRows, prepareCorpus } from './corpus';

const t = Float64Array.of(0, 1000, 2000, 3000);
const s = (name: string, values: number[]): Series => ({ name, timesMs: t, values: Float64Array.from(values) });

describe('prepareCorpus', () => {
  it('packs usable rows contiguously, z-normalised, and lists the rest with a reason', () => {
    const corpus = prepareCorpus([
      s('a', [1, 2, 3, 4]),
      s('flat', [2, 2, 2, 2]),
      s('empty', [NaN, NaN, NaN, NaN]),
      s('b', [4, 3, 2, 1]),
      { name: 'late', timesMs: Float64Array.of(3000, 4000), values: Float64Array.of(1, 2) },
    ]);
    expect(corpus.names).toEqual(['a', 'b']);
    expect(corpus.values).toHaveLength(2 * corpus.length);
    expect(corpus.norms2[0]).toBeCloseTo(corpus.length, 9);
    expect(corpus.excluded.map((e) => e.name)).toEqual(['flat', 'empty', 'late']);
    expect(corpus.excluded[0].reason).toMatch(/constant/);
    expect(corpus.oculus?.tokenOffsets).toHaveLength(3);
  });

  it('stores Float32Array rows on request and can skip the oculus index', () => {
    const corpus = prepareCorpus([s('a', [1, 2, 3, 5])], { precision: 'f32', oculus: false });
    expect(corpus.values).toBeInstanceOf(Float32Array);
    expect(corpus.paa).toBeInstanceOf(Float32Array);
    expect(corpus.oculus).toBeUndefined();
  });

  it('rejects a bad maxPoints', () => {
    expect(() => prepareCorpus([], { maxPoints: 1 })).toThrow(/maxPoints/);
  });
});

describe('corpusFromRows', () => {
  it('z-normalises in place and compacts constant rows away', () => {
    const rows = Float32Array.of(1, 2, 3, 7, 7, 7, 3, 2, 1);
    const corpus = corpusFromRows(['a', 'c', 'b'], rows, 3);
    expect(corpus.names).toEqual(['a', 'b']);
    expect(Array.from(corpus.values.subarray(3, 6))).toEqual(
      Array.from(Float32Array.of(Math.sqrt(1.5), 0, -Math.sqrt(1.5)))
    );
    expect(() => corpusFromRows(['a'], rows, 3)).toThrow(/expected 1 × 3/);
  });
});
