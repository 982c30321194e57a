/*
 * grubbs: Skyline's one-sided Grubbs test on the tail average.
 * Rule: z = (T − μ)/s₀ (population std) > G(n) = ((n−1)/√n)·√(t²/(n−2+t²)), t = Student-t
 * isf(0.05/(2n), n − 2). Signed: only upward deviations fire; s₀ = 0 or n ≤ 2 gives False.
 * Source: etsy/skyline src/analyzer/algorithms.py (grubbs) @ 22ae09da.
 */
import { grubbsCritical, grubbsCriticalTable } from '../../stats/grubbsCritical';
import { populationStd } from '../../stats/moments';
import { ROUNDING, type RollingAlgorithm, type RollingState } from './rollingState';
import { type SkylineWindow, tailAverage } from './window';
import { windowSums } from './windowSums';

const { clearSign, m2Error, meanError, sqrtError, UNIT_ROUNDOFF } = ROUNDING;

/** The verdict for one window. Example: 200 values ~N(0, 1) then a tail of 10s → true. */
export function grubbs(w: SkylineWindow): boolean {
  const n = w.values.length;
  const m = windowSums(w).moments;
  const z = (tailAverage(w.values, n) - m.mean) / populationStd(m);
  return z > grubbsCritical(n);
}

/** Every-point form; G(n) read from a table by n shared across series. */
export class GrubbsRolling implements RollingAlgorithm {
  private readonly critical: Float64Array;

  constructor(private readonly s: RollingState) {
    this.critical = grubbsCriticalTable(s.values.length);
  }

  evaluate(): boolean {
    const s = this.s;
    const { count: n, meanY: mean, cyy } = s.moments;
    const g = this.critical[n];
    if (Number.isNaN(g)) {
      return false;
    }
    const sd = Math.sqrt(cyy / n);
    const lift = s.tail - mean;
    const sdError = sqrtError(cyy / n, m2Error(n, cyy, s.range, s.maxAbs) / n);
    const tol = 2 * (meanError(n, s.maxAbs) + g * sdError) + 8 * UNIT_ROUNDOFF * (Math.abs(lift) + g * sd);
    return clearSign(lift - g * sd, tol) ?? grubbs(s.window());
  }
}
