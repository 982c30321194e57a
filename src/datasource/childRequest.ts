/*
 * The request sent to the wrapped (child) data source: the panel's request with the child's
 * query, its own request id (Grafana cancels and de-duplicates by request id), and the time
 * range extended backwards by the baseline so the detectors have history. The interval grows
 * with the range so the child returns about as many points per series as the panel asked for,
 * times the extension, capped where Prometheus would refuse.
 */
import { dateTime, rangeUtil, type DataQueryRequest, type DataSourceApi } from '@grafana/data';
import type { DataQuery } from '@grafana/schema';

import type { KaleQuery } from './types';

/** Prometheus refuses more than 11,000 points per series; stay below. */
export const MAX_POINTS_PER_SERIES = 11_000;

export function childRequest(
  request: DataQueryRequest<KaleQuery>,
  target: KaleQuery,
  child: DataSourceApi,
  baselineSec: number
): DataQueryRequest<DataQuery> {
  const fromMs = request.range.from.valueOf() - baselineSec * 1000;
  const toMs = request.range.to.valueOf();
  const visibleMs = Math.max(1, toMs - request.range.from.valueOf());
  const maxDataPoints = Math.min(
    MAX_POINTS_PER_SERIES,
    Math.ceil((request.maxDataPoints ?? 1000) * ((toMs - fromMs) / visibleMs))
  );
  const intervalMs = Math.max(request.intervalMs, Math.ceil((toMs - fromMs) / maxDataPoints));
  const childQuery: DataQuery = {
    ...(target.childQuery ?? { refId: target.refId }),
    refId: target.refId,
    datasource: { uid: child.uid, type: child.type },
  };
  return {
    ...request,
    requestId: `${request.requestId}-kale-${target.refId}`,
    targets: [childQuery],
    range: { from: dateTime(fromMs), to: request.range.to, raw: { from: dateTime(fromMs), to: request.range.raw.to } },
    maxDataPoints,
    intervalMs,
    interval: rangeUtil.secondsToHms(intervalMs / 1000),
  };
}
