/*
 * Types of the correlation engine: the prepared corpus, the query, the options and one hit shape.
 * Rule: a corpus holds many equal-length z-normalised series in one contiguous typed array
 * (row i occupies [i·length, (i+1)·length)); it is prepared once and searched many times.
 * Source: the prepare/search split of grafana/augurs and the UCR Suite's whole-buffer layout.
 */
import type { Collection } from '../collections/collection';
import type { OculusIndex } from './oculus/oculusIndex';

/** Storage for corpus rows: Float64Array by default, Float32Array halves memory for 100k-series corpora. */
export type CorpusValues = Float64Array | Float32Array;

export type CorrelationMethod = 'pearson' | 'dtw' | 'lagged' | 'oculus';
export type OculusScorer = 'euclidean' | 'fastdtw';

/** A series left out of the corpus, with the reason (constant, no finite values, mostly padding). */
export interface ExcludedSeries {
  readonly name: string;
  readonly reason: string;
}

export interface Corpus {
  readonly names: readonly string[];
  /** Points per row (L). */
  readonly length: number;
  readonly count: number;
  /** count × length z-normalised values, row-major. */
  readonly values: CorpusValues;
  /** Segment means of each row (segments of `paaWidth` points), for the LB_PAA screen. */
  readonly paa: CorpusValues;
  readonly paaWidth: number;
  /** Σ x² of each stored row (≈ length; exact for the stored precision). */
  readonly norms2: Float64Array;
  /** The common time grid (epoch ms), when the corpus came from timed series. */
  readonly gridTimesMs?: Float64Array;
  /** Per row: grid points filled by linear interpolation inside the series' own time range. */
  readonly interpolatedPoints: Uint32Array;
  /** Per row: grid points outside the series' own time range, held at its first/last value. */
  readonly paddedPoints: Uint32Array;
  readonly excluded: readonly ExcludedSeries[];
  /** Fingerprints and 0..25-scaled raw values for the `oculus` method (absent for buffer corpora). */
  readonly oculus?: OculusIndex;
}

/** A query: a corpus series by name, or a drawn curve (any number of points, any scale). */
export type CorrelationQuery = { readonly name: string } | { readonly sketch: readonly number[] };

export interface CorrelateOptions {
  /**
   * Default 'lagged': max |Pearson over the overlap| within ±maxLagPoints, exact; each hit has its
   * best lag and the signed r there. 'dtw': exact banded DTW over both signs, warping lag and ρ per hit.
   */
  readonly method?: CorrelationMethod;
  /** Sakoe–Chiba half-width as a fraction of the length; default 0.05. */
  readonly bandFraction?: number;
  /** 'lagged' only: largest |lag| searched, in points; default round(bandFraction · length) (5 %). */
  readonly maxLagPoints?: number;
  /** Number of series hits; default 10. */
  readonly topK?: number;
  /** Stored collections to match as well (each returned at most once, as kind 'collection'). */
  readonly collections?: readonly Collection[];
  /** Oculus only: phrase slop (default 20), scorer (default 'fastdtw', as in Oculus), FastDTW radius (default 5). */
  readonly oculusSlop?: number;
  readonly oculusScorer?: OculusScorer;
  readonly oculusRadius?: number;
}

export interface CorrelationHit {
  readonly name: string;
  readonly kind: 'series' | 'collection';
  /** In [0, 1], 1 = identical shape. See index.ts for the per-method rule. */
  readonly similarity: number;
  /** The method's raw distance (z-normalised Euclidean, √DTW cost, or Oculus's score). */
  readonly distance: number;
  /**
   * Lag in points; positive = the candidate lags (follows) the query. 'dtw': the median offset of
   * the optimal warping path; 'lagged': the best lag; 0 for 'pearson' and 'oculus'.
   */
  readonly lag: number;
  /** Pearson correlation, signed: at the reported lag for 'lagged', at lag 0 for 'pearson' and 'dtw'. */
  readonly correlation?: number;
  /** True when the match is a mirror image (the candidate falls where the query rises). */
  readonly anticorrelated?: boolean;
  /** Grid points of this series that were interpolated or padded (present when either is > 0). */
  readonly filled?: { readonly interpolated: number; readonly padded: number };
  /** Collections only: the matching members, best first. */
  readonly members?: readonly string[];
}

/** Prune counters and timing, for the benchmark and the panel's status line. */
export interface CorrelationStats {
  readonly method: CorrelationMethod;
  readonly candidates: number;
  readonly ms: number;
  /** Counters by stage (kimPruned, keoghEqPruned, keoghEcPruned, dtwAbandoned, dtwCompleted, …). */
  readonly counters: Readonly<Record<string, number>>;
}

export interface CorrelationResult {
  readonly hits: readonly CorrelationHit[];
  readonly stats: CorrelationStats;
  /** Documented verdicts about the input, e.g. "query 'x' not found". */
  readonly notices: readonly string[];
}
