/*
 * Query variables from Kale (Grafana's CustomVariableSupport): the variable's query runs through
 * the data source's own query() as its single target, over the request's time range with the
 * query's baseline before it, and the final response's frames become the variable's options
 * (variableValues.ts). A failing query's error becomes the variable's error, with the query's
 * message.
 */
import { CustomVariableSupport, LoadingState, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { last, map, type Observable } from 'rxjs';

import { VariableQueryEditor } from './components/VariableQueryEditor';
import type { KaleDataSource } from './datasource';
import { DEFAULT_VARIABLE_VALUES, VARIABLE_REF_ID, type KaleVariableQuery } from './variableQuery';
import { namesFrame, variableNames } from './variableValues';

export class KaleVariableSupport extends CustomVariableSupport<KaleDataSource, KaleVariableQuery> {
  readonly editor = VariableQueryEditor;

  constructor(private readonly datasource: KaleDataSource) {
    super();
  }

  getDefaultQuery(): Partial<KaleVariableQuery> {
    return { ...this.datasource.getDefaultQuery(), refId: VARIABLE_REF_ID, values: DEFAULT_VARIABLE_VALUES };
  }

  query(request: DataQueryRequest<KaleVariableQuery>): Observable<DataQueryResponse> {
    // A variable Grafana has just created stores its query as '' until the editor changes it.
    const stored: Partial<KaleVariableQuery> = typeof request.targets[0] === 'object' ? request.targets[0] : {};
    const query: KaleVariableQuery = { ...stored, refId: stored.refId || VARIABLE_REF_ID, hide: false };
    return this.datasource.query({ ...request, targets: [query] }).pipe(
      last(),
      map((response) => {
        const errors = response.errors ?? [];
        return {
          key: response.key,
          data: [namesFrame(variableNames(response.data, query), query.refId)],
          errors,
          state: errors.length > 0 ? LoadingState.Error : LoadingState.Done,
        };
      })
    );
  }
}
