/*
 * query() against children that replay responses recorded from real Prometheus and Graphite
 * servers (tests/fixtures/, see its README), converted the way Grafana converts them.
 */
import { LoadingState, dateTime, type DataFrame, type DataQueryRequest, type DataSourceApi } from '@grafana/data';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTemplateSrv } from '@grafana/runtime';
import { firstValueFrom, last, of } from 'rxjs';

import { graphiteRenderToFrames, promMatrixToFrames } from '../../tests/harness/childFrames';
import { CORRELATIONS_FRAME } from '../frames/correlationFrames';
import { REGIONS_FRAME } from '../frames/fieldNames';
import { loadDataSource } from './childDataSource';
import { KaleDataSource } from './datasource';
import type { KaleQuery } from './types';

jest.mock('./childDataSource', () => ({ loadDataSource: jest.fn() }));
setTemplateSrv({ replace: (text?: string) => text ?? '' } as never);

const FIXTURES = path.resolve(__dirname, '..', '..', 'tests', 'fixtures');
const read = (server: string, file: string) => JSON.parse(readFileSync(path.join(FIXTURES, server, file), 'utf8'));

type Server = 'prometheus' | 'graphite';
const toFrames = (server: Server, body: unknown, refId: string): DataFrame[] =>
  server === 'prometheus' ? promMatrixToFrames(body, refId) : graphiteRenderToFrames(body, refId);
const FILES: Record<Server, Record<string, string>> = {
  prometheus: {
    spike: 'query_range_spike.json',
    latency: 'query_range_cascade_latency.json',
    errors: 'query_range_cascade_errors_rate.json',
  },
  graphite: {
    spike: 'render_spike.json',
    latency: 'render_cascade_latency.json',
    errors: 'render_cascade_errors_rate.json',
  },
};

/** A child whose every query returns the recorded bodies `files`, as frames. */
function replayChild(server: Server, files: string[]): DataSourceApi {
  return {
    uid: server,
    type: server,
    name: `${server} (recorded)`,
    query: (req: DataQueryRequest) =>
      of({
        data: files.flatMap((f) => toFrames(server, read(server, f), req.targets[0].refId)),
        state: LoadingState.Done,
      }),
  } as unknown as DataSourceApi;
}

function request(server: Server, target: KaleQuery): DataQueryRequest<KaleQuery> {
  const manifest = read(server, 'manifest.json');
  const endSec: number = manifest.history.end ?? manifest.history.until;
  const from = dateTime((endSec - 3_600) * 1000);
  const to = dateTime(endSec * 1000);
  return {
    requestId: `rec-${server}`,
    interval: '15s',
    intervalMs: 15_000,
    maxDataPoints: 240,
    range: { from, to, raw: { from, to } },
    scopedVars: {},
    targets: [target],
    timezone: 'utc',
    app: 'dashboard',
    startTime: 0,
  };
}

const dataSource = () =>
  new KaleDataSource({ uid: 'kale', name: 'Kale', type: 'kale-anomaly-datasource', jsonData: {}, meta: {} } as never);

describe.each<Server>(['prometheus', 'graphite'])('recorded %s responses', (server) => {
  const manifest = read(server, 'manifest.json');

  it('flag the latency spike as an anomalous region inside the incident', async () => {
    jest.mocked(loadDataSource).mockResolvedValue(replayChild(server, [FILES[server].spike]));
    const target: KaleQuery = {
      refId: 'A',
      child: { uid: server, type: server },
      preset: 'three-sigma',
      baselineSec: 3_600,
    };
    const response = await firstValueFrom(dataSource().query(request(server, target)).pipe(last()));
    expect(response.errors).toEqual([]);
    const regions = response.data.find((f: DataFrame) => f.name === REGIONS_FRAME) as DataFrame;
    const starts = regions.fields.find((f) => f.name === 'time')!.values as number[];
    const { startSec, endSec } = manifest.incidents.spike;
    expect(starts.some((t) => t >= startSec * 1000 && t <= endSec * 1000)).toBe(true);
  });

  it('find the cascade: the error rate follows the latency with a positive lag', async () => {
    jest.mocked(loadDataSource).mockResolvedValue(replayChild(server, [FILES[server].latency, FILES[server].errors]));
    const latencyName = toFrames(server, read(server, FILES[server].latency), 'A')[0].fields[1].config
      .displayNameFromDS!;
    const target: KaleQuery = {
      refId: 'A',
      child: { uid: server, type: server },
      mode: 'correlate',
      target: latencyName,
      method: 'lagged',
      maxLagPoints: 40,
      baselineSec: 3_600,
    };
    const response = await firstValueFrom(dataSource().query(request(server, target)).pipe(last()));
    expect(response.errors).toEqual([]);
    const table = response.data.find((f: DataFrame) => f.name === CORRELATIONS_FRAME) as DataFrame;
    const column = (name: string) => table.fields.find((f) => f.name === name)!.values;
    expect(column('Series')).toHaveLength(1);
    expect(column('Similarity')[0]).toBeGreaterThan(0.5);
    const lagMs = column('Lag')[0] as number;
    expect(lagMs).toBeGreaterThan(0);
    expect(Math.abs(lagMs - manifest.incidents.cascade.lagSec * 1000)).toBeLessThanOrEqual(90_000);
  });
});
