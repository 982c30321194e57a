/*
 * A collection: a named set of series with a description and their shapes frozen at save time,
 * so a later search can still match what the user saw then.
 * Rule: freezing copies each member's values (NaN kept as the "missing" marker); the collection
 * never refers back to live data. Names are required and unique within a collection.
 * Source: etsy/oculus oculusweb.rb `/savecollection` and helpers/elasticsearch.rb
 * `index_collection` (frozen copy of values and fingerprint per member, plus a free-text description).
 * Deviation: the frozen values are kept, the fingerprint is recomputed from them when searching
 * (it is a pure function of the values); storage belongs to the panel, not the engine.
 */
import type { Series } from '../types';

export interface CollectionMember {
  readonly name: string;
  /** The member's values when the collection was saved (NaN = missing). */
  readonly values: Float64Array;
}

export interface Collection {
  readonly name: string;
  readonly description: string;
  readonly members: readonly CollectionMember[];
}

/** A collection of copies of the given series' values. Throws on an empty name or duplicate members. */
export function freezeCollection(name: string, description: string, series: readonly Series[]): Collection {
  if (name.trim() === '') {
    throw new RangeError('freezeCollection: the collection name is empty');
  }
  const seen = new Set<string>();
  for (const s of series) {
    if (seen.has(s.name)) {
      throw new RangeError(`freezeCollection: series '${s.name}' appears twice in collection '${name}'`);
    }
    seen.add(s.name);
  }
  return {
    name,
    description,
    members: series.map((s) => ({ name: s.name, values: Float64Array.from(s.values) })),
  };
}
