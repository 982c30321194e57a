/*
 * The anomalies list (Skyline's web page): the series with an anomalous region in the visible
 * range, sorted by their peak score there (ties: the later region first), with when the strongest
 * region started and which detectors voted in any of their regions.
 */
import type { PanelSeries } from './panelSeries';
import type { PanelRegion } from './regions';

export interface AnomalyRow {
  readonly name: string;
  /** Peak anomaly score in [0, 1] inside the visible range (0 when the data has no scores). */
  readonly peakScore: number;
  /** Start of the region holding the peak (epoch ms). */
  readonly whenMs: number;
  readonly regionCount: number;
  readonly voters: readonly string[];
}

export function anomalyRows(
  series: readonly PanelSeries[],
  bySeries: ReadonlyMap<string, readonly PanelRegion[]>,
  fromMs: number,
  toMs: number
): AnomalyRow[] {
  const rows: AnomalyRow[] = [];
  for (const s of series) {
    const visible = (bySeries.get(s.name) ?? []).filter((r) => r.endMs >= fromMs && r.startMs <= toMs);
    if (visible.length === 0) {
      continue;
    }
    let peakScore = -1;
    let whenMs = visible[0].startMs;
    for (const r of visible) {
      const peak = peakIn(s, Math.max(r.startMs, fromMs), Math.min(r.endMs, toMs));
      if (peak > peakScore || (peak === peakScore && r.startMs > whenMs)) {
        peakScore = peak;
        whenMs = r.startMs;
      }
    }
    const voters = [...new Set(visible.flatMap((r) => r.voters))];
    rows.push({ name: s.name, peakScore: Math.max(peakScore, 0), whenMs, regionCount: visible.length, voters });
  }
  return rows.sort((a, b) => b.peakScore - a.peakScore || b.whenMs - a.whenMs || a.name.localeCompare(b.name));
}

/** Highest finite score of `s` within [fromMs, toMs]; 0 without scores. */
function peakIn(s: PanelSeries, fromMs: number, toMs: number): number {
  let peak = 0;
  if (!s.score) {
    return peak;
  }
  for (let i = 0; i < s.timesMs.length; i++) {
    const t = s.timesMs[i];
    if (t >= fromMs && t <= toMs && s.score[i] > peak) {
      peak = s.score[i];
    }
  }
  return peak;
}
