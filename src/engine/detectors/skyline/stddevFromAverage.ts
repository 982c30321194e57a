/*
 * stddev_from_average: is the tail average more than three sample standard deviations from the
 * mean of the whole window?
 * Rule: |T − μ| > 3·s₁ (pandas mean and std, ddof 1); one point gives NaN, so False.
 * Source: etsy/skyline src/analyzer/algorithms.py (stddev_from_average) @ 22ae09da.
 */
import { sampleStd } from '../../stats/moments';
import { THREE_SIGMA } from './beyondThreeSigma';
import type { RollingAlgorithm, RollingState } from './rollingState';
import { type SkylineWindow, tailAverage } from './window';
import { windowSums } from './windowSums';

const { beyondThreeSigma } = THREE_SIGMA;

/** The verdict for one window. Example: 100 values ~N(0, 1) then a tail of 10s → true. */
export function stddevFromAverage(w: SkylineWindow): boolean {
  const m = windowSums(w).moments;
  return Math.abs(tailAverage(w.values, w.values.length) - m.mean) > 3 * sampleStd(m);
}

/** Every-point form over the state's window moments; band = μ ± 3·s₁. */
export class StddevFromAverageRolling implements RollingAlgorithm {
  readonly band = Float64Array.of(NaN, NaN);

  constructor(private readonly s: RollingState) {}

  evaluate(): boolean {
    const s = this.s;
    return beyondThreeSigma(s.moments, s.tail, s, this.band, 1) ?? stddevFromAverage(s.window());
  }
}
