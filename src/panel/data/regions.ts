/*
 * Anomalous regions as the panel uses them: which series, when, and which detectors voted.
 * Read back from the data source's `Kale anomalies` annotation frames (the voters are named in
 * the region text, "…Voted: a, b."), or made from the panel's own detection results.
 */
import type { DataFrame } from '@grafana/data';

import { anomalyRegions } from '../../frames/anomalyRegions';
import { REGIONS_FRAME } from '../../frames/fieldNames';
import type { DetectionResult } from '../../engine/types';

export interface PanelRegion {
  readonly seriesName: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly voters: readonly string[];
}

const TITLE_PREFIX = 'Anomaly in ';
const VOTED = /Voted: ([^.]*)\.?$/;

export function readRegions(annotations: readonly DataFrame[] | undefined): PanelRegion[] {
  const regions: PanelRegion[] = [];
  for (const frame of annotations ?? []) {
    if (frame.name !== REGIONS_FRAME) {
      continue;
    }
    const column = (name: string) => frame.fields.find((f) => f.name === name)?.values ?? [];
    const [time, timeEnd, title, text] = ['time', 'timeEnd', 'title', 'text'].map(column);
    for (let i = 0; i < frame.length; i++) {
      const t = String(title[i] ?? '');
      const body = String(text[i] ?? '');
      const seriesName = t.startsWith(TITLE_PREFIX) ? t.slice(TITLE_PREFIX.length) : body.split(': ')[0];
      const voted = VOTED.exec(body)?.[1] ?? '';
      const voters = voted.includes('consensus of abstentions') ? [] : voted.split(', ').filter((v) => v !== '');
      const startMs = Number(time[i]);
      const endMs = Number(timeEnd[i] ?? time[i]);
      regions.push({ seriesName, startMs, endMs: Number.isFinite(endMs) ? endMs : startMs, voters });
    }
  }
  return regions;
}

export function regionsFromResults(results: readonly DetectionResult[], fromMs: number): PanelRegion[] {
  return results.flatMap((r) =>
    anomalyRegions(r, fromMs).map(({ seriesName, startMs, endMs, voters }) => ({ seriesName, startMs, endMs, voters }))
  );
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
