/*
 * The nine Skyline algorithms by id: each one's plain latest-point form and its every-point form.
 * Rule: one line per algorithm; ids are Skyline's own function names.
 * Source: etsy/skyline src/analyzer/algorithms.py @ 22ae09da.
 */
import { firstHourAverage, firstHourAverageRolling } from './firstHourAverage';
import { grubbs, grubbsRolling } from './grubbs';
import { histogramBins, histogramBinsRolling } from './histogramBins';
import { ksTest, ksTestRolling } from './ksTest';
import { leastSquares, leastSquaresRolling } from './leastSquares';
import { meanSubtractionCumulation, meanSubtractionCumulationRolling } from './meanSubtractionCumulation';
import { medianAbsoluteDeviation, medianAbsoluteDeviationRolling } from './medianAbsoluteDeviation';
import type { SkylineAlgorithmId, SkylineOptions } from './options';
import type { RollingAlgorithm, RollingState } from './rollingState';
import { stddevFromAverage, stddevFromAverageRolling } from './stddevFromAverage';
import { stddevFromMovingAverage, stddevFromMovingAverageRolling } from './stddevFromMovingAverage';
import type { AlgorithmResult, SkylineWindow } from './window';

export interface SkylineAlgorithm {
  /** Verdict on one window (the test oracle). */
  readonly latest: (w: SkylineWindow, o: SkylineOptions) => AlgorithmResult;
  /** Incremental form over a RollingState, equal to `latest` on every window. */
  readonly rolling: (s: RollingState, o: SkylineOptions) => RollingAlgorithm;
}

export const SKYLINE_REGISTRY: Readonly<Record<SkylineAlgorithmId, SkylineAlgorithm>> = {
  first_hour_average: { latest: firstHourAverage, rolling: firstHourAverageRolling },
  mean_subtraction_cumulation: { latest: meanSubtractionCumulation, rolling: meanSubtractionCumulationRolling },
  stddev_from_average: { latest: stddevFromAverage, rolling: stddevFromAverageRolling },
  stddev_from_moving_average: { latest: stddevFromMovingAverage, rolling: stddevFromMovingAverageRolling },
  least_squares: { latest: leastSquares, rolling: leastSquaresRolling },
  grubbs: { latest: grubbs, rolling: grubbsRolling },
  histogram_bins: { latest: histogramBins, rolling: histogramBinsRolling },
  median_absolute_deviation: { latest: medianAbsoluteDeviation, rolling: medianAbsoluteDeviationRolling },
  ks_test: { latest: ksTest, rolling: ksTestRolling },
};
