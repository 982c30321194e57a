/*
 * The wrapped data source's own query editor, embedded as it is (`ds.components.QueryEditor`),
 * so users write PromQL or Graphite queries exactly as they do today.
 */
import React, { useEffect, useState } from 'react';
import type { CoreApp, DataSourceApi, PanelData, TimeRange } from '@grafana/data';
import type { DataQuery, DataSourceRef } from '@grafana/schema';
import { Alert, LoadingPlaceholder } from '@grafana/ui';

import { loadDataSource } from '../childDataSource';

interface Props {
  child: DataSourceRef;
  query: DataQuery;
  onChange: (query: DataQuery) => void;
  onRunQuery: () => void;
  range?: TimeRange;
  data?: PanelData;
  app?: CoreApp;
}

interface Loaded {
  uid?: string;
  ds?: DataSourceApi;
  error?: string;
}

export function ChildQueryEditor({ child, query, onChange, onRunQuery, range, data, app }: Props) {
  const [loaded, setLoaded] = useState<Loaded>({});

  useEffect(() => {
    let current = true;
    loadDataSource(child)
      .then((ds) => current && setLoaded({ uid: child.uid, ds }))
      .catch(
        (e: unknown) =>
          current && setLoaded({ uid: child.uid, error: `Could not load data source ${child.uid}: ${String(e)}` })
      );
    return () => {
      current = false;
    };
  }, [child]);

  if (loaded.uid !== child.uid) {
    return <LoadingPlaceholder text="Loading the data source's query editor…" />;
  }
  if (loaded.error || !loaded.ds) {
    return <Alert severity="error" title={loaded.error ?? 'Data source not found'} />;
  }
  const ds = loaded.ds;
  const Editor = ds.components?.QueryEditor;
  if (!Editor) {
    return <Alert severity="warning" title={`${ds.name} has no query editor that Kale can embed.`} />;
  }
  return (
    <Editor
      datasource={ds}
      query={{ ...query, datasource: { uid: ds.uid, type: ds.type } }}
      onChange={onChange}
      onRunQuery={onRunQuery}
      range={range}
      data={data}
      app={app}
    />
  );
}
