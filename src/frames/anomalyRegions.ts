/*
 * Anomalous points → annotation regions: each run of consecutive anomalous points at or after
 * `fromMs` becomes one region (start, end) whose text names the peak score and the detectors
 * that voted. Returned as an annotation frame (`meta.dataTopic = 'annotations'`), which Grafana
 * moves to `panelData.annotations` and the Time series panel draws. Beside Grafana's annotation
 * fields it keeps each region's series, peak score and voters as data, which readRegionFrames
 * gives back to the Kale panel and to query variables.
 */
import { DataTopic, FieldType, createDataFrame, type AnnotationEvent, type DataFrame } from '@grafana/data';

import { VERDICT_ANOMALOUS } from '../engine/types';
import type { VerdictResult } from '../worker/protocol';
import { firstAtOrAfter } from './detectionFrames';
import { fieldValues } from './fieldValues';
import { REGION_PEAK_FIELD, REGION_SERIES_FIELD, REGION_VOTERS_FIELD, REGIONS_FRAME } from './fieldNames';

export interface AnomalyRegion {
  seriesName: string;
  startMs: number;
  endMs: number;
  peakScore: number;
  voters: string[];
}

/** Full DetectionResults qualify too: only the detectors' verdicts are read. */
export function anomalyRegions(result: VerdictResult, fromMs: number): AnomalyRegion[] {
  const regions: AnomalyRegion[] = [];
  const { timesMs, anomalous, score } = result;
  let i = firstAtOrAfter(timesMs, fromMs);
  while (i < anomalous.length) {
    if (!anomalous[i]) {
      i++;
      continue;
    }
    const start = i;
    let peak = 0;
    const voters = new Set<string>();
    while (i < anomalous.length && anomalous[i]) {
      peak = Math.max(peak, Number.isNaN(score[i]) ? 0 : score[i]);
      for (const d of result.detectors) {
        if (d.verdicts[i] === VERDICT_ANOMALOUS) {
          voters.add(d.id);
        }
      }
      i++;
    }
    regions.push({
      seriesName: result.name,
      startMs: timesMs[start],
      endMs: timesMs[i - 1],
      peakScore: peak,
      voters: [...voters],
    });
  }
  return regions;
}

export function regionsFrame(regions: readonly AnomalyRegion[], refId: string, tags: string[]): DataFrame {
  return createDataFrame({
    refId,
    name: REGIONS_FRAME,
    meta: { dataTopic: DataTopic.Annotations },
    fields: [
      { name: 'time', type: FieldType.time, values: regions.map((r) => r.startMs) },
      { name: 'timeEnd', type: FieldType.time, values: regions.map((r) => r.endMs) },
      { name: 'isRegion', type: FieldType.boolean, values: regions.map((r) => r.endMs > r.startMs) },
      { name: 'title', type: FieldType.string, values: regions.map((r) => `Anomaly in ${r.seriesName}`) },
      { name: 'text', type: FieldType.string, values: regions.map(regionText) },
      { name: 'tags', type: FieldType.other, values: regions.map(() => tags) },
      { name: REGION_SERIES_FIELD, type: FieldType.string, values: regions.map((r) => r.seriesName) },
      { name: REGION_PEAK_FIELD, type: FieldType.number, values: regions.map((r) => r.peakScore) },
      { name: REGION_VOTERS_FIELD, type: FieldType.other, values: regions.map((r) => r.voters) },
    ],
  });
}

function regionText(r: AnomalyRegion): string {
  const voted = r.voters.length > 0 ? r.voters.join(', ') : 'no single detector (consensus of abstentions)';
  return `${r.seriesName}: peak score ${(r.peakScore * 100).toFixed(0)}%. Voted: ${voted}.`;
}

/** The regions of every `Kale anomalies` frame among `frames`, as regionsFrame wrote them. */
export function readRegionFrames(frames: readonly DataFrame[]): AnomalyRegion[] {
  const regions: AnomalyRegion[] = [];
  for (const frame of frames) {
    if (frame.name !== REGIONS_FRAME) {
      continue;
    }
    const [time, timeEnd, series, peak, voters] = [
      'time',
      'timeEnd',
      REGION_SERIES_FIELD,
      REGION_PEAK_FIELD,
      REGION_VOTERS_FIELD,
    ].map((name) => fieldValues(frame, name));
    for (let i = 0; i < frame.length; i++) {
      regions.push({
        seriesName: String(series[i]),
        startMs: Number(time[i]),
        endMs: Number(timeEnd[i]),
        peakScore: Number(peak[i]),
        voters: Array.isArray(voters[i]) ? voters[i].map(String) : [],
      });
    }
  }
  return regions;
}

/** Reads the events back out of region frames: the data source's annotation support uses this. */
export function eventsFromRegionFrames(frames: readonly DataFrame[]): AnnotationEvent[] {
  const events: AnnotationEvent[] = [];
  for (const frame of frames) {
    if (frame.meta?.dataTopic !== DataTopic.Annotations) {
      continue;
    }
    const [time, timeEnd, isRegion, title, text, tags] = ['time', 'timeEnd', 'isRegion', 'title', 'text', 'tags'].map(
      (name) => fieldValues(frame, name)
    );
    for (let i = 0; i < frame.length; i++) {
      events.push({
        time: time[i],
        timeEnd: timeEnd[i],
        isRegion: isRegion[i],
        title: title[i],
        text: text[i],
        tags: tags[i],
      });
    }
  }
  return events;
}
