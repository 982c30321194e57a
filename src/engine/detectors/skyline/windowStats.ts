/*
 * The two spreads of Skyline's plain forms that windowSums.ts's two passes do not give: the OLS
 * residuals' (least_squares) and the shifted head's (mean_subtraction_cumulation). Read only on
 * a window whose verdict the bounds of spreadBounds.ts leave open.
 * Rule: every sum is accumulated in the order and with the arithmetic of that algorithm's own
 * definition, so each result is the double the separate computation gives. Pass C: residuals
 * xᵢ − x̄ − slope·(tᵢ − t̄) and their sum, and Σ(xᵢ − h − ē)² over the head; pass D: the
 * residuals' spread about their mean.
 * Source: etsy/skyline src/analyzer/algorithms.py @ 22ae09da; T. F. Chan, G. H. Golub &
 * R. J. LeVeque, The American Statistician 37(3), 1983 (two-pass).
 * Deviation: least_squares is fitted on centred times counted from the window's first point
 * (Etsy: numpy lstsq on raw epoch seconds), which only changes rounding.
 */
import { ScratchBuffer } from '../../stats/scratchBuffer';
import type { SkylineWindow } from './window';
import { windowSums } from './windowSums';

export interface WindowStats {
  /** mean_subtraction_cumulation: Σ(s − s̄)² of s = x − h over x₁…xₙ₋₁, h their mean. */
  readonly headShiftedM2: number;
  /** least_squares: population std of the residuals. */
  readonly residualSd: number;
}

const residualBuffer = new ScratchBuffer();

/** The spreads of the window w, n ≥ 1 points. */
function computeWindowStats(w: SkylineWindow): WindowStats {
  const { timesMs, values: x } = w;
  const n = x.length;
  const sums = windowSums(w);
  const { mean } = sums.moments;
  const { headMean, headShiftedMean, meanT, slope } = sums;
  // Pass C: residuals of the line and their sum; the head's shifted spread.
  const residuals = residualBuffer.take(n);
  let sumR = 0;
  let headShiftedM2 = 0;
  for (let i = 0; i < n; i++) {
    residuals[i] = x[i] - mean - slope * ((timesMs[i] - timesMs[0]) / 1000 - meanT);
    sumR += residuals[i];
    if (i < n - 1) {
      const s = x[i] - headMean - headShiftedMean;
      headShiftedM2 += s * s;
    }
  }
  // Pass D: the residuals' spread about their mean.
  const meanR = sumR / n;
  let m2R = 0;
  for (let i = 0; i < n; i++) {
    m2R += (residuals[i] - meanR) * (residuals[i] - meanR);
  }
  return { headShiftedM2, residualSd: Math.sqrt(m2R / n) };
}

let lastWindow: SkylineWindow | null = null;
let lastStats: WindowStats | null = null;

/**
 * The spreads of `w`, computed on the first call for this window object and reused by the other
 * algorithms run on it (windows are immutable: a window's arrays must not change once analysed).
 */
export function windowStats(w: SkylineWindow): WindowStats {
  if (w !== lastWindow || lastStats === null) {
    lastStats = computeWindowStats(w);
    lastWindow = w;
  }
  return lastStats;
}
