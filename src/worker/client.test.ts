import { expose } from 'comlink';
import { MessageChannel } from 'node:worker_threads';

import { detect } from '../engine/detect';
import { batchFromSeries, seriesAt } from '../engine/series/batch';
import type { BlobWorker } from './createBlobWorker';
import { EngineClient } from './client';
import { createEngineApi } from './engineApi';
import { createWorkerApi } from './workerApi';
import { SLICE_SERIES, type EngineApi } from './protocol';
import { detectDelay } from './slowDetectMock';

jest.mock('../engine/detect', () => jest.requireActual('./slowDetectMock').slowDetectModule());

type FakeWorker = BlobWorker & { fail: (message: string) => void; terminated: boolean };

/** A stand-in for a Blob worker: the engine API exposed over a MessageChannel; `fail` raises an error event. */
function fakeWorker(api: EngineApi): FakeWorker {
  const { port1, port2 } = new MessageChannel();
  expose(api, port2 as never);
  const errorListeners: Array<(event: { message: string; preventDefault: () => void }) => void> = [];
  const worker = {
    postMessage: (message: unknown, transfer?: Transferable[]) => port1.postMessage(message, transfer as never),
    addEventListener: (type: string, listener: never) =>
      type === 'error' ? errorListeners.push(listener) : port1.addEventListener(type as 'message', listener),
    removeEventListener: (type: string, listener: never) => port1.removeEventListener(type as 'message', listener),
    start: () => port1.start(),
  };
  const fake: FakeWorker = {
    worker: worker as unknown as Worker,
    terminated: false,
    fail: (message) => errorListeners.forEach((l) => l({ message, preventDefault: () => undefined })),
    terminate: () => {
      fake.terminated = true;
      port1.close();
      port2.close();
    },
  };
  return fake;
}

const hangingDetect = (): EngineApi => ({ ...createEngineApi('worker'), detect: () => new Promise(() => undefined) });

const batch = () =>
  batchFromSeries([
    {
      name: 'up',
      timesMs: Float64Array.from([1, 2, 3, 4, 5], (t) => t * 60_000),
      values: Float64Array.from([1, 2, 3, 2, 50]),
    },
  ]);

describe('EngineClient', () => {
  it('reuses one worker across jobs', async () => {
    const started: FakeWorker[] = [];
    const client = new EngineClient(() => {
      started.push(fakeWorker(createWorkerApi()));
      return started[started.length - 1];
    });
    const first = await client.detect(batch(), { preset: 'three-sigma' });
    const second = await client.detect(batch(), { preset: 'three-sigma' });
    expect(first.ranIn).toBe('worker');
    expect(second.results[0].anomalous).toEqual(first.results[0].anomalous);
    expect(started).toHaveLength(1);
    client.dispose();
  });

  it("sends back only the visible range, without the detectors' scores, when asked for verdicts", async () => {
    const client = new EngineClient(() => fakeWorker(createWorkerApi()));
    const full = await client.detect(batch(), { preset: 'skyline' });
    const slim = await client.detectVerdicts(batch(), { preset: 'skyline' }, 3 * 60_000);
    expect(slim.ranIn).toBe('worker');
    expect(Array.from(slim.series.timesMs)).toEqual([3, 4, 5].map((t) => t * 60_000));
    expect(Array.from(slim.series.values)).toEqual([3, 2, 50]);
    expect(Array.from(slim.results[0].timesMs)).toEqual(Array.from(slim.series.timesMs));
    expect(Array.from(slim.results[0].score)).toEqual(Array.from(full.results[0].score.subarray(2)));
    expect(slim.results[0].detectors.map((d) => [d.id, Array.from(d.verdicts)])).toEqual(
      full.results[0].detectors.map((d) => [d.id, Array.from(d.verdicts.subarray(2))])
    );
    expect(slim.results[0].detectors.every((d) => !('score' in d))).toBe(true);
    expect(full.results[0].detectors.every((d) => 'score' in d)).toBe(true);
    client.dispose();
  });

  it('turns a worker crash into an error and starts a fresh worker for the next job', async () => {
    const started: FakeWorker[] = [];
    const client = new EngineClient(() => {
      started.push(fakeWorker(started.length === 0 ? hangingDetect() : createEngineApi('worker')));
      return started[started.length - 1];
    });
    const job = client.detect(batch(), { preset: 'three-sigma' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    started[0].fail('out of memory');
    await expect(job).rejects.toThrow('Kale analysis worker crashed: out of memory');
    expect(started[0].terminated).toBe(true);
    const next = await client.detect(batch(), { preset: 'three-sigma' });
    expect(next.ranIn).toBe('worker');
    expect(started).toHaveLength(2);
    client.dispose();
  });

  it('stops a job that runs past its timeout and restarts the worker', async () => {
    const started: FakeWorker[] = [];
    const client = new EngineClient(() => {
      started.push(fakeWorker(started.length === 0 ? hangingDetect() : createEngineApi('worker')));
      return started[started.length - 1];
    });
    await expect(client.detect(batch(), { preset: 'three-sigma' }, { timeoutMs: 50 })).rejects.toThrow(
      /timed out after 0 s; the worker was restarted/
    );
    expect(started[0].terminated).toBe(true);
    await expect(client.detect(batch(), { preset: 'three-sigma' })).resolves.toMatchObject({ ranIn: 'worker' });
    client.dispose();
  });

  it('falls back to the main thread, and says why, when no worker can start', async () => {
    const client = new EngineClient(() => {
      throw new Error('Worker is not defined');
    });
    const response = await client.detect(batch(), { preset: 'three-sigma' });
    expect(response.ranIn).toBe('main-thread');
    expect(response.notices).toEqual([
      'The analysis ran on the main thread because no web worker could start (Worker is not defined).',
    ]);
    const direct = detect(seriesAt(batch(), 0), { preset: 'three-sigma' });
    expect(Array.from(response.results[0].score)).toEqual(Array.from(direct.score));
  });

  it('falls back when the worker fails before answering (a CSP refusing blob: does this)', async () => {
    const client = new EngineClient(() => {
      const fake = fakeWorker({ ...createEngineApi('worker'), ping: () => new Promise(() => undefined) });
      setTimeout(() => fake.fail('refused by CSP'), 5);
      return fake;
    });
    const response = await client.detect(batch(), { preset: 'three-sigma' });
    expect(response.ranIn).toBe('main-thread');
    expect(response.notices[0]).toMatch(/crashed: refused by CSP/);
  });

  it('rejects a job whose signal is already aborted without running it', async () => {
    const client = new EngineClient(() => {
      throw new Error('no worker in this test');
    });
    const abort = new AbortController();
    abort.abort();
    await expect(client.detect(batch(), { preset: 'three-sigma' }, { signal: abort.signal })).rejects.toThrow(
      'Kale analysis cancelled'
    );
  });

  describe('with a slow job', () => {
    const SERIES = 6 * SLICE_SERIES;
    const slowBatch = () =>
      batchFromSeries(
        Array.from({ length: SERIES }, (_, s) => ({
          name: `s${s}`,
          timesMs: Float64Array.from([1, 2, 3, 4, 5], (t) => t * 60_000),
          values: Float64Array.from([1, 2, 3, 2, 50]),
        }))
      );
    beforeAll(() => {
      // comlink passes a callback as a MessagePort; jsdom has no MessageChannel, Node has.
      Object.assign(globalThis, { MessageChannel });
    });
    beforeEach(() => {
      detectDelay.ms = 8;
      jest.mocked(detect).mockClear();
    });
    afterEach(() => {
      detectDelay.ms = 0;
    });

    it("passes the worker's progress reports to onProgress", async () => {
      const client = new EngineClient(() => fakeWorker(createWorkerApi()));
      const reports: Array<[number, number]> = [];
      const response = await client.detect(
        slowBatch(),
        { preset: 'three-sigma' },
        {
          onProgress: (done, total) => reports.push([done, total]),
        }
      );
      expect(response.ranIn).toBe('worker');
      expect(reports.length).toBeGreaterThanOrEqual(1);
      expect(reports.every(([done, total]) => total === SERIES && done > 0 && done < SERIES)).toBe(true);
      client.dispose();
    });

    it('stops the worker job when aborted while it reports progress', async () => {
      const client = new EngineClient(() => fakeWorker(createWorkerApi()));
      const abort = new AbortController();
      const job = client.detect(
        slowBatch(),
        { preset: 'three-sigma' },
        {
          signal: abort.signal,
          onProgress: () => abort.abort(),
        }
      );
      await expect(job).rejects.toThrow('Kale analysis cancelled');
      const analysed = jest.mocked(detect).mock.calls.length;
      expect(analysed).toBeLessThan(SERIES);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(jest.mocked(detect).mock.calls.length).toBe(analysed);
      client.dispose();
    });
  });
});
