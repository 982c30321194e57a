/*
 * The query model of a Kale query variable: an anomaly query plus, in detect mode, which series
 * the variable lists.
 */
import type { KaleQuery } from './types';

/** 'anomalous': the series with an anomaly in the time range; 'all': every series analysed. */
export type VariableValues = 'anomalous' | 'all';

export interface KaleVariableQuery extends KaleQuery {
  /** Detect mode only; correlate mode lists the matched series. */
  values?: VariableValues;
}

export const DEFAULT_VARIABLE_VALUES: VariableValues = 'anomalous';

/** The variable query's refId when Grafana's stored query has none. */
export const VARIABLE_REF_ID = 'variable';
