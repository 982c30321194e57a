/*
 * mean_subtraction_cumulation: is the last raw value more than three sample standard deviations
 * from the mean of all the values before it?
 * Rule: falsy values become 0; series −= mean(x₁…xₙ₋₁); True iff |xₙ − μ′| > 3·std(x₁…xₙ₋₁ − μ′)
 * (ddof 1). n ≤ 2 gives NaN, so False. On a constant run the rounding of the mean decides (Skyline
 * flipped to True on 8 of 10 constant series); such windows are Boring in the consensus. Nothing is cumulated; Skyline's unused EWMA is not computed.
 * Source: etsy/skyline src/analyzer/algorithms.py (mean_subtraction_cumulation) @ 22ae09da.
 */
import { THREE_SIGMA } from './beyondThreeSigma';
import type { RollingAlgorithm, RollingState } from './rollingState';
import { headSpreadRange } from './spreadBounds';
import type { SkylineWindow } from './window';
import { windowStats } from './windowStats';
import { windowSums } from './windowSums';

const { beyondThreeSigma } = THREE_SIGMA;

/**
 * The verdict for one window. Example: [1, 2, 1, 2, 1, 2, 50] → true. std rises with the head's
 * spread, so bounds on it (spreadBounds.ts) usually decide without windowStats' extra passes.
 */
export function meanSubtractionCumulation(w: SkylineWindow): boolean {
  const n = w.values.length;
  // last + 0 is Skyline's "falsy values become 0": only −0 changes.
  const gap = Math.abs(w.values[n - 1] + 0 - windowSums(w).headMean);
  if (n > 2) {
    const spread = headSpreadRange(windowSums(w));
    if (gap > 3 * Math.sqrt(spread.hi / (n - 2))) {
      return true;
    }
    if (gap <= 3 * Math.sqrt(Math.max(spread.lo, 0) / (n - 2))) {
      return false;
    }
  }
  const std = n > 2 ? Math.sqrt(windowStats(w).headShiftedM2 / (n - 2)) : NaN;
  return gap > 3 * std;
}

/** Every-point form over the state's head moments (the window minus its last point); band μ′ ± 3s′. */
export class MeanSubtractionCumulationRolling implements RollingAlgorithm {
  readonly band = Float64Array.of(NaN, NaN);

  constructor(private readonly s: RollingState) {}

  evaluate(): boolean {
    const s = this.s;
    return beyondThreeSigma(s.head, s.values[s.hi - 1], s, this.band, 2) ?? meanSubtractionCumulation(s.window());
  }
}
