/*
 * least_squares: is the mean of the last three residuals from an OLS line through (epoch
 * seconds, value) more than three residual standard deviations, and both at least 1 when rounded?
 * Rule: e = y − (β·t + c); sd = population std of e; tₑ = (eₙ + eₙ₋₁ + eₙ₋₂)/3; True iff
 * |tₑ| > 3·sd and round(sd) ≠ 0 and round(tₑ) ≠ 0 (Python 3: |q| > 0.5). Fewer than 3 points: False.
 * Source: etsy/skyline src/analyzer/algorithms.py (least_squares) @ 22ae09da.
 * Deviation: the line is fitted on centred times counted from the window's first point (Etsy:
 * numpy lstsq on raw epoch seconds), which only changes rounding; rounding follows Python 3 (Python 2 rounded halves away from zero).
 */
import { ROUNDING, type RollingAlgorithm, type RollingState } from './rollingState';
import { residualSpreadRange } from './spreadBounds';
import type { SkylineWindow } from './window';
import { windowStats } from './windowStats';
import { windowSums } from './windowSums';

const { clearSign, m2Error, meanError, sqrtError, UNIT_ROUNDOFF } = ROUNDING;

const SAFETY = 8;

/**
 * The verdict for one window. Example: 100 points on a line with unit noise, then +50 → true.
 * sd = √(Σ(r − r̄)²/n) rises with the spread, so bounds on the spread (spreadBounds.ts) usually
 * decide without the residual passes; only a window on the edge reads windowStats' exact sd.
 */
export function leastSquares(w: SkylineWindow): boolean {
  const n = w.values.length;
  if (n < 3) {
    return false;
  }
  const sums = windowSums(w);
  const tail = Math.abs(sums.residualTail);
  if (!(tail > 0.5)) {
    return false;
  }
  const spread = residualSpreadRange(sums);
  const sdLo = Math.sqrt(Math.max(spread.lo, 0) / n);
  const sdHi = Math.sqrt(spread.hi / n);
  if (tail <= sdLo * 3 || sdHi <= 0.5) {
    return false;
  }
  if (tail > sdHi * 3 && sdLo > 0.5) {
    return true;
  }
  const sd = windowStats(w).residualSd;
  return tail > sd * 3 && sd > 0.5;
}

/**
 * Every-point form from the state's sliding (seconds since the series' first point, value)
 * moments. Both forms measure time from a point of their own; residuals do not depend on it.
 */
export class LeastSquaresRolling implements RollingAlgorithm {
  constructor(private readonly s: RollingState) {}

  evaluate(): boolean {
    const s = this.s;
    const u = UNIT_ROUNDOFF;
    const n = s.n;
    if (n < 3) {
      return false;
    }
    const { meanX: meanT, meanY, cxx: ctt, cxy: cty, cyy } = s.moments;
    const t = s.timesSec;
    const y = s.values;
    const slope = cty / ctt;
    const end = s.hi;
    const tail =
      (y[end - 1] -
        meanY -
        slope * (t[end - 1] - meanT) +
        (y[end - 2] - meanY - slope * (t[end - 2] - meanT)) +
        (y[end - 3] - meanY - slope * (t[end - 3] - meanT))) /
      3;
    const ssr = Math.max(cyy - cty * slope, 0);
    const sd = Math.sqrt(ssr / n);
    const span = t[end - 1] - t[s.lo];
    const maxT = Math.max(Math.abs(t[end - 1]), Math.abs(t[s.lo]));
    const absSlope = Math.abs(slope);
    const eCtt = m2Error(n, ctt, span, maxT);
    const eCty = SAFETY * n * u * (Math.sqrt(ctt * cyy) + n * (span * s.maxAbs + s.range * maxT));
    const eSlope = (eCty + absSlope * eCtt) / ctt;
    const eResidual =
      meanError(n, s.maxAbs) +
      absSlope * meanError(n, maxT) +
      eSlope * (span + maxT) +
      SAFETY * u * (s.maxAbs + absSlope * maxT);
    const maxResidual = Math.sqrt(ssr) + 2 * eResidual;
    const eSsr =
      m2Error(n, cyy, s.range, s.maxAbs) +
      2 * absSlope * eCty +
      slope * slope * eCtt +
      4 * u * (cyy + Math.abs(cty * slope)) +
      m2Error(n, ssr, 2 * maxResidual, maxResidual) +
      4 * n * eResidual * maxResidual;
    const eSd = sqrtError(ssr / n, eSsr / n);
    const eTail = 2 * eResidual + 4 * u * Math.abs(tail);
    const absTail = Math.abs(tail);
    const big = clearSign(absTail - 3 * sd, eTail + 3 * eSd + 8 * u * (absTail + 3 * sd));
    const spreadOk = clearSign(sd - 0.5, eSd);
    const tailOk = clearSign(absTail - 0.5, eTail);
    if (big === false || spreadOk === false || tailOk === false) {
      return false;
    }
    return big && spreadOk && tailOk ? true : leastSquares(s.window());
  }
}
