/*
 * stddev_from_moving_average: is the last value more than three exponentially weighted standard
 * deviations from the exponentially weighted mean (com = 50, pandas' adjusted weights)?
 * Rule: wᵢ = (1 − α)^(n−i), α = 1/51; m = Σwx/Σw; v = [Σw(x − m)²/Σw]·(Σw)²/((Σw)² − Σw²);
 * True iff |xₙ − m| > 3·√v. Both include xₙ; n = 1 gives NaN, so False.
 * Source: etsy/skyline src/analyzer/algorithms.py (stddev_from_moving_average) @ 22ae09da;
 * pandas ewm(com=50, adjust=True, ignore_na=False).mean()/.std() (window/aggregations.pyx ewmcov).
 * Deviation: the plain form (windowSums.ts, weights from ewWeights.ts) sums the weights apart instead of pandas'
 * online recurrence; the results agree to rounding.
 */
import { ROUNDING, type RollingAlgorithm, type RollingState } from './rollingState';
import type { SkylineWindow } from './window';
import { EW_DECAY, ewWeights } from './ewWeights';
import { windowSums } from './windowSums';

const { clearSign, m2Error, meanError, sqrtError, UNIT_ROUNDOFF } = ROUNDING;

/** Bound once: per-point code reads locals (imported bindings are getters under CommonJS interop). */
const DECAY = EW_DECAY;
const u = UNIT_ROUNDOFF;
/** Rebuild the running sums when their error bound exceeds this fraction of the centred sum. */
const REBUILD_RATIO = 1e-10;

/** The verdict for one window. Example: 200 values ~N(0, 1) then 30 → true. */
export function stddevFromMovingAverage(w: SkylineWindow): boolean {
  const { ewMean, ewVariance } = windowSums(w);
  return Math.abs(w.values[w.values.length - 1] - ewMean) > 3 * Math.sqrt(ewVariance);
}

/** Every-point form: decayed sums of (x − ref) with tracked error bounds; band m ± 3·√v. */
export class StddevFromMovingAverageRolling implements RollingAlgorithm {
  readonly band = Float64Array.of(NaN, NaN);
  private lo = 0;
  private hi = 0;
  private ref = 0;
  private sw = 0;
  private sw2 = 0;
  private sd = 0;
  private sdd = 0;
  private eW = 0;
  private eW2 = 0;
  private eD = 0;
  private eDD = 0;
  /** DECAY^k by k (ewWeights' table), for the weight of a point that leaves. */
  private readonly powers: Float64Array;

  constructor(private readonly s: RollingState) {
    this.powers = ewWeights(s.values.length).weights;
  }

  private push(x: number): void {
    const d = x - this.ref;
    this.sw = DECAY * this.sw + 1;
    this.sw2 = DECAY * DECAY * this.sw2 + 1;
    this.sd = DECAY * this.sd + d;
    this.sdd = DECAY * this.sdd + d * d;
    this.eW = DECAY * this.eW + 3 * u * this.sw;
    this.eW2 = DECAY * this.eW2 + 4 * u * this.sw2;
    this.eD = DECAY * this.eD + 4 * u * (Math.abs(this.sd) + Math.abs(d));
    this.eDD = DECAY * this.eDD + 5 * u * (this.sdd + d * d);
  }

  private remove(j: number): void {
    const w = this.powers[this.hi - 1 - j];
    const d = this.s.values[j] - this.ref;
    this.sw -= w;
    this.sw2 -= w * w;
    this.sd -= w * d;
    this.sdd -= w * d * d;
    this.eW += 4 * u * (this.sw + w);
    this.eW2 += 4 * u * (this.sw2 + w * w);
    this.eD += 5 * u * (Math.abs(this.sd) + Math.abs(w * d));
    this.eDD += 5 * u * (Math.abs(this.sdd) + w * d * d);
  }

  private rebuild(): void {
    const s = this.s;
    this.ref = s.values[s.hi - 1];
    this.sw = this.sw2 = this.sd = this.sdd = this.eW = this.eW2 = this.eD = this.eDD = 0;
    for (let i = s.lo; i < s.hi; i++) {
      this.push(s.values[i]);
    }
    this.lo = s.lo;
    this.hi = s.hi;
  }

  evaluate(): boolean {
    const s = this.s;
    if (s.lo >= this.hi || s.hi - this.hi > s.hi - s.lo) {
      this.rebuild();
    } else {
      for (; this.hi < s.hi; this.hi++) {
        this.push(s.values[this.hi]);
      }
      for (; this.lo < s.lo; this.lo++) {
        this.remove(this.lo);
      }
    }
    let centred = this.sdd - this.sd * (this.sd / this.sw);
    if (!Number.isFinite(centred) || this.eDD > REBUILD_RATIO * centred) {
      this.rebuild();
      centred = this.sdd - this.sd * (this.sd / this.sw);
    }
    const { sw, sw2, sd, sdd, eW, eW2, eD, eDD } = this;
    const n = s.n;
    const shift = sd / sw;
    const mean = this.ref + shift;
    const f = (sw * sw) / (sw * sw - sw2);
    const variance = (centred / sw) * f;
    const sdev = Math.sqrt(variance);
    this.band[0] = mean + 3 * sdev;
    this.band[1] = mean - 3 * sdev;
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
    const eVariance = (eCentred / sw) * f + (centred / sw) * eF + (centred / (sw * sw)) * f * eWAll + 4 * u * variance;
    const gap = Math.abs(s.values[s.hi - 1] - mean);
    const tol = 2 * eMean + 3 * sqrtError(variance, eVariance) + 8 * u * (gap + 3 * sdev);
    return clearSign(gap - 3 * sdev, tol) ?? stddevFromMovingAverage(s.window());
  }
}
