/*
 * Query variables driven through KaleDataSource.query() with fake children (queryFixtures.ts)
 * and a scripted engine: `detect` calls exactly the points each test lists anomalous.
 */
import {
  FieldType,
  LoadingState,
  VariableSupportType,
  createDataFrame,
  type DataFrame,
  type DataQueryResponse,
} from '@grafana/data';
import { setTemplateSrv } from '@grafana/runtime';
import { lastValueFrom, of, toArray } from 'rxjs';

import { detect } from '../engine/detect';
import { CORRELATIONS_FRAME } from '../frames/correlationFrames';
import { SCORE_FIELD } from '../frames/fieldNames';
import { loadDataSource } from './childDataSource';
import type { KaleDataSource } from './datasource';
import {
  BASELINE_SEC,
  FROM_MS,
  SPIKE_MS,
  STEP_MS,
  TO_MS,
  children,
  fakeChild,
  finalResponse,
  loadFakeChild,
  makeDataSource,
  request,
  seriesFrame,
  seriesFrameOf,
  target,
} from './queryFixtures';
import type { KaleVariableQuery } from './variableQuery';
import { KaleVariableSupport } from './variableSupport';

jest.mock('./childDataSource', () => ({ loadDataSource: jest.fn() }));
jest.mock('../engine/detect', () => ({ ...jest.requireActual('../engine/detect'), detect: jest.fn() }));

jest.mocked(loadDataSource).mockImplementation(loadFakeChild);
setTemplateSrv({ replace: (text?: string) => text ?? '' } as never);

const name = (job: string) => `latency{job="${job}"}`;

/** The scripted engine's calls: per series name, its anomalous points and other scores (time → score). */
let script: Record<string, { anomalous?: Array<[number, number]>; scores?: Array<[number, number]> }> = {};

jest.mocked(detect).mockImplementation((series) => {
  const score = new Float64Array(series.timesMs.length).fill(0.1);
  const anomalous = new Uint8Array(series.timesMs.length);
  const { anomalous: hits = [], scores = [] } = script[series.name] ?? {};
  for (const [t, s] of [...scores, ...hits]) {
    score[series.timesMs.indexOf(t)] = s;
  }
  for (const [t] of hits) {
    anomalous[series.timesMs.indexOf(t)] = 1;
  }
  return { name: series.name, timesMs: series.timesMs, score, anomalous, votes: anomalous, detectors: [], notices: [] };
});

/** The child returns d, a, c, b (not sorted) and a logs frame Kale leaves out. */
children.fleet = fakeChild('fleet', () =>
  of({
    data: [
      seriesFrame('d'),
      seriesFrame('a'),
      createDataFrame({ name: 'logs', fields: [{ name: 'line', type: FieldType.string, values: ['x'] }] }),
      seriesFrame('c'),
      seriesFrame('b'),
    ],
  })
);

function variables(ds: KaleDataSource): KaleVariableSupport {
  if (!(ds.variables instanceof KaleVariableSupport)) {
    throw new Error('the data source has no Kale variable support');
  }
  return ds.variables;
}

async function run(query: KaleVariableQuery, ds = makeDataSource()): Promise<DataQueryResponse> {
  const responses = await lastValueFrom(
    variables(ds)
      .query(request([query]))
      .pipe(toArray())
  );
  expect(responses).toHaveLength(1);
  return responses[0];
}

function texts(response: DataQueryResponse): string[] {
  expect(response.data).toHaveLength(1);
  const frame: DataFrame = response.data[0];
  expect(frame.fields.map((f) => [f.name, f.type])).toEqual([['text', FieldType.string]]);
  return frame.fields[0].values;
}

const MINUTE = (k: number) => SPIKE_MS + k * STEP_MS;

beforeEach(() => {
  script = {};
});

describe('KaleVariableSupport', () => {
  it('is the data source’s custom variable support, defaulting to anomalous series', () => {
    const support = variables(makeDataSource({ defaultChild: { uid: 'prom' } }));
    expect(support.getType()).toBe(VariableSupportType.Custom);
    expect(support.getDefaultQuery()).toMatchObject({ child: { uid: 'prom' }, values: 'anomalous', mode: 'detect' });
  });

  it('runs the variable query as the single target of the data source’s query() and waits for its Done response', async () => {
    const ds = makeDataSource();
    const analysed = (seriesName: string) =>
      createDataFrame({ name: seriesName, fields: [{ name: SCORE_FIELD, type: FieldType.number, values: [0.1] }] });
    const query = jest
      .spyOn(ds, 'query')
      .mockReturnValue(
        of(
          { data: [analysed('early')], state: LoadingState.Loading },
          { data: [analysed('final')], state: LoadingState.Done }
        )
      );
    const response = await run({ ...target('v', 'fleet'), values: 'all', hide: true }, ds);
    expect(query).toHaveBeenCalledTimes(1);
    expect(query.mock.calls[0][0].targets).toEqual([{ ...target('v', 'fleet'), values: 'all', hide: false }]);
    expect(texts(response)).toEqual(['final']);
    expect(response.state).toBe(LoadingState.Done);
  });

  it('lists the series anomalous in the range, highest peak score first, each once', async () => {
    script = {
      [name('a')]: { anomalous: [[MINUTE(0), 0.6]] },
      // Peak 0.95 inside one region of two points.
      [name('b')]: {
        anomalous: [
          [MINUTE(1), 0.7],
          [MINUTE(2), 0.95],
        ],
      },
      // A high score that the engine did not call anomalous counts for nothing.
      [name('c')]: { scores: [[MINUTE(3), 0.99]] },
      // Two regions: 0.5, then 0.8.
      [name('d')]: {
        anomalous: [
          [MINUTE(-10), 0.5],
          [MINUTE(5), 0.8],
        ],
        scores: [[MINUTE(6), 0.97]],
      },
    };
    const response = await run(target('A', 'fleet'));
    expect(response.errors).toEqual([]);
    expect(response.state).toBe(LoadingState.Done);
    expect(texts(response)).toEqual([name('b'), name('d'), name('a')]);
  });

  it("'all' lists every series analysed, in the child's order", async () => {
    script = { [name('b')]: { anomalous: [[MINUTE(0), 0.9]] } };
    const response = await run({ ...target('A', 'fleet'), values: 'all' });
    expect(texts(response)).toEqual([name('d'), name('a'), name('c'), name('b')]);
  });

  it('does not count an anomaly in the baseline before the range, which the child is still asked for', async () => {
    script = {
      [name('a')]: { anomalous: [[FROM_MS - 60 * STEP_MS, 1]] },
      [name('c')]: { anomalous: [[FROM_MS, 0.3]] },
      [name('d')]: { anomalous: [[FROM_MS - STEP_MS, 0.9]] },
    };
    const response = await run(target('A', 'fleet'));
    expect(texts(response)).toEqual([name('c')]);
    const childRequest = jest.mocked(children.fleet.query).mock.calls.at(-1)![0];
    expect(childRequest.range.from.valueOf()).toBe(FROM_MS - BASELINE_SEC * 1000);
    expect(childRequest.range.to.valueOf()).toBe(TO_MS);
  });

  it('an empty result is an empty text frame', async () => {
    const response = await run(target('A', 'fleet'));
    expect(response.errors).toEqual([]);
    expect(texts(response)).toEqual([]);
  });

  it('correlate mode lists the matched series best first, as the table ranks them, without the target', async () => {
    const wave = (t: number) => Math.sin(t / 1_200_000) + 0.3 * Math.sin(t / 300_000);
    const noise = (t: number, seed: number) => {
      const x = Math.sin((t / STEP_MS) * 12.9898 + seed) * 43_758.5453;
      return x - Math.floor(x) - 0.5;
    };
    children.shapes = fakeChild('shapes', () =>
      of({
        data: [
          seriesFrameOf('stranger', (t) => noise(t, 3)),
          seriesFrameOf('cousin', (t) => wave(t) + 1.5 * noise(t, 2)),
          seriesFrameOf('leader', wave),
          seriesFrameOf('twin', (t) => 2 * wave(t) + 0.1 * noise(t, 1)),
        ],
      })
    );
    const query = target('A', 'shapes', { mode: 'correlate', target: '{job="leader"}', method: 'pearson' });
    const response = await run(query);
    expect(response.errors).toEqual([]);
    const names = texts(response);
    expect(names).toEqual([name('twin'), name('cousin'), name('stranger')]);
    const table = (await finalResponse(makeDataSource(), request([query]))).data.find(
      (f: DataFrame) => f.name === CORRELATIONS_FRAME
    );
    expect(table.fields[0].values).toEqual(names);
  });

  it.each([
    ['a failing child', target('A', 'erroring'), 'Kale (A): Prom erroring: execution: timeout'],
    ['no child picked', { refId: 'B' }, 'Kale (B): no data source to analyse: pick one in the query editor'],
    [
      'no numeric series',
      target('C', 'logs'),
      'Kale (C): Prom logs returned no numeric time series (logs: no number field)',
    ],
  ])('%s: the error the query gives, as the variable’s error', async (_case, query, message) => {
    const response = await run(query);
    const viaQuery = await finalResponse(makeDataSource(), request([query]));
    expect(viaQuery.errors?.map((e) => e.message)).toEqual([message]);
    expect(response.errors).toEqual(viaQuery.errors);
    expect(response.errors?.[0].message).toBe(message);
    expect(response.state).toBe(LoadingState.Error);
    expect(texts(response)).toEqual([]);
  });

  it('runs a query Grafana stored as an empty string with the data source’s defaults', async () => {
    const response = await run('' as unknown as KaleVariableQuery);
    expect(response.errors?.[0].message).toBe(
      'Kale (variable): no data source to analyse: pick one in the query editor'
    );
    script = { [name('api')]: { anomalous: [[MINUTE(0), 0.9]] } };
    const withDefault = await run(
      '' as unknown as KaleVariableQuery,
      makeDataSource({ defaultChild: { uid: 'prom' } })
    );
    expect(withDefault.errors).toEqual([]);
    expect(texts(withDefault)).toEqual([name('api')]);
  });
});
