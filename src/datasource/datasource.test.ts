import { LoadingState, type DataFrame, type DataQueryResponse } from '@grafana/data';
import { firstValueFrom, of, toArray } from 'rxjs';

import { LOWER_FIELD, REGIONS_FRAME, SCORE_FIELD, UPPER_FIELD } from '../frames/fieldNames';
import { detect } from '../engine/detect';
import { loadDataSource } from './childDataSource';
import {
  BASELINE_SEC,
  FROM_MS,
  SPIKE_MS,
  STEP_MS,
  TO_MS,
  VISIBLE_MS,
  children,
  fakeChild,
  finalResponse,
  loadFakeChild,
  makeDataSource,
  request,
  seriesFrame,
  target,
} from './queryFixtures';
import { detectDelay } from '../worker/slowDetectMock';

jest.mock('./childDataSource', () => ({ loadDataSource: jest.fn() }));

jest.mock('../engine/detect', () => jest.requireActual('../worker/slowDetectMock').slowDetectModule());

jest.mocked(loadDataSource).mockImplementation(loadFakeChild);

describe('KaleDataSource.query', () => {
  it('returns each series with its score and band over the visible range, and the anomaly as a region', async () => {
    const response = await finalResponse(makeDataSource(), request([target('A', 'prom')]));
    expect(response.state).toBe(LoadingState.Done);
    expect(response.errors).toEqual([]);
    const series = response.data.filter((f: DataFrame) => f.name !== REGIONS_FRAME);
    expect(series.map((f: DataFrame) => f.name)).toEqual(['latency{job="api"}', 'latency{job="db"}']);
    const api: DataFrame = series[0];
    expect(api.fields.map((f) => f.name)).toEqual(['Time', 'Value', SCORE_FIELD, LOWER_FIELD, UPPER_FIELD]);
    const times = api.fields[0].values as number[];
    expect(times[0]).toBe(FROM_MS);
    expect(times[times.length - 1]).toBe(TO_MS);
    expect(api.fields[4].config.custom.fillBelowTo).toBe(api.fields[3].config.displayNameFromDS);

    const regions = response.data.find((f: DataFrame) => f.name === REGIONS_FRAME);
    expect(regions.meta.dataTopic).toBe('annotations');
    const starts = regions.fields.find((f: { name: string }) => f.name === 'time').values as number[];
    expect(starts).toContain(SPIKE_MS);
    const texts = regions.fields.find((f: { name: string }) => f.name === 'text').values as string[];
    expect(texts.every((t) => t.startsWith('latency{job="api"}'))).toBe(true);
  });

  it('shows what it did in the query inspector: points, time, where it ran, votes', async () => {
    const response = await finalResponse(makeDataSource(), request([target('A', 'prom')]));
    const meta = response.data[0].meta;
    const stat = (name: string) => meta.stats.find((s: { displayName: string }) => s.displayName.startsWith(name));
    const pointsPerSeries = BASELINE_SEC / 60 + VISIBLE_MS / STEP_MS + 1;
    expect(stat('Points analysed').value).toBe(2 * pointsPerSeries);
    expect(stat('Analysis time (main-thread)').unit).toBe('ms');
    expect(stat('Anomalous votes: three_sigma').value).toBeGreaterThan(0);
    expect(meta.notices.map((n: { text: string }) => n.text).join(' ')).toMatch(/main thread/);
  });

  it('asks the child for the baseline too, under its own request id', async () => {
    await finalResponse(makeDataSource(), request([target('A', 'prom')]));
    const childRequest = jest.mocked(children.prom.query).mock.calls.at(-1)![0];
    expect(childRequest.requestId).toBe('r1-kale-A');
    expect(childRequest.range.from.valueOf()).toBe(FROM_MS - BASELINE_SEC * 1000);
    expect(childRequest.targets).toEqual([
      { refId: 'A', expr: 'latency', datasource: { uid: 'prom', type: 'prometheus' } },
    ]);
  });

  it('turns each failing target into an error naming its cause while the others return', async () => {
    const response = await finalResponse(
      makeDataSource(),
      request([
        target('A', 'prom'),
        target('B', 'broken'),
        target('C', 'erroring'),
        target('D', 'nowhere'),
        target('E', 'logs'),
      ])
    );
    const messages = Object.fromEntries(response.errors!.map((e) => [e.refId, e.message]));
    expect(messages.B).toMatch(/^Kale \(B\): .*parse error/);
    expect(messages.C).toBe('Kale (C): Prom erroring: execution: timeout');
    expect(messages.D).toMatch(/nowhere was not found/);
    expect(messages.E).toBe('Kale (E): Prom logs returned no numeric time series (logs: no number field)');
    expect(response.data.filter((f: DataFrame) => f.refId === 'A').length).toBeGreaterThan(0);
  });

  it('refuses a detector setting the engine does not know, naming it', async () => {
    const childCalls = jest.mocked(children.prom.query).mock.calls.length;
    const response = await finalResponse(
      makeDataSource(),
      request([target('A', 'prom', { preset: 'custom', detectors: ['grubbs', 'nonsense'] })])
    );
    expect(response.errors![0].message).toMatch(/unknown detector "nonsense"/);
    expect(jest.mocked(children.prom.query).mock.calls.length).toBe(childCalls);
  });

  it('refuses a query above the points cap with an error that says how to fix it', async () => {
    const response = await finalResponse(makeDataSource({ maxPoints: 100 }), request([target('A', 'prom')]));
    expect(response.errors![0].message).toMatch(/points, above this data source's cap of 100; narrow the query/);
  });

  it('skips hidden targets and says what to do when no child is chosen', async () => {
    const response = await finalResponse(
      makeDataSource(),
      request([target('A', 'prom', { hide: true }), { refId: 'B' }])
    );
    expect(response.data).toEqual([]);
    expect(response.errors![0].message).toBe('Kale (B): no data source to analyse: pick one in the query editor');
  });

  it('cancels the analysis when the query is unsubscribed', async () => {
    const ds = makeDataSource();
    const detect = jest.spyOn(ds.engine, 'detectVerdicts');
    const many = fakeChild('many', () => of({ data: Array.from({ length: 40 }, (_, i) => seriesFrame(`job${i}`)) }));
    children.many = many;
    // 40 series × 5 ms: the job is still running when the query is unsubscribed.
    detectDelay.ms = 5;
    const subscription = ds.query(request([target('A', 'many')])).subscribe();
    while (detect.mock.calls.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    subscription.unsubscribe();
    detectDelay.ms = 0;
    expect(detect).toHaveBeenCalledTimes(1);
    await expect(detect.mock.results[0].value).rejects.toThrow('Kale analysis cancelled');
  });

  it('sends one Done response, and no progress, for a quick analysis', async () => {
    const responses = await firstValueFrom(
      makeDataSource()
        .query(request([target('A', 'prom')]))
        .pipe(toArray())
    );
    expect(responses.map((r) => r.state)).toEqual([LoadingState.Done]);
  });

  describe('with a slow analysis', () => {
    const SERIES = 40;
    children.slow = fakeChild('slow', () =>
      of({ data: Array.from({ length: SERIES }, (_, i) => seriesFrame(`job${i}`, false)) })
    );
    beforeEach(() => {
      detectDelay.ms = 10;
      jest.mocked(detect).mockClear();
    });
    afterEach(() => {
      detectDelay.ms = 0;
    });
    const notices = (r: DataQueryResponse): string[] =>
      r.data.flatMap((f: DataFrame) => (f.meta?.notices ?? []).map((n) => n.text));

    it('reports its progress in Loading responses under the same key, then one Done response', async () => {
      const responses = await firstValueFrom(
        makeDataSource()
          .query(request([target('A', 'prom'), target('B', 'slow')]))
          .pipe(toArray())
      );
      const loading = responses.slice(0, -1);
      const done = responses[responses.length - 1];
      expect(loading.length).toBeGreaterThanOrEqual(1);
      expect(loading.every((r) => r.state === LoadingState.Loading && r.key === 'r1')).toBe(true);
      expect(done).toMatchObject({ state: LoadingState.Done, key: 'r1', errors: [] });

      const progress = loading.flatMap(notices).filter((text) => text.startsWith('Analysing'));
      expect(progress.length).toBeGreaterThanOrEqual(1);
      const counts = progress.map((text) => Number(/^Analysing (\d+) of 40 series$/.exec(text)?.[1]));
      expect(counts.every((n) => n > 0 && n < SERIES)).toBe(true);
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      // A target that has finished keeps its frames in the Loading responses that follow.
      const last = loading[loading.length - 1];
      expect(last.data.filter((f: DataFrame) => f.refId === 'A' && f.fields.length > 0).length).toBeGreaterThan(0);
      // The running target shows the child's series meanwhile, not an empty frame ("No data").
      const running = loading[0].data.filter((f: DataFrame) => f.refId === 'B');
      expect(running).toHaveLength(SERIES);
      expect(running.every((f: DataFrame) => f.fields.some((field) => field.name === 'Value'))).toBe(true);
      expect(running.every((f: DataFrame) => f.fields.every((field) => field.name !== SCORE_FIELD))).toBe(true);
      expect(notices(done).some((text) => text.startsWith('Analysing'))).toBe(false);
      expect(done.data.filter((f: DataFrame) => f.refId === 'B' && f.name !== REGIONS_FRAME)).toHaveLength(SERIES);
    });

    it('stops the analysis when unsubscribed while it reports progress', async () => {
      const ds = makeDataSource();
      const job = jest.spyOn(ds.engine, 'detectVerdicts');
      const seen: DataQueryResponse[] = [];
      const subscription = ds.query(request([target('B', 'slow')])).subscribe((r) => seen.push(r));
      while (seen.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      subscription.unsubscribe();
      expect(seen[0].state).toBe(LoadingState.Loading);
      await expect(job.mock.results[0].value).rejects.toThrow('Kale analysis cancelled');
      const analysed = jest.mocked(detect).mock.calls.length;
      expect(analysed).toBeLessThan(SERIES);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(jest.mocked(detect).mock.calls.length).toBe(analysed);
    });
  });
});
