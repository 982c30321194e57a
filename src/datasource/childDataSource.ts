/*
 * Loads a data source instance by reference. One place for Grafana's DataSourceSrv: its `get` is
 * deprecated in @grafana/runtime 13.1 in favour of `@grafana/runtime/unstable`, which Grafana
 * 12.3–13.0 (which this plugin supports) do not provide.
 */
import type { DataSourceApi, ScopedVars } from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';
import type { DataSourceRef } from '@grafana/schema';

export function loadDataSource(ref: DataSourceRef, scopedVars?: ScopedVars): Promise<DataSourceApi> {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the replacement does not exist before Grafana 13.1 (see header)
  return getDataSourceSrv().get(ref, scopedVars);
}
