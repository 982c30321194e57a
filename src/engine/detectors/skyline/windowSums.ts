/*
 * The whole-window sums of Skyline's algorithms in two passes: mean and Σ(x − x̄)²
 * (stddev_from_average, grubbs), the head mean and the head's sums (mean_subtraction_cumulation),
 * the exponentially weighted mean and variance (stddev_from_moving_average), the OLS line and its
 * tail residual (least_squares), and the extremes and the two candidate bin counts (histogram_bins).
 * Rule: every sum is accumulated in the order and with the arithmetic of that algorithm's own
 * definition (sums left to right; EW sums from the last point back), so each result is the
 * double the separate computation gives. Skyline's "falsy values become 0" (x + 0) only turns −0
 * into 0, which no sum or square keeps, so it is left out. Pass A: sums; pass B: sums of squares
 * and products about the means from A, and bin counts. The residuals' and the head's two-pass
 * spreads need two more passes (windowStats.ts); their one-pass forms here bound them (spreadBounds.ts).
 * Source: etsy/skyline src/analyzer/algorithms.py @ 22ae09da; pandas ewm(com=50, adjust=True);
 * T. F. Chan, G. H. Golub & R. J. LeVeque, The American Statistician 37(3), 1983 (two-pass).
 * Deviation: least_squares is fitted on centred times counted from the window's first point
 * (Etsy: numpy lstsq on raw epoch seconds), which only changes rounding.
 */
import type { Moments } from '../../stats/moments';
import { ScratchBuffer } from '../../stats/scratchBuffer';
import { ewWeights } from './ewWeights';
import { BINS, HISTOGRAM } from './histogramEdges';
import { type SkylineWindow, tailAverage } from './window';

export interface WindowSums {
  /** Mean and Σ(x − x̄)² of all values (twoPassMoments). */
  readonly moments: Moments;
  /** mean_subtraction_cumulation: mean h of x₁…xₙ₋₁ (NaN when n = 1), the mean of eᵢ = xᵢ − h over them, and Σeᵢ². */
  readonly headMean: number;
  readonly headShiftedMean: number;
  readonly headSquares: number;
  /** stddev_from_moving_average: EW mean and bias-corrected EW variance. */
  readonly ewMean: number;
  readonly ewVariance: number;
  /** least_squares: seconds since the first point (t), their mean and Σ(t − t̄)², Σ(t − t̄)(x − x̄), the slope, the largest t. */
  readonly meanT: number;
  readonly ctt: number;
  readonly cty: number;
  readonly slope: number;
  readonly maxT: number;
  /** least_squares: the mean of the last three residuals xᵢ − x̄ − slope·(tᵢ − t̄) (n ≥ 3), as the residual pass gives it. */
  readonly residualTail: number;
  /** histogram_bins: the edges' extremes, and the counts of bin 0 and of the bin holding the tail. */
  readonly min: number;
  readonly max: number;
  readonly firstBinCount: number;
  readonly tailBinCount: number;
}

const timesBuffer = new ScratchBuffer();
const edges = new Float64Array(BINS + 1);
const { histogramEdges, tailBin } = HISTOGRAM;

/** Values of x in bin i of `edges`: eᵢ ≤ x < eᵢ₊₁, the last bin closed (numpy.histogram). */
function binCount(x: Float64Array, i: number): number {
  const closed = i === BINS - 1;
  return x.filter((v) => v >= edges[i] && (v < edges[i + 1] || (closed && v <= edges[i + 1]))).length;
}

/** Sums of the window (timesMs, values), n ≥ 1 points. */
function computeWindowSums(timesMs: Float64Array, x: Float64Array): WindowSums {
  const n = x.length;
  const t = timesBuffer.take(n);
  const { weights: ew, sums: ewSums, squareSums: ewSquareSums } = ewWeights(n);
  // Pass A: Σx (its first n − 1 terms are the head's sum), Σt, extremes; EW sum from the end.
  let sum = 0;
  let headSum = 0;
  let sumT = 0;
  let min = Infinity;
  let max = -Infinity;
  let swx = 0;
  for (let i = 0; i < n; i++) {
    headSum = sum;
    sum += x[i];
    t[i] = (timesMs[i] - timesMs[0]) / 1000;
    sumT += t[i];
    min = x[i] < min ? x[i] : min;
    max = x[i] > max ? x[i] : max;
    swx += ew[i] * x[n - 1 - i];
  }
  const mean = sum / n;
  const meanT = sumT / n;
  const headMean = n > 1 ? headSum / (n - 1) : NaN;
  const sw = ewSums[n];
  const ewMean = swx / sw;
  histogramEdges(min, max, edges);
  const bin = tailBin(edges, tailAverage(x, n));
  // Bin 0 holds the x < e₁ (every x ≥ e₀ ≤ min); the closed last bin the x ≥ e₁₄ (every x ≤ e₁₅,
  // made +∞ when e₁₅ is finite). Non-finite edges (or values) are counted apart, exactly.
  const hi0 = edges[1];
  const lo = edges[bin];
  const hi = bin === BINS - 1 && edges[BINS] < Infinity ? Infinity : edges[bin + 1];
  // Pass B: spreads about the means of A, the head's sums, both candidate bin counts.
  let m2 = 0;
  let ctt = 0;
  let cty = 0;
  let shiftedSum = 0;
  let headSquares = 0;
  let sdd = 0;
  let firstBinCount = 0;
  let tailBinCount = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] - mean;
    const ct = t[i] - meanT;
    m2 += d * d;
    ctt += ct * ct;
    cty += ct * d;
    if (i < n - 1) {
      const e = x[i] - headMean;
      shiftedSum += e;
      headSquares += e * e;
    }
    const back = x[n - 1 - i];
    sdd += ew[i] * (back - ewMean) * (back - ewMean);
    firstBinCount += +(x[i] < hi0);
    tailBinCount += +(x[i] >= lo) & +(x[i] < hi);
  }
  if (!(edges[0] <= min && max < Infinity)) {
    firstBinCount = binCount(x, 0);
    tailBinCount = binCount(x, bin);
  }
  const slope = cty / ctt;
  const r1 = x[n - 1] - mean - slope * (t[n - 1] - meanT);
  const sw2 = ewSquareSums[n];
  return {
    moments: { count: n, mean, m2 },
    headMean,
    headShiftedMean: shiftedSum / (n - 1),
    headSquares,
    ewMean,
    ewVariance: (sdd / sw) * ((sw * sw) / (sw * sw - sw2)),
    meanT,
    ctt,
    cty,
    slope,
    maxT: t[n - 1],
    residualTail:
      n < 3
        ? r1
        : (r1 + (x[n - 2] - mean - slope * (t[n - 2] - meanT)) + (x[n - 3] - mean - slope * (t[n - 3] - meanT))) / 3,
    min,
    max,
    firstBinCount,
    tailBinCount,
  };
}

let lastWindow: SkylineWindow | null = null;
let lastSums: WindowSums | null = null;

/**
 * The sums of `w`, computed on the first call for this window object and reused by the other
 * algorithms run on it (windows are immutable: a window's arrays must not change once analysed).
 */
export function windowSums(w: SkylineWindow): WindowSums {
  if (w !== lastWindow || lastSums === null) {
    lastSums = computeWindowSums(w.timesMs, w.values);
    lastWindow = w;
  }
  return lastSums;
}
