/*
 * The whole-window sums of six Skyline algorithms in four passes over the window instead of one
 * to four passes each: mean and Σ(x − x̄)² (stddev_from_average, grubbs), the head mean and the
 * shifted spread (mean_subtraction_cumulation), the exponentially weighted mean and variance
 * (stddev_from_moving_average), the OLS residuals' spread and tail (least_squares), and the
 * extremes and the two candidate bin counts (histogram_bins).
 * Rule: every sum is accumulated in the order and with the arithmetic of that algorithm's own
 * definition (sums left to right; EW sums from the last point back), so each result is the
 * double the separate computation gives and the verdicts are unchanged. Skyline's "falsy values
 * become 0" is x + 0 (it only turns −0 into 0; no branch on data). The passes are A: sums;
 * B: sums of squares about the means from A, and bin counts; C: residuals and shifted spread; D:
 * residual spread. Each pass runs independent accumulator chains side by side.
 * Source: etsy/skyline src/analyzer/algorithms.py @ 22ae09da; pandas ewm(com=50, adjust=True);
 * T. F. Chan, G. H. Golub & R. J. LeVeque, The American Statistician 37(3), 1983 (two-pass).
 * Deviation: least_squares is fitted on centred times counted from the window's first point
 * (Etsy: numpy lstsq on raw epoch seconds), which only changes rounding.
 */
import type { Moments } from '../../stats/moments';
import { ScratchBuffer } from '../../stats/scratchBuffer';
import { BINS, HISTOGRAM } from './histogramEdges';
import { type SkylineWindow, tailAverage } from './window';

/** pandas' EW decay for com = 50: 1 − α with α = 1/(1 + com). */
export const EW_DECAY = 1 - 1 / (1 + 50);

export interface WindowStats {
  /** Mean and Σ(x − x̄)² of all values (twoPassMoments). */
  readonly moments: Moments;
  /** mean_subtraction_cumulation: mean of x₁…xₙ₋₁ (NaN when n = 1) and Σ(s − s̄)² of s = x − that mean over them. */
  readonly headMean: number;
  readonly headShiftedM2: number;
  /** stddev_from_moving_average: EW mean and bias-corrected EW variance. */
  readonly ewMean: number;
  readonly ewVariance: number;
  /** least_squares: population std of the residuals and the mean of the last three (n ≥ 3). */
  readonly residualSd: number;
  readonly residualTail: number;
  /** histogram_bins: the edges' extremes, and the counts of bin 0 and of the bin holding the tail. */
  readonly min: number;
  readonly max: number;
  readonly firstBinCount: number;
  readonly tailBinCount: number;
}

const timesBuffer = new ScratchBuffer();
const residualBuffer = new ScratchBuffer();
const edges = new Float64Array(BINS + 1);
const { histogramEdges, tailBin } = HISTOGRAM;

/** Stats of the window (timesMs, values), n ≥ 1 points. */
function computeWindowStats(timesMs: Float64Array, x: Float64Array): WindowStats {
  const n = x.length;
  const t = timesBuffer.take(n);
  // Pass A: Σx (its first n − 1 terms are the head's sum), Σt, extremes; EW sums from the end.
  let sum = 0;
  let sumT = 0;
  let min = Infinity;
  let max = -Infinity;
  let weight = 1;
  let sw = 0;
  let sw2 = 0;
  let swx = 0;
  let headSum = 0;
  for (let i = 0; i < n; i++) {
    headSum = sum;
    sum += x[i];
    t[i] = (timesMs[i] - timesMs[0]) / 1000;
    sumT += t[i];
    min = x[i] < min ? x[i] : min;
    max = x[i] > max ? x[i] : max;
    const back = x[n - 1 - i];
    sw += weight;
    sw2 += weight * weight;
    swx += weight * back;
    weight *= EW_DECAY;
  }
  const mean = sum / n;
  const meanT = sumT / n;
  const headMean = n > 1 ? headSum / (n - 1) : NaN;
  const ewMean = swx / sw;
  histogramEdges(min, max, edges);
  const tail = tailAverage(x, n);
  const bin = tailBin(edges, tail);
  const lo0 = edges[0];
  const hi0 = edges[1];
  const lo = edges[bin];
  const hi = edges[bin + 1];
  const closed = +(bin === BINS - 1);
  // Pass B: spreads about the means of A, the head's shifted sum, both candidate bin counts.
  let m2 = 0;
  let ctt = 0;
  let cty = 0;
  let shiftedSum = 0;
  let sdd = 0;
  let firstBinCount = 0;
  let tailBinCount = 0;
  weight = 1;
  for (let i = 0; i < n; i++) {
    const d = x[i] - mean;
    m2 += d * d;
    ctt += (t[i] - meanT) * (t[i] - meanT);
    cty += (t[i] - meanT) * d;
    if (i < n - 1) {
      shiftedSum += x[i] + 0 - headMean;
    }
    const back = x[n - 1 - i];
    sdd += weight * (back - ewMean) * (back - ewMean);
    weight *= EW_DECAY;
    firstBinCount += +(x[i] >= lo0) & +(x[i] < hi0);
    tailBinCount += +(x[i] >= lo) & (+(x[i] < hi) | (closed & +(x[i] <= hi)));
  }
  const slope = cty / ctt;
  const shiftedMean = shiftedSum / (n - 1);
  // Pass C: residuals of the line and their sum; the head's shifted spread.
  const residuals = residualBuffer.take(n);
  let sumR = 0;
  let headShiftedM2 = 0;
  for (let i = 0; i < n; i++) {
    residuals[i] = x[i] - mean - slope * (t[i] - meanT);
    sumR += residuals[i];
    if (i < n - 1) {
      const s = x[i] + 0 - headMean - shiftedMean;
      headShiftedM2 += s * s;
    }
  }
  // Pass D: the residuals' spread about their mean.
  const meanR = sumR / n;
  let m2R = 0;
  for (let i = 0; i < n; i++) {
    m2R += (residuals[i] - meanR) * (residuals[i] - meanR);
  }
  return {
    moments: { count: n, mean, m2 },
    headMean,
    headShiftedM2,
    ewMean,
    ewVariance: (sdd / sw) * ((sw * sw) / (sw * sw - sw2)),
    residualSd: Math.sqrt(m2R / n),
    residualTail: tailAverage(residuals, n),
    min,
    max,
    firstBinCount,
    tailBinCount,
  };
}

let lastWindow: SkylineWindow | null = null;
let lastStats: WindowStats | null = null;

/**
 * The stats of `w`, computed on the first call for this window object and reused by the other
 * algorithms run on it (windows are immutable: a window's arrays must not change once analysed).
 */
export function windowStats(w: SkylineWindow): WindowStats {
  if (w !== lastWindow || lastStats === null) {
    lastStats = computeWindowStats(w.timesMs, w.values);
    lastWindow = w;
  }
  return lastStats;
}
