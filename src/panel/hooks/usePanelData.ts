/*
 * The panel's data as the lists and the chart use it: series with scores and bands (from the
 * Kale data source, or from the panel's own detection when the data has none), anomalous
 * regions by series, the anomalies list for the visible range, and the correlation corpus.
 */
import { useMemo } from 'react';
import type { GrafanaTheme2, PanelData } from '@grafana/data';

import type { EngineClient } from '../../worker/client';
import { anomalyRows, type AnomalyRow } from '../data/anomalyRows';
import { parseRefIds, readPanelSeries, type PanelSeries } from '../data/panelSeries';
import { readRegions, regionsBySeries, type PanelRegion } from '../data/regions';
import { detectRequestFromOptions } from '../detectRequest';
import type { KalePanelOptions } from '../types';
import { useDetection, type Detection } from './useDetection';

export interface PanelDataModel {
  readonly shown: PanelSeries[];
  readonly corpus: PanelSeries[];
  readonly byName: ReadonlyMap<string, PanelSeries>;
  readonly bySeries: ReadonlyMap<string, PanelRegion[]>;
  readonly rows: AnomalyRow[];
  /** 'data source' when the frames carried scores, else the panel's own detection. */
  readonly source: 'data source' | 'panel';
  readonly detection: Detection;
}

type DetectionOptions = Pick<KalePanelOptions, 'preset' | 'detectors' | 'consensus' | 'corpusRefIds'>;

export function usePanelData(
  client: EngineClient,
  data: PanelData,
  options: DetectionOptions,
  fromMs: number,
  toMs: number,
  theme: GrafanaTheme2
): PanelDataModel {
  const { preset, detectors, consensus, corpusRefIds } = options;
  const read = useMemo(
    () => readPanelSeries(data.series, parseRefIds(corpusRefIds), theme),
    [data.series, corpusRefIds, theme]
  );
  const request = useMemo(
    () => detectRequestFromOptions({ preset, detectors, consensus }),
    [preset, detectors, consensus]
  );
  const detection = useDetection(client, read.shown, !read.hasAnomalyFields, request);
  return useMemo(() => {
    const own = !read.hasAnomalyFields;
    const shown = own && detection.status === 'done' ? detection.series : read.shown;
    const regions = own ? detection.regions : readRegions(data.annotations);
    const bySeries = regionsBySeries(regions);
    const corpus = [...shown, ...read.corpusOnly];
    return {
      shown,
      corpus,
      byName: new Map(corpus.map((s) => [s.name, s])),
      bySeries,
      rows: anomalyRows(shown, bySeries, fromMs, toMs),
      source: own ? 'panel' : 'data source',
      detection,
    };
  }, [read, detection, data.annotations, fromMs, toMs]);
}
