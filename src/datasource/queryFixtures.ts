/*
 * Test helpers for driving KaleDataSource.query(): series frames over a fixed range and
 * baseline, fake child data sources by uid, and the request and target builders. A test file
 * mocks the child loader and points it at `loadFakeChild`:
 *   jest.mock('./childDataSource', () => ({ loadDataSource: jest.fn() }));
 *   jest.mocked(loadDataSource).mockImplementation(loadFakeChild);
 */
import {
  FieldType,
  LoadingState,
  createDataFrame,
  dateTime,
  type DataFrame,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceApi,
  type DataSourceInstanceSettings,
} from '@grafana/data';
import type { DataSourceRef } from '@grafana/schema';
import { firstValueFrom, last, of, throwError, type Observable } from 'rxjs';

import { KaleDataSource } from './datasource';
import type { KaleDataSourceOptions, KaleQuery } from './types';

export const STEP_MS = 60_000;
export const TO_MS = 1_700_000_000_000;
export const VISIBLE_MS = 2 * 3_600_000;
export const BASELINE_SEC = 6 * 3_600;
export const FROM_MS = TO_MS - VISIBLE_MS;
export const SPIKE_MS = TO_MS - 30 * STEP_MS;

/** A series named `latency{job="<job>"}` from the start of the baseline to the end of the range. */
export function seriesFrameOf(job: string, valueAt: (t: number) => number): DataFrame {
  const times: number[] = [];
  const values: number[] = [];
  for (let t = FROM_MS - BASELINE_SEC * 1000; t <= TO_MS; t += STEP_MS) {
    times.push(t);
    values.push(valueAt(t));
  }
  return createDataFrame({
    refId: 'A',
    fields: [
      { name: 'Time', type: FieldType.time, values: times },
      {
        name: 'Value',
        type: FieldType.number,
        values,
        labels: { job },
        config: { displayNameFromDS: `latency{job="${job}"}` },
      },
    ],
  });
}

/** A seasonal series with one spike at SPIKE_MS. */
export function seriesFrame(job: string, spike = true): DataFrame {
  return seriesFrameOf(job, (t) => 50 + 5 * Math.sin(t / 3_600_000) + (spike && t === SPIKE_MS ? 60 : 0));
}

export function fakeChild(
  uid: string,
  respond: (req: DataQueryRequest) => Observable<DataQueryResponse>
): DataSourceApi {
  return { uid, type: 'prometheus', name: `Prom ${uid}`, query: jest.fn(respond) } as unknown as DataSourceApi;
}

/** The child data sources `loadFakeChild` knows, by uid; tests may add their own. */
export const children: Record<string, DataSourceApi> = {
  prom: fakeChild('prom', () => of({ data: [seriesFrame('api'), seriesFrame('db', false)], state: LoadingState.Done })),
  broken: fakeChild('broken', () => throwError(() => ({ message: 'bad_data: parse error at char 3' }))),
  erroring: fakeChild('erroring', () =>
    of({ data: [], errors: [{ message: 'execution: timeout' }], state: LoadingState.Error })
  ),
  logs: fakeChild('logs', () =>
    of({
      data: [
        createDataFrame({
          name: 'logs',
          fields: [
            { name: 't', type: FieldType.time, values: [FROM_MS] },
            { name: 'line', type: FieldType.string, values: ['hello'] },
          ],
        }),
      ],
    })
  ),
};

/** Stands in for loadDataSource: rejects an unknown uid, as Grafana's DataSourceSrv does. */
export async function loadFakeChild(ref: DataSourceRef): Promise<DataSourceApi> {
  const ds = ref.uid ? children[ref.uid] : undefined;
  if (!ds) {
    throw new Error(`Data source ${ref.uid} was not found`);
  }
  return ds;
}

export function makeDataSource(jsonData: KaleDataSourceOptions = {}) {
  const settings = {
    uid: 'kale',
    name: 'Kale',
    type: 'kale-anomaly-datasource',
    jsonData,
    meta: {},
  } as DataSourceInstanceSettings<KaleDataSourceOptions>;
  return new KaleDataSource(settings);
}

export function request<Q extends KaleQuery>(targets: Q[]): DataQueryRequest<Q> {
  const from = dateTime(FROM_MS);
  const to = dateTime(TO_MS);
  return {
    requestId: 'r1',
    interval: '1m',
    intervalMs: STEP_MS,
    maxDataPoints: 120,
    range: { from, to, raw: { from, to } },
    scopedVars: {},
    targets,
    timezone: 'utc',
    app: 'dashboard',
    startTime: 0,
  };
}

export const target = (refId: string, uid: string, extra: Partial<KaleQuery> = {}): KaleQuery => ({
  refId,
  child: { uid, type: 'prometheus' },
  childQuery: { refId, expr: 'latency' } as KaleQuery['childQuery'],
  preset: 'three-sigma',
  baselineSec: BASELINE_SEC,
  ...extra,
});

export const finalResponse = (ds: KaleDataSource, req: DataQueryRequest<KaleQuery>) =>
  firstValueFrom(ds.query(req).pipe(last()));
