import { dateTime, type DataQueryRequest, type DataSourceApi } from '@grafana/data';

import { MAX_POINTS_PER_SERIES, childRequest } from './childRequest';
import type { KaleQuery } from './types';

const HOUR_MS = 3_600_000;
const TO_MS = 1_700_000_000_000;

function request(maxDataPoints: number): DataQueryRequest<KaleQuery> {
  const from = dateTime(TO_MS - HOUR_MS);
  const to = dateTime(TO_MS);
  return {
    requestId: 'Q42',
    interval: '4s',
    intervalMs: 3_600,
    maxDataPoints,
    range: { from, to, raw: { from: 'now-1h', to: 'now' } },
    scopedVars: { series: { text: 'a', value: 'a' } },
    targets: [],
    timezone: 'utc',
    app: 'dashboard',
    startTime: 0,
  };
}

const child = { uid: 'prom', type: 'prometheus' } as DataSourceApi;
const target: KaleQuery = {
  refId: 'B',
  childQuery: { refId: 'x', expr: 'rate(http_requests_total[5m])' } as KaleQuery['childQuery'],
};

describe('childRequest', () => {
  it('extends the range back by the baseline and keeps the child query, with its own request id', () => {
    const req = childRequest(request(1000), target, child, 86_400);
    expect(req.range.from.valueOf()).toBe(TO_MS - HOUR_MS - 86_400_000);
    expect(req.range.to.valueOf()).toBe(TO_MS);
    expect(req.requestId).toBe('Q42-kale-B');
    expect(req.targets).toEqual([
      { refId: 'B', expr: 'rate(http_requests_total[5m])', datasource: { uid: 'prom', type: 'prometheus' } },
    ]);
    expect(req.scopedVars).toEqual({ series: { text: 'a', value: 'a' } });
  });

  it('asks for proportionally more points, capped below what Prometheus refuses', () => {
    const small = childRequest(request(100), target, child, 3_600);
    expect(small.maxDataPoints).toBe(200);
    expect(small.intervalMs).toBe(36_000);
    expect(small.interval).toBe('36s');
    const capped = childRequest(request(1000), target, child, 86_400);
    expect(capped.maxDataPoints).toBe(MAX_POINTS_PER_SERIES);
    expect((capped.range.to.valueOf() - capped.range.from.valueOf()) / capped.intervalMs).toBeLessThanOrEqual(
      MAX_POINTS_PER_SERIES
    );
  });

  it('leaves the range alone without a baseline', () => {
    const req = childRequest(request(500), target, child, 0);
    expect(req.range.from.valueOf()).toBe(TO_MS - HOUR_MS);
    expect(req.maxDataPoints).toBe(500);
    expect(req.intervalMs).toBe(7_200);
  });
});
