/*
 * The nine Skyline algorithms by id, each one's plain latest-point form (the every-point forms
 * are built and run in a fixed order by everyEnsemble.ts).
 * Rule: one line per algorithm; ids are Skyline's own function names.
 * Source: etsy/skyline src/analyzer/algorithms.py @ 22ae09da.
 */
import { firstHourAverage } from './firstHourAverage';
import { grubbs } from './grubbs';
import { histogramBins } from './histogramBins';
import { ksTest } from './ksTest';
import { leastSquares } from './leastSquares';
import { meanSubtractionCumulation } from './meanSubtractionCumulation';
import { medianAbsoluteDeviation } from './medianAbsoluteDeviation';
import type { SkylineAlgorithmId, SkylineOptions } from './options';
import { stddevFromAverage } from './stddevFromAverage';
import { stddevFromMovingAverage } from './stddevFromMovingAverage';
import type { AlgorithmResult, SkylineWindow } from './window';

export interface SkylineAlgorithm {
  /** Verdict on one window (the test oracle). */
  readonly latest: (w: SkylineWindow, o: SkylineOptions) => AlgorithmResult;
}

export const SKYLINE_REGISTRY: Readonly<Record<SkylineAlgorithmId, SkylineAlgorithm>> = {
  first_hour_average: { latest: firstHourAverage },
  mean_subtraction_cumulation: { latest: meanSubtractionCumulation },
  stddev_from_average: { latest: stddevFromAverage },
  stddev_from_moving_average: { latest: stddevFromMovingAverage },
  least_squares: { latest: leastSquares },
  grubbs: { latest: grubbs },
  histogram_bins: { latest: histogramBins },
  median_absolute_deviation: { latest: medianAbsoluteDeviation },
  ks_test: { latest: ksTest },
};
