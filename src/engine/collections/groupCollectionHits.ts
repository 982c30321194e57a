/*
 * Turns per-member hits into one hit per collection, as Oculus listed "metrics saved in N collections".
 * Rule: a collection matches when any of its frozen members matches; it takes its best member's
 * similarity, distance and lag, and lists the matching members best first.
 * Source: etsy/oculus views/search.haml and helpers/elasticsearch.rb (collection hits grouped by
 * `collection_name`).
 */
import type { CorrelationHit } from '../similarity/types';

export interface MemberHit {
  /** Index of the member's collection in the searched list. */
  readonly collection: number;
  readonly hit: CorrelationHit;
}

/** One hit per matching collection, best first, at most topK. `memberHits` must be best first. */
export function groupCollectionHits(
  collectionNames: readonly string[],
  memberHits: readonly MemberHit[],
  topK: number
): CorrelationHit[] {
  const groups = new Map<number, MemberHit[]>();
  for (const m of memberHits) {
    const group = groups.get(m.collection);
    if (group === undefined) {
      groups.set(m.collection, [m]);
    } else {
      group.push(m);
    }
  }
  const hits: CorrelationHit[] = [];
  for (const [collection, group] of groups) {
    const best = group[0].hit;
    hits.push({
      name: collectionNames[collection],
      kind: 'collection',
      similarity: best.similarity,
      distance: best.distance,
      lag: best.lag,
      correlation: best.correlation,
      anticorrelated: best.anticorrelated,
      members: group.map((m) => m.hit.name),
    });
  }
  return hits.sort((a, b) => b.similarity - a.similarity).slice(0, topK);
}
