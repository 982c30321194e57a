/*
 * stddev_from_average: is the tail average more than three sample standard deviations from the
 * mean of the whole window?
 * Rule: |T − μ| > 3·s₁ (pandas mean and std, ddof 1); one point gives NaN, so False.
 * Source: etsy/skyline src/analyzer/algorithms.py (stddev_from_average) @ 22ae09da.
 */
import { sampleStd } from '../../stats/moments';
import { twoPassMoments } from '../../stats/twoPassMoments';
import { ROUNDING, type RollingAlgorithm, type RollingState } from './rollingState';
import { type SkylineWindow, tailAverage } from './window';

const { clearSign, m2Error, meanError, sqrtError, UNIT_ROUNDOFF } = ROUNDING;

/** The verdict for one window. Example: 100 values ~N(0, 1) then a tail of 10s → true. */
export function stddevFromAverage(w: SkylineWindow): boolean {
  const m = twoPassMoments(w.values);
  return Math.abs(tailAverage(w.values, w.values.length) - m.mean) > 3 * sampleStd(m);
}

/** Every-point form over the state's window moments; band = μ ± 3·s₁. */
export function stddevFromAverageRolling(s: RollingState): RollingAlgorithm {
  const band = { upper: NaN, lower: NaN };
  return {
    band,
    evaluate(): boolean {
      const { count: n, meanY: mean, cyy } = s.moments;
      const sd = n < 2 ? NaN : Math.sqrt(cyy / (n - 1));
      band.upper = mean + 3 * sd;
      band.lower = mean - 3 * sd;
      if (n < 2) {
        return false;
      }
      const gap = Math.abs(s.tail - mean);
      const sdError = sqrtError(cyy / (n - 1), m2Error(n, cyy, s.range, s.maxAbs) / (n - 1));
      const tol = 2 * (meanError(n, s.maxAbs) + 3 * sdError) + 8 * UNIT_ROUNDOFF * (gap + 3 * sd);
      return clearSign(gap - 3 * sd, tol) ?? stddevFromAverage(s.window());
    },
  };
}
