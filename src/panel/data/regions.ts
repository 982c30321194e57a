/*
 * Anomalous regions as the panel uses them: which series, when, and which detectors voted.
 * Read back from the data source's `Kale anomalies` annotation frames (readRegionFrames), or made
 * from the panel's own detection results.
 */
import type { DataFrame } from '@grafana/data';

import { anomalyRegions, readRegionFrames, type AnomalyRegion } from '../../frames/anomalyRegions';
import type { DetectionResult } from '../../engine/types';

export interface PanelRegion {
  readonly seriesName: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly voters: readonly string[];
}

const panelRegion = ({ seriesName, startMs, endMs, voters }: AnomalyRegion): PanelRegion => ({
  seriesName,
  startMs,
  endMs,
  voters,
});

export function readRegions(annotations: readonly DataFrame[] | undefined): PanelRegion[] {
  return readRegionFrames(annotations ?? []).map(panelRegion);
}

export function regionsFromResults(results: readonly DetectionResult[], fromMs: number): PanelRegion[] {
  return results.flatMap((r) => anomalyRegions(r, fromMs).map(panelRegion));
}

/** Regions grouped by series name. */
export function regionsBySeries(regions: readonly PanelRegion[]): Map<string, PanelRegion[]> {
  const map = new Map<string, PanelRegion[]>();
  for (const r of regions) {
    const list = map.get(r.seriesName) ?? [];
    list.push(r);
    map.set(r.seriesName, list);
  }
  return map;
}
