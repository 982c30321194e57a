/*
 * One query against a prepared corpus (and optionally stored collections), by one method.
 * Rule of the default method ('lagged'): a Pearson scan over every row gives the k rows with the
 * largest zero-lag |ρ| as seeds; the exact lagged search (laggedSearch.ts) then ranks every row
 * by max_{|s| ≤ maxLag} |r(s)|, Pearson over the overlap at shift s (default maxLag = 5 % of the
 * length); each hit reports its best lag (who leads) and the signed r there (anti-correlation).
 * 'dtw' ranks by exact banded DTW over q and −q (Pearson seeds, UCR cascade) and reports the
 * warping path's median offset and the zero-lag ρ; 'pearson' and 'oculus' rank by their own measure.
 * Source: /work/shared/reference/correlation.md §4 (goals and method choices).
 * Deviation: the default is the lag-tolerant measure, not DTW: on the benchmark's copies shifted by
 * up to ±60 points it ranks 10/10 in the top 10 for each of 5 queries, DTW 5 % 8–9/10
 * (bench/correlate.bench.ts). The query series is never returned as its own hit (Oculus returned it first).
 */
import { groupCollectionHits, type MemberHit } from '../collections/groupCollectionHits';
import { dtwSearch } from './cascade';
import { corpusFromRows } from './corpus';
import { bestLag, prefixSums, prefixSumsInto } from './laggedCorrelation';
import { laggedSearch } from './laggedSearch';
import { buildOculusIndex, type OculusDoc, oculusDoc, oculusDocAt } from './oculus/oculusIndex';
import { oculusSearch } from './oculus/oculusSearch';
import { pearsonScan } from './pearson';
import { queryPlans } from './queryPlan';
import { resample } from './resample';
import {
  correlationDistance,
  dtwSimilarity,
  oculusEuclideanSimilarity,
  oculusFastDtwSimilarity,
} from './similarityScale';
import { TopK } from './topK';
import type {
  CorrelateOptions,
  CorrelationHit,
  CorrelationMethod,
  CorrelationQuery,
  CorrelationResult,
  Corpus,
} from './types';
import { validateOptions, type ResolvedOptions } from './validateOptions';
import { warpingLag, warpingLagWork } from './warpingLag';
import { zNormalized } from './zNormalize';

interface PreparedQuery {
  readonly q: Float64Array;
  readonly doc: OculusDoc | null;
  /** Corpus row of the query, or −1 for a sketch. */
  readonly row: number;
}

interface SearchOutcome {
  readonly hits: CorrelationHit[];
  readonly counters: Record<string, number>;
  readonly notices: string[];
}

export function correlate(corpus: Corpus, query: CorrelationQuery, options: CorrelateOptions = {}): CorrelationResult {
  const started = performance.now();
  const opts = validateOptions(options, corpus.length);
  const prepared = corpus.count === 0 ? 'the corpus is empty' : prepareQuery(corpus, query, opts.method);
  const outcome =
    typeof prepared === 'string'
      ? { hits: [], counters: {}, notices: [prepared] }
      : searchCorpus(corpus, prepared, opts);
  const collectionHits =
    typeof prepared === 'string' || opts.collections.length === 0 ? [] : searchCollections(corpus, prepared, opts);
  return {
    hits: [...outcome.hits, ...collectionHits],
    notices: outcome.notices,
    stats: {
      method: opts.method,
      candidates: corpus.count,
      ms: performance.now() - started,
      counters: outcome.counters,
    },
  };
}

/** The query's z-normalised values on the corpus grid and its Oculus document, or a notice. */
function prepareQuery(corpus: Corpus, query: CorrelationQuery, method: CorrelationMethod): PreparedQuery | string {
  const n = corpus.length;
  if ('name' in query) {
    const row = corpus.names.indexOf(query.name);
    if (row < 0) {
      const why = corpus.excluded.find((e) => e.name === query.name);
      return why === undefined
        ? `query '${query.name}' not found`
        : `query '${query.name}' is not searchable: ${why.reason}`;
    }
    const q = Float64Array.from(corpus.values.subarray(row * n, (row + 1) * n));
    const doc = method === 'oculus' && corpus.oculus !== undefined ? oculusDocAt(corpus.oculus, row) : null;
    return { q, doc, row };
  }
  const sketch = query.sketch;
  if (sketch.length < 2 || !sketch.every((v) => Number.isFinite(v))) {
    return 'the sketch needs at least 2 finite points';
  }
  const q = zNormalized(resample(sketch, n));
  if (q === null) {
    return 'the sketch is flat: a constant curve has no shape to match';
  }
  return { q, doc: method === 'oculus' ? oculusDoc(sketch) : null, row: -1 };
}

function searchCorpus(corpus: Corpus, query: PreparedQuery, opts: ResolvedOptions): SearchOutcome {
  if (opts.method === 'oculus') {
    return searchOculus(corpus, query, opts);
  }
  const n = corpus.length;
  const q = query.q;
  let qNorm2 = 0;
  for (let i = 0; i < n; i++) {
    qNorm2 += q[i] * q[i];
  }
  const rho = new Float64Array(corpus.count);
  pearsonScan(q, qNorm2, corpus, rho);
  const byCorrelation = new TopK(opts.topK);
  for (let id = 0; id < corpus.count; id++) {
    if (id !== query.row) {
      byCorrelation.offer(1 - Math.abs(rho[id]), id, 0);
    }
  }
  const best = byCorrelation.sorted();
  if (opts.method === 'pearson') {
    const hits = best.map((h) =>
      seriesHit(corpus, h.id, {
        similarity: 1 - h.key,
        distance: correlationDistance(1 - h.key, n),
        lag: 0,
        correlation: rho[h.id],
      })
    );
    return { hits, counters: { scanned: corpus.count - (query.row >= 0 ? 1 : 0) }, notices: [] };
  }
  const seeds = best.map((h) => h.id);
  if (opts.method === 'lagged') {
    const m = opts.maxLagPoints;
    const search = laggedSearch(corpus, q, m, opts.topK, query.row, seeds);
    const qp = prefixSums(n);
    prefixSumsInto(q, 0, n, qp);
    const cp = prefixSums(n);
    const lag = new Float64Array(2);
    const hits = search.heap.sorted().map((h) => {
      bestLag(q, qp, corpus.values, h.id * n, n, m, cp, lag);
      return seriesHit(corpus, h.id, {
        similarity: 1 - h.key,
        distance: correlationDistance(1 - h.key, n),
        lag: lag[0],
        correlation: lag[1],
      });
    });
    return { hits, counters: { ...search.counters }, notices: [] };
  }
  const radius = Math.floor(opts.bandFraction * n);
  const search = dtwSearch(
    corpus,
    queryPlans(q, Math.min(radius, n - 1), corpus.paaWidth, true),
    radius,
    opts.topK,
    query.row,
    seeds
  );
  const pathWork = warpingLagWork(n, radius);
  const hits = search.heap.sorted().map((h) =>
    seriesHit(corpus, h.id, {
      similarity: dtwSimilarity(h.key, n),
      distance: Math.sqrt(h.key),
      lag: warpingLag(h.tag < 0 ? q.map((v) => -v) : q, corpus.values, h.id * n, n, radius, pathWork),
      correlation: rho[h.id],
      anticorrelated: h.tag < 0,
    })
  );
  return { hits, counters: { ...search.counters }, notices: [] };
}

function searchOculus(corpus: Corpus, query: PreparedQuery, opts: ResolvedOptions): SearchOutcome {
  if (corpus.oculus === undefined || query.doc === null) {
    return { hits: [], counters: {}, notices: ['this corpus was prepared without the oculus index'] };
  }
  const search = oculusSearch(corpus.oculus, query.doc, {
    slop: opts.oculusSlop,
    scorer: opts.oculusScorer,
    radius: opts.oculusRadius,
    topK: opts.topK,
    exclude: query.row,
  });
  const index = corpus.oculus;
  const qLength = query.doc.scaled.length;
  const hits = search.ranked.map((h) => {
    const cLength = oculusDocAt(index, h.id).scaled.length;
    const similarity =
      opts.oculusScorer === 'fastdtw'
        ? oculusFastDtwSimilarity(h.key, Math.max(qLength, cLength) - 1)
        : oculusEuclideanSimilarity(h.key, Math.min(qLength, cLength));
    return seriesHit(corpus, h.id, { similarity, distance: h.key, lag: 0 });
  });
  return { hits, counters: search.counters, notices: [] };
}

/** Matches the frozen members (resampled to the corpus length) with the same method, grouped per collection. */
function searchCollections(corpus: Corpus, query: PreparedQuery, opts: ResolvedOptions): CorrelationHit[] {
  const n = corpus.length;
  const memberNames: string[] = [];
  const owner: number[] = [];
  const raws: Float64Array[] = [];
  opts.collections.forEach((c, ci) => {
    for (const m of c.members) {
      const finite = m.values.filter((v) => Number.isFinite(v));
      if (finite.length >= 2) {
        memberNames.push(m.name);
        owner.push(ci);
        raws.push(finite);
      }
    }
  });
  if (raws.length === 0) {
    return [];
  }
  const rows = new Float64Array(raws.length * n);
  raws.forEach((raw, i) => rows.set(resample(raw, n), i * n));
  // Member rows are named by their index so that hits map back to (collection, member).
  const members = corpusFromRows(
    raws.map((_, i) => String(i)),
    rows,
    n
  );
  const memberCorpus: Corpus =
    opts.method === 'oculus'
      ? { ...members, oculus: buildOculusIndex(members.names.map((i) => raws[Number(i)])) }
      : members;
  if (memberCorpus.count === 0) {
    return [];
  }
  const outcome = searchCorpus(memberCorpus, { ...query, row: -1 }, { ...opts, topK: memberCorpus.count });
  const memberHits: MemberHit[] = outcome.hits.map((hit) => {
    const i = Number(hit.name);
    return { collection: owner[i], hit: { ...hit, name: memberNames[i] } };
  });
  return groupCollectionHits(
    opts.collections.map((c) => c.name),
    memberHits,
    opts.topK
  );
}

function seriesHit(
  corpus: Corpus,
  id: number,
  fields: { similarity: number; distance: number; lag: number; correlation?: number; anticorrelated?: boolean }
): CorrelationHit {
  const interpolated = corpus.interpolatedPoints[id];
  const padded = corpus.paddedPoints[id];
  const anticorrelated = fields.anticorrelated ?? (fields.correlation !== undefined && fields.correlation < 0);
  return {
    name: corpus.names[id],
    kind: 'series',
    similarity: fields.similarity,
    distance: fields.distance,
    lag: fields.lag,
    ...(fields.correlation === undefined ? {} : { correlation: fields.correlation }),
    ...(anticorrelated ? { anticorrelated: true } : {}),
    ...(interpolated + padded > 0 ? { filled: { interpolated, padded } } : {}),
  };
}
