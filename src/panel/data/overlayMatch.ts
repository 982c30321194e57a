/*
 * A matched series drawn over the target: its values rescaled to the target's mean and standard
 * deviation (flipped when the match is anticorrelated) and its times shifted back by the lag,
 * so the shapes line up where the engine matched them. Lag is in points of the target's step.
 */
import { moments, sampleStd } from '../../engine/stats/moments';
import type { PanelSeries } from './panelSeries';

export interface OverlaySeries {
  readonly name: string;
  readonly timesMs: Float64Array;
  readonly values: Float64Array;
}

export function overlayMatch(
  target: PanelSeries,
  match: PanelSeries,
  lagPoints: number,
  anticorrelated: boolean
): OverlaySeries {
  const t = moments(target.values);
  const m = moments(match.values);
  const tSd = sampleStd(t);
  const mSd = sampleStd(m);
  const sign = anticorrelated ? -1 : 1;
  const scale = mSd > 0 && Number.isFinite(tSd) ? tSd / mSd : 0;
  const values = match.values.map((v) => t.mean + sign * (v - m.mean) * scale);
  const shiftMs = lagPoints * stepMs(target.timesMs);
  const timesMs = match.timesMs.map((x) => x - shiftMs);
  return { name: match.name, timesMs, values };
}

/** Median spacing of the times (0 for fewer than two points). */
function stepMs(timesMs: Float64Array): number {
  if (timesMs.length < 2) {
    return 0;
  }
  const gaps = Array.from(timesMs.subarray(1), (t, i) => t - timesMs[i]).sort((a, b) => a - b);
  return gaps[gaps.length >> 1];
}
