/*
 * The panel's options, beside their defaults, and the JSON shape of a stored collection
 * (kept in the options so it travels with the dashboard JSON).
 */
import type { LegendDisplayMode, OptionsWithLegend } from '@grafana/schema';

import type { DetectorPreset } from '../components/presetOptions';
import type { CorrelationMethod } from '../engine/similarity';

/** A collection as stored in the dashboard JSON: frozen values with null for a missing value. */
export interface StoredCollection {
  name: string;
  description: string;
  /** The series that was the target when the collection was saved. */
  target: string;
  savedAtMs: number;
  members: Array<{ name: string; values: Array<number | null> }>;
}

/** Legend options are Grafana's own (visibility, list or table, bottom or right, width). */
export interface KalePanelOptions extends OptionsWithLegend {
  /** Detection when the data carries no anomaly fields: a preset, or 'custom' with `detectors`. */
  preset: DetectorPreset;
  detectors: string[];
  /** Votes needed (an integer ≥ 1 is a count, a number in [0, 1) a fraction); 0 = the preset's own. */
  consensus: number;
  method: CorrelationMethod;
  /** Sakoe–Chiba band / lag window as a fraction of the series length. */
  bandFraction: number;
  /** How many correlated series to list. */
  topK: number;
  /** Dashboard variable that receives the target series. */
  variableName: string;
  /** Query refIds whose series are only searched for correlations (the wider correlation query). */
  corpusRefIds: string;
  /** Most series drawn on the chart (the most anomalous first); the lists cover all series. */
  maxDrawnSeries: number;
  /** Expected bands shaded for the target and the previewed series only, or for every drawn series. */
  bands: 'focused' | 'all';
  bandColor: string;
  anomalyColor: string;
  matchColor: string;
  collections: StoredCollection[];
}

export const DEFAULT_PANEL_OPTIONS: KalePanelOptions = {
  preset: 'kale',
  detectors: [],
  consensus: 0,
  method: 'lagged',
  bandFraction: 0.05,
  topK: 10,
  variableName: 'series',
  corpusRefIds: '',
  maxDrawnSeries: 50,
  bands: 'focused',
  bandColor: 'rgba(120, 160, 230, 0.25)',
  anomalyColor: 'red',
  matchColor: 'orange',
  collections: [],
  legend: { showLegend: true, displayMode: 'list' as LegendDisplayMode, placement: 'bottom', calcs: [] },
};
