/*
 * The anomaly query model and the data source's settings, each beside its defaults.
 * A query wraps another data source's query (`childQuery` for `child`) and says what to do with
 * the series it returns.
 */
import type { DataSourceJsonData } from '@grafana/data';
import type { DataQuery, DataSourceRef } from '@grafana/schema';

import type { DetectorPreset } from '../components/presetOptions';

export type { DetectorPreset } from '../components/presetOptions';

export type KaleMode = 'detect' | 'correlate';
export type CorrelationMethod = 'pearson' | 'dtw' | 'lagged' | 'oculus';

export interface KaleQuery extends DataQuery {
  /** The wrapped data source; the data source's default child when absent. */
  child?: DataSourceRef;
  /** The child's own query, exactly as its editor writes it. */
  childQuery?: DataQuery;
  mode?: KaleMode;
  preset?: DetectorPreset;
  /** Detector ids when `preset` is 'custom'. */
  detectors?: string[];
  /** Votes needed to call a point anomalous; the preset's own when absent. */
  consensus?: number;
  /**
   * 0–1, higher flags more: a point is anomalous when its combined score ≥ 1 − sensitivity,
   * in place of the consensus rule. Absent: the preset's own rule.
   */
  sensitivity?: number;
  /** History queried before the visible range to feed the analysis, in seconds. */
  baselineSec?: number;
  /** Correlate mode: the series to correlate with (a name, a label matcher or `$series`). */
  target?: string;
  method?: CorrelationMethod;
  topK?: number;
  maxLagPoints?: number;
}

/** The detectors a new query uses: our own ensemble. */
export const DEFAULT_PRESET = 'kale' satisfies DetectorPreset;

export const DEFAULT_QUERY: Partial<KaleQuery> = {
  mode: 'detect',
  preset: DEFAULT_PRESET,
  baselineSec: 86_400,
  method: 'lagged',
  topK: 10,
};

export interface KaleDataSourceOptions extends DataSourceJsonData {
  /** The child data source a new query starts with. */
  defaultChild?: DataSourceRef;
  defaultPreset?: DetectorPreset;
  defaultConsensus?: number;
  defaultBaselineSec?: number;
  /** A query whose child returns more points than this is refused with an error. */
  maxPoints?: number;
  /** An analysis running longer than this is stopped and the worker restarted. */
  workerTimeoutSec?: number;
}

export const DEFAULT_MAX_POINTS = 5_000_000;
export const DEFAULT_WORKER_TIMEOUT_SEC = 120;
