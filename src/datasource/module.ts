import { DataSourcePlugin } from '@grafana/data';

import { ConfigEditor } from './components/ConfigEditor';
import { QueryEditor } from './components/QueryEditor';
import { KaleDataSource } from './datasource';
import type { KaleDataSourceOptions, KaleQuery } from './types';

export const plugin = new DataSourcePlugin<KaleDataSource, KaleQuery, KaleDataSourceOptions>(KaleDataSource)
  .setConfigEditor(ConfigEditor)
  .setQueryEditor(QueryEditor);
