/*
 * mean_subtraction_cumulation: is the last raw value more than three sample standard deviations
 * from the mean of all the values before it?
 * Rule: falsy values become 0; series −= mean(x₁…xₙ₋₁); True iff |xₙ − μ′| > 3·std(x₁…xₙ₋₁ − μ′)
 * (ddof 1). n ≤ 2 gives NaN, so False. On a constant run the rounding of the mean decides (Skyline
 * flipped to True on 8 of 10 constant series); such windows are Boring in the consensus. Nothing is cumulated; Skyline's unused EWMA is not computed.
 * Source: etsy/skyline src/analyzer/algorithms.py (mean_subtraction_cumulation) @ 22ae09da.
 */
import { SlidingMoments } from '../../stats/slidingMoments';
import { ScratchBuffer } from '../../stats/scratchBuffer';
import { beyondThreeSigma } from './beyondThreeSigma';
import type { RollingAlgorithm, RollingState } from './rollingState';
import type { SkylineWindow } from './window';
import { windowStats } from './windowStats';

/** The every-point form's sliding moments storage, reused by the next series. */
const headScratch = new ScratchBuffer();

/** The verdict for one window. Example: [1, 2, 1, 2, 1, 2, 50] → true. */
export function meanSubtractionCumulation(w: SkylineWindow): boolean {
  const n = w.values.length;
  const last = w.values[n - 1];
  const { headMean, headShiftedM2 } = windowStats(w);
  const std = n > 2 ? Math.sqrt(headShiftedM2 / (n - 2)) : NaN;
  // last + 0 is Skyline's "falsy values become 0": only −0 changes.
  return Math.abs(last + 0 - headMean) > 3 * std;
}

/** Every-point form over its own sliding moments of the window minus its last point; band μ′ ± 3s′. */
export function meanSubtractionCumulationRolling(s: RollingState): RollingAlgorithm {
  const head = new SlidingMoments(s.timesSec, s.values, headScratch);
  const band = { upper: NaN, lower: NaN };
  return {
    band,
    evaluate(): boolean {
      head.sync(s.lo, s.hi - 1);
      return beyondThreeSigma(head, s.values[s.hi - 1], s, band, 2) ?? meanSubtractionCumulation(s.window());
    },
  };
}
