import fc from 'fast-check';

import { phraseWork, sloppyPhraseMatch } from './sloppyPhrase';

const match = (q: number[], d: number[], slop: number) =>
  sloppyPhraseMatch(Uint8Array.from(q), Uint8Array.from(d), slop, phraseWork(d.length));

/** The definition, by exhaustive search: distinct positions with max(p_i − i) − min(p_i − i) ≤ slop. */
function bruteMatch(q: number[], d: number[], slop: number): boolean {
  if (q.length === 0) {
    return false;
  }
  const used = new Set<number>();
  const go = (i: number, lo: number, hi: number): boolean => {
    if (i === q.length) {
      return hi - lo <= slop;
    }
    for (let p = 0; p < d.length; p++) {
      if (d[p] === q[i] && !used.has(p)) {
        const nlo = Math.min(lo, p - i);
        const nhi = Math.max(hi, p - i);
        if (nhi - nlo <= slop) {
          used.add(p);
          const ok = go(i + 1, nlo, nhi);
          used.delete(p);
          if (ok) {
            return true;
          }
        }
      }
    }
    return false;
  };
  return go(0, Infinity, -Infinity);
}

describe('sloppyPhraseMatch (Lucene sloppy phrase semantics)', () => {
  it('matches an exact phrase with slop 0 anywhere in the document', () => {
    expect(match([1, 2], [3, 1, 2, 4], 0)).toBe(true);
    expect(match([1, 2], [1, 3, 2], 0)).toBe(false);
  });

  it('charges one move per inserted token and two for a swap (Lucene setSlop docs)', () => {
    expect(match([1, 2], [1, 3, 2], 1)).toBe(true);
    expect(match([1, 2], [2, 1], 1)).toBe(false);
    expect(match([1, 2], [2, 1], 2)).toBe(true);
  });

  it('needs a distinct position for every repeated token', () => {
    expect(match([2, 2, 2], [2, 2], 20)).toBe(false);
    expect(match([2, 2], [2, 1, 1, 2], 2)).toBe(true);
    expect(match([2, 2], [2, 1, 1, 2], 1)).toBe(false);
  });

  it('never matches an empty query', () => {
    expect(match([], [1, 2], 20)).toBe(false);
  });

  it('agrees with the exhaustive definition', () => {
    const tokens = fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 7 });
    // Documents longer than the query, so that the scan's jumps over window starts are exercised.
    const docs = fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 14 });
    fc.assert(
      fc.property(tokens, docs, fc.integer({ min: 0, max: 6 }), (q, d, slop) => {
        expect(match(q, d, slop)).toBe(bruteMatch(q, d, slop));
      }),
      { numRuns: 1000 }
    );
  });
});
