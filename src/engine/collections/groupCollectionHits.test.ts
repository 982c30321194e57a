import type { CorrelationHit } from '../similarity/types';
import { groupCollectionHits } from './groupCollectionHits';

const hit = (name: string, similarity: number): CorrelationHit => ({
  name,
  kind: 'series',
  similarity,
  distance: 1 - similarity,
  lag: 0,
});

describe('groupCollectionHits', () => {
  it('returns one hit per collection with its best member\u2019s score and the members best first', () => {
    const grouped = groupCollectionHits(
      ['a', 'b', 'c'],
      [
        { collection: 1, hit: hit('b1', 0.9) },
        { collection: 0, hit: hit('a2', 0.8) },
        { collection: 1, hit: hit('b2', 0.7) },
        { collection: 0, hit: hit('a1', 0.1) },
      ],
      10
    );
    expect(grouped).toEqual([
      {
        name: 'b',
        kind: 'collection',
        similarity: 0.9,
        distance: expect.closeTo(0.1, 12),
        lag: 0,
        members: ['b1', 'b2'],
      },
      {
        name: 'a',
        kind: 'collection',
        similarity: 0.8,
        distance: expect.closeTo(0.2, 12),
        lag: 0,
        members: ['a2', 'a1'],
      },
    ]);
  });

  it('keeps at most topK collections and nothing for no hits', () => {
    expect(
      groupCollectionHits(
        ['a', 'b'],
        [
          { collection: 0, hit: hit('x', 0.5) },
          { collection: 1, hit: hit('y', 0.6) },
        ],
        1
      )
    ).toHaveLength(1);
    expect(groupCollectionHits(['a'], [], 5)).toEqual([]);
  });
});
