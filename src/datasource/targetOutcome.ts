/*
 * What one target contributes to a query response: its frames or its error, and whether its
 * analysis is still running (then `data` holds only a progress frame and the response stays
 * Loading).
 */
import type { DataFrame, DataQueryError } from '@grafana/data';

export interface TargetOutcome {
  data: DataFrame[];
  error?: DataQueryError;
  loading?: boolean;
}
