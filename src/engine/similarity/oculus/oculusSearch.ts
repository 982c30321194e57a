/*
 * The Oculus search, in memory: phrase-with-slop prefilter on fingerprints, then every match
 * scored by the chosen scorer and sorted ascending (smallest score first).
 * Rule: bool(must: match_phrase(fingerprint, slop)) rescored by oculus_euclidian or oculus_dtw.
 * Source: etsy/oculus helpers/elasticsearch.rb (`match_query`, `search`), oculusweb.rb (`/search`),
 * config/config.yml.sample (phrase_slop 20, dtw radius 5, scale_points 25).
 * Deviation: the query series itself is excluded (Oculus returned it as its own top hit), and
 * the k best are returned instead of pages of 20.
 */
import type { Ranked } from '../topK';
import type { OculusScorer } from '../types';
import { oculusEuclidean } from './euclidean';
import { oculusFastDtwScore } from './fastDtw';
import { type OculusDoc, type OculusIndex, oculusDocAt } from './oculusIndex';
import { phraseWork, sloppyPhraseMatch } from './sloppyPhrase';

export interface OculusSearchOptions {
  readonly slop: number;
  readonly scorer: OculusScorer;
  readonly radius: number;
  readonly topK: number;
  readonly exclude: number;
}

export interface OculusSearchResult {
  /** key = Oculus's score, tag unused. */
  readonly ranked: Ranked[];
  readonly counters: { phraseMatched: number; scored: number };
}

export function oculusSearch(index: OculusIndex, query: OculusDoc, options: OculusSearchOptions): OculusSearchResult {
  const count = index.tokenOffsets.length - 1;
  const work = phraseWork(index.maxTokens);
  const scored: Ranked[] = [];
  let phraseMatched = 0;
  for (let id = 0; id < count; id++) {
    if (id === options.exclude) {
      continue;
    }
    const doc = oculusDocAt(index, id);
    if (!sloppyPhraseMatch(query.tokens, doc.tokens, options.slop, work)) {
      continue;
    }
    phraseMatched++;
    const key =
      options.scorer === 'fastdtw'
        ? oculusFastDtwScore(query.scaled, doc.scaled, options.radius)
        : oculusEuclidean(query.scaled, doc.scaled);
    scored.push({ key, id, tag: 0 });
  }
  // NaN scores (constant series) sort last, as "not a distance".
  scored.sort((a, b) => (Number.isNaN(a.key) ? 1 : 0) - (Number.isNaN(b.key) ? 1 : 0) || a.key - b.key || a.id - b.id);
  return { ranked: scored.slice(0, options.topK), counters: { phraseMatched, scored: scored.length } };
}
