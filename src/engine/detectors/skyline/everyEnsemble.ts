/*
 * The selected algorithms' every-point forms over one RollingState, evaluated in a fixed order.
 * Rule: one field and one call site per algorithm class, so every call is monomorphic and can be
 * inlined (a loop calling `evaluate()` through one site over nine classes is megamorphic: a
 * lookup on every call, ~50 ns per point measured); results[j] is the j-th selected algorithm's.
 * Results are verdict codes in an Int8Array (VERDICT_ANOMALOUS, VERDICT_NORMAL, VERDICT_NONE, or
 * RAISED_CODE): a plain array of mixed booleans, nulls and strings cost a type check per read.
 * Source: etsy/skyline src/analyzer/algorithms.py (ALGORITHMS) @ 22ae09da.
 */
import { FirstHourAverageRolling } from './firstHourAverage';
import { GrubbsRolling } from './grubbs';
import { HistogramBinsRolling } from './histogramBins';
import { KsTestRolling } from './ksTest';
import { LeastSquaresRolling } from './leastSquares';
import { MeanSubtractionCumulationRolling } from './meanSubtractionCumulation';
import { MedianAbsoluteDeviationRolling } from './medianAbsoluteDeviation';
import { SKYLINE_ALGORITHMS, type SkylineAlgorithmId, type SkylineOptions } from './options';
import type { Band, RollingAlgorithm, RollingState } from './rollingState';
import { StddevFromAverageRolling } from './stddevFromAverage';
import { StddevFromMovingAverageRolling } from './stddevFromMovingAverage';
import { type AlgorithmResult, RAISES } from './window';

/** The code of a raise in `results`: it voids the whole ensemble at that point. */
export const RAISED_CODE = 2;

/** Bound once: an imported binding is a getter call under CommonJS interop. */
const RAISE = RAISES;

/** A result as its code (literals of VERDICT_ANOMALOUS, VERDICT_NORMAL and VERDICT_NONE, for the same reason). */
function codeOf(r: AlgorithmResult): number {
  return r === true ? 1 : r === false ? 0 : r === RAISE ? RAISED_CODE : -1;
}

export class EveryEnsemble {
  /** The latest verdict codes, in the options' order. */
  readonly results: Int8Array;
  /** The bands of the selected algorithms that have one, in the options' order. */
  readonly bands: Band[];
  /** Whether the j-th selected algorithm has a band. */
  readonly hasBand: boolean[];
  private readonly firstHour: FirstHourAverageRolling | null;
  private readonly headCut: MeanSubtractionCumulationRolling | null;
  private readonly average: StddevFromAverageRolling | null;
  private readonly movingAverage: StddevFromMovingAverageRolling | null;
  private readonly line: LeastSquaresRolling | null;
  private readonly grubbs: GrubbsRolling | null;
  private readonly histogram: HistogramBinsRolling | null;
  private readonly mad: MedianAbsoluteDeviationRolling | null;
  private readonly ks: KsTestRolling | null;
  /** Position in `results` of each algorithm, by id (−1: not selected). */
  private readonly at: Record<SkylineAlgorithmId, number>;

  constructor(s: RollingState, o: SkylineOptions) {
    const ids = o.algorithms;
    const has = (id: SkylineAlgorithmId): boolean => ids.includes(id);
    this.firstHour = has('first_hour_average') ? new FirstHourAverageRolling(s, o) : null;
    this.headCut = has('mean_subtraction_cumulation') ? new MeanSubtractionCumulationRolling(s) : null;
    this.average = has('stddev_from_average') ? new StddevFromAverageRolling(s) : null;
    this.movingAverage = has('stddev_from_moving_average') ? new StddevFromMovingAverageRolling(s) : null;
    this.line = has('least_squares') ? new LeastSquaresRolling(s) : null;
    this.grubbs = has('grubbs') ? new GrubbsRolling(s) : null;
    this.histogram = has('histogram_bins') ? new HistogramBinsRolling(s) : null;
    this.mad = has('median_absolute_deviation') ? new MedianAbsoluteDeviationRolling(s) : null;
    this.ks = has('ks_test') ? new KsTestRolling(s) : null;
    const byId: Record<SkylineAlgorithmId, RollingAlgorithm | null> = {
      first_hour_average: this.firstHour,
      mean_subtraction_cumulation: this.headCut,
      stddev_from_average: this.average,
      stddev_from_moving_average: this.movingAverage,
      least_squares: this.line,
      grubbs: this.grubbs,
      histogram_bins: this.histogram,
      median_absolute_deviation: this.mad,
      ks_test: this.ks,
    };
    this.at = Object.fromEntries(SKYLINE_ALGORITHMS.map((id) => [id, ids.indexOf(id)])) as Record<
      SkylineAlgorithmId,
      number
    >;
    this.results = new Int8Array(ids.length);
    this.hasBand = ids.map((id) => byId[id]?.band !== undefined);
    this.bands = ids.flatMap((id) => byId[id]?.band ?? []);
  }

  /** Evaluates every selected algorithm on the state's current window into `results`. */
  evaluate(): void {
    const { results: r, at } = this;
    if (this.firstHour !== null) {
      r[at.first_hour_average] = codeOf(this.firstHour.evaluate());
    }
    if (this.headCut !== null) {
      r[at.mean_subtraction_cumulation] = codeOf(this.headCut.evaluate());
    }
    if (this.average !== null) {
      r[at.stddev_from_average] = codeOf(this.average.evaluate());
    }
    if (this.movingAverage !== null) {
      r[at.stddev_from_moving_average] = codeOf(this.movingAverage.evaluate());
    }
    if (this.line !== null) {
      r[at.least_squares] = codeOf(this.line.evaluate());
    }
    if (this.grubbs !== null) {
      r[at.grubbs] = codeOf(this.grubbs.evaluate());
    }
    if (this.histogram !== null) {
      r[at.histogram_bins] = codeOf(this.histogram.evaluate());
    }
    if (this.mad !== null) {
      r[at.median_absolute_deviation] = codeOf(this.mad.evaluate());
    }
    if (this.ks !== null) {
      r[at.ks_test] = codeOf(this.ks.evaluate());
    }
  }
}
