/*
 * Public API of the correlation engine (worker, panel and CLI call only this).
 * Rule: prepare once (`prepareCorpus` / `corpusFromRows`), then `correlate` per query.
 * Methods: 'lagged' (default: max |Pearson over the overlap| within ±maxLagPoints, 5 % of the
 * length by default, exact and pruned; best lag and signed r per hit), 'dtw' (Pearson scan → exact
 * banded DTW over q and −q, the warping path's lag per hit), 'pearson' (zero-lag |ρ|),
 * 'oculus' (Etsy Oculus exactly: fingerprint phrase filter with slop, then Euclidean or FastDTW).
 * Lag convention: positive lag = the candidate lags (follows) the query by that many points.
 * Similarity in [0, 1] per method: see similarityScale.ts.
 * Source: /work/shared/reference/correlation.md, /work/shared/reference/oculus-morgoth-anode.md §1.
 */
export { prepareCorpus, corpusFromRows, type PrepareOptions } from './corpus';
export { correlate } from './correlate';
export { freezeCollection, type Collection, type CollectionMember } from '../collections/collection';
export type {
  Corpus,
  CorpusValues,
  CorrelateOptions,
  CorrelationHit,
  CorrelationMethod,
  CorrelationQuery,
  CorrelationResult,
  CorrelationStats,
  ExcludedSeries,
  OculusScorer,
} from './types';
