/*
 * stddev_from_moving_average: is the last value more than three exponentially weighted standard
 * deviations from the exponentially weighted mean (com = 50, pandas' adjusted weights)?
 * Rule: wᵢ = (1 − α)^(n−i), α = 1/51; m = Σwx/Σw; v = [Σw(x − m)²/Σw]·(Σw)²/((Σw)² − Σw²);
 * True iff |xₙ − m| > 3·√v. Both include xₙ; n = 1 gives NaN, so False.
 * Source: etsy/skyline src/analyzer/algorithms.py (stddev_from_moving_average) @ 22ae09da;
 * pandas ewm(com=50, adjust=True, ignore_na=False).mean()/.std() (window/aggregations.pyx ewmcov).
 * Deviation: the plain form (windowStats.ts) sums the weights in two passes instead of pandas'
 * online recurrence; the results agree to rounding.
 */
import { ROUNDING, type RollingAlgorithm, type RollingState } from './rollingState';
import type { SkylineWindow } from './window';
import { EW_DECAY, windowStats } from './windowStats';

const { clearSign, m2Error, meanError, sqrtError, UNIT_ROUNDOFF } = ROUNDING;

/** Bound once: per-point code reads locals (imported bindings are getters under CommonJS interop). */
const DECAY = EW_DECAY;
const u = UNIT_ROUNDOFF;
/** Rebuild the running sums when their error bound exceeds this fraction of the centred sum. */
const REBUILD_RATIO = 1e-10;

/** The verdict for one window. Example: 200 values ~N(0, 1) then 30 → true. */
export function stddevFromMovingAverage(w: SkylineWindow): boolean {
  const { ewMean, ewVariance } = windowStats(w);
  return Math.abs(w.values[w.values.length - 1] - ewMean) > 3 * Math.sqrt(ewVariance);
}

/** Every-point form: decayed sums of (x − ref) with tracked error bounds; band m ± 3·√v. */
export function stddevFromMovingAverageRolling(s: RollingState): RollingAlgorithm {
  const band = { upper: NaN, lower: NaN };
  let lo = 0;
  let hi = 0;
  let ref = 0;
  let sw = 0;
  let sw2 = 0;
  let sd = 0;
  let sdd = 0;
  let eW = 0;
  let eW2 = 0;
  let eD = 0;
  let eDD = 0;
  const push = (x: number): void => {
    const d = x - ref;
    sw = DECAY * sw + 1;
    sw2 = DECAY * DECAY * sw2 + 1;
    sd = DECAY * sd + d;
    sdd = DECAY * sdd + d * d;
    eW = DECAY * eW + 3 * u * sw;
    eW2 = DECAY * eW2 + 4 * u * sw2;
    eD = DECAY * eD + 4 * u * (Math.abs(sd) + Math.abs(d));
    eDD = DECAY * eDD + 5 * u * (sdd + d * d);
  };
  const remove = (j: number): void => {
    const w = Math.pow(DECAY, hi - 1 - j);
    const d = s.values[j] - ref;
    sw -= w;
    sw2 -= w * w;
    sd -= w * d;
    sdd -= w * d * d;
    eW += 4 * u * (sw + w);
    eW2 += 4 * u * (sw2 + w * w);
    eD += 5 * u * (Math.abs(sd) + Math.abs(w * d));
    eDD += 5 * u * (Math.abs(sdd) + w * d * d);
  };
  const rebuild = (): void => {
    ref = s.values[s.hi - 1];
    sw = sw2 = sd = sdd = eW = eW2 = eD = eDD = 0;
    for (let i = s.lo; i < s.hi; i++) {
      push(s.values[i]);
    }
    lo = s.lo;
    hi = s.hi;
  };
  return {
    band,
    evaluate(): boolean {
      if (s.lo >= hi || s.hi - hi > s.hi - s.lo) {
        rebuild();
      } else {
        for (; hi < s.hi; hi++) {
          push(s.values[hi]);
        }
        for (; lo < s.lo; lo++) {
          remove(lo);
        }
      }
      let centred = sdd - sd * (sd / sw);
      if (!Number.isFinite(centred) || eDD > REBUILD_RATIO * centred) {
        rebuild();
        centred = sdd - sd * (sd / sw);
      }
      const n = s.n;
      const shift = sd / sw;
      const mean = ref + shift;
      const f = (sw * sw) / (sw * sw - sw2);
      const variance = (centred / sw) * f;
      const sdev = Math.sqrt(variance);
      band.upper = mean + 3 * sdev;
      band.lower = mean - 3 * sdev;
      if (n < 2) {
        return false;
      }
      const eWAll = eW + 2 * n * u * sw;
      const eW2All = eW2 + 2 * n * u * sw2;
      const eMean = eD / sw + Math.abs(shift) * (eWAll / sw) + 4 * u * Math.abs(mean) + meanError(n, s.maxAbs);
      const eCentred =
        eDD +
        2 * Math.abs(shift) * eD +
        shift * shift * eWAll +
        4 * u * (sdd + sd * shift) +
        m2Error(n, centred, s.range, s.maxAbs);
      const eF = f * f * ((2 * sw * eWAll + eW2All) / (sw * sw) + 8 * u);
      const eVariance =
        (eCentred / sw) * f + (centred / sw) * eF + (centred / (sw * sw)) * f * eWAll + 4 * u * variance;
      const gap = Math.abs(s.values[s.hi - 1] - mean);
      const tol = 2 * eMean + 3 * sqrtError(variance, eVariance) + 8 * u * (gap + 3 * sdev);
      return clearSign(gap - 3 * sdev, tol) ?? stddevFromMovingAverage(s.window());
    },
  };
}
