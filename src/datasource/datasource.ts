/*
 * Kale's data source: runs another data source's query (the child), analyses the series it
 * returns in the web worker, and returns frames every Grafana panel can draw. One rxjs pipeline
 * per target; a failing target becomes a DataQueryError naming its cause while the others
 * still return. While an analysis runs, responses stay Loading (same `key`) and carry its
 * progress as a notice; the last response is Done. Modelled on Grafana's Mixed data source
 * (per-target child requests). Query variables run through this same query() (variableSupport.ts).
 */
import {
  DataSourceApi,
  LoadingState,
  type DataFrame,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceInstanceSettings,
  type TestDataSourceResponse,
} from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { Observable, catchError, defer, from, last, map, merge, mergeMap, of, scan } from 'rxjs';

import { detectRequestProblems } from '../engine/detect';
import { seriesAt } from '../engine/series/batch';
import { EngineClient } from '../worker/client';
import { eventsFromRegionFrames } from '../frames/anomalyRegions';
import { batchFromLayout, layoutFrames } from '../frames/fromFrames';
import { loadDataSource } from './childDataSource';
import { childRequest } from './childRequest';
import { runCorrelate } from './correlateTarget';
import { detectRequestFor } from './detectRequest';
import { fromCancellable } from './fromCancellable';
import { runDetect } from './detectTarget';
import type { TargetOutcome } from './targetOutcome';
import { KaleVariableSupport } from './variableSupport';
import {
  DEFAULT_MAX_POINTS,
  DEFAULT_PRESET,
  DEFAULT_QUERY,
  DEFAULT_WORKER_TIMEOUT_SEC,
  type KaleDataSourceOptions,
  type KaleQuery,
} from './types';

export class KaleDataSource extends DataSourceApi<KaleQuery, KaleDataSourceOptions> {
  readonly engine = new EngineClient();
  private readonly options: KaleDataSourceOptions;

  constructor(settings: DataSourceInstanceSettings<KaleDataSourceOptions>) {
    super(settings);
    this.options = settings.jsonData ?? {};
    this.annotations = {
      getDefaultQuery: () => this.getDefaultQuery(),
      processEvents: (_anno, frames) => of(eventsFromRegionFrames(frames)),
    };
    this.variables = new KaleVariableSupport(this);
  }

  getDefaultQuery(): Partial<KaleQuery> {
    return {
      ...DEFAULT_QUERY,
      child: this.options.defaultChild,
      preset: this.options.defaultPreset ?? DEFAULT_QUERY.preset,
      consensus: this.options.defaultConsensus,
      baselineSec: this.options.defaultBaselineSec ?? DEFAULT_QUERY.baselineSec,
    };
  }

  query(request: DataQueryRequest<KaleQuery>): Observable<DataQueryResponse> {
    const targets = request.targets.filter((t) => !t.hide);
    if (targets.length === 0) {
      return of({ data: [], state: LoadingState.Done });
    }
    const indexed = targets.map((t, index) => this.runTarget(request, t).pipe(map((outcome) => ({ index, outcome }))));
    return merge(...indexed).pipe(
      scan(
        (latest, { index, outcome }) => latest.map((o, i) => (i === index ? outcome : o)),
        targets.map((): TargetOutcome | undefined => undefined)
      ),
      map((latest) => ({
        key: request.requestId,
        data: latest.flatMap((o) => o?.data ?? []),
        errors: latest.flatMap((o) => (o?.error ? [o.error] : [])),
        state: latest.every((o) => o && !o.loading) ? LoadingState.Done : LoadingState.Loading,
      }))
    );
  }

  async testDatasource(): Promise<TestDataSourceResponse> {
    const child = this.options.defaultChild;
    if (!child?.uid) {
      return {
        status: 'success',
        message: 'Kale is ready. Pick the data source to analyse in each query (no default child is set).',
      };
    }
    try {
      const ds = await loadDataSource(child);
      return { status: 'success', message: `Kale is ready; new queries analyse "${ds.name}" by default.` };
    } catch (error) {
      return { status: 'error', message: `The default data source ${child.uid} was not found: ${String(error)}` };
    }
  }

  private runTarget(request: DataQueryRequest<KaleQuery>, raw: KaleQuery): Observable<TargetOutcome> {
    const target = { ...this.getDefaultQuery(), ...raw };
    let childName = target.child?.uid ?? 'the child data source';
    return defer(() => {
      if (!target.child?.uid) {
        throw new Error('no data source to analyse: pick one in the query editor');
      }
      const problems = target.mode === 'correlate' ? [] : detectRequestProblems(detectRequestFor(target));
      if (problems.length > 0) {
        throw new Error(problems.join('; '));
      }
      return from(loadDataSource(target.child, request.scopedVars));
    }).pipe(
      mergeMap((child) => {
        childName = child.name;
        const childReq = childRequest(request, target, child, target.baselineSec ?? 0);
        return from(child.query(childReq)).pipe(
          last(),
          map((response) => {
            const failure = response.errors?.[0];
            if (failure) {
              throw new Error(`${child.name}: ${failure.message ?? 'query failed'}`);
            }
            return response.data as DataFrame[];
          })
        );
      }),
      mergeMap((frames) => from(layoutFrames(frames)).pipe(map((layout) => ({ layout, frames })))),
      mergeMap(({ layout, frames }) => {
        const { columns, skipped, points } = layout;
        if (columns.length === 0) {
          const why = skipped.length > 0 ? ` (${skipped.join('; ')})` : '';
          throw new Error(`${childName} returned no numeric time series${why}`);
        }
        const cap = this.options.maxPoints ?? DEFAULT_MAX_POINTS;
        if (points > cap) {
          throw new Error(
            `${childName} returned ${points} points, above this data source's cap of ${cap}; narrow the query or the time range`
          );
        }
        return fromCancellable((signal) => batchFromLayout(layout, signal)).pipe(
          map((batch) => ({ batch, skipped, frames }))
        );
      }),
      mergeMap(({ batch, skipped, frames }): Observable<TargetOutcome> => {
        const fromMs = request.range.from.valueOf();
        const timeoutMs = (this.options.workerTimeoutSec ?? DEFAULT_WORKER_TIMEOUT_SEC) * 1000;
        if (target.mode === 'correlate') {
          return runCorrelate(this.engine, {
            refId: target.refId,
            corpusKey: `${request.requestId}-${target.refId}`,
            series: batch.names.map((_, i) => seriesAt(batch, i)),
            target: getTemplateSrv().replace(target.target ?? '$series', request.scopedVars),
            method: target.method ?? 'lagged',
            topK: target.topK ?? 10,
            maxLagPoints: target.maxLagPoints,
            fromMs,
            timeoutMs,
          }).pipe(map((data) => ({ data })));
        }
        return runDetect(this.engine, {
          refId: target.refId,
          batch,
          preview: frames,
          request: detectRequestFor(target),
          fromMs,
          tags: ['kale', target.preset ?? DEFAULT_PRESET],
          timeoutMs,
          notices: skipped.map((s) => `Left out ${s}`),
        });
      }),
      catchError((error: unknown) =>
        of<TargetOutcome>({
          data: [],
          error: { refId: target.refId, message: `Kale (${target.refId}): ${errorMessage(error)}` },
        })
      )
    );
  }
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }
  if (error && typeof error === 'object' && 'message' in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}
