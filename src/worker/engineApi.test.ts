import { detect } from '../engine/detect';
import { batchFromSeries } from '../engine/series/batch';
import { createEngineApi } from './engineApi';
import { PROGRESS_INTERVAL_MS, SLICE_SERIES } from './protocol';
import { detectDelay } from './slowDetectMock';

jest.mock('../engine/detect', () => jest.requireActual('./slowDetectMock').slowDetectModule());

// Every series takes at least 1 ms, so a job spans many progress intervals.
detectDelay.ms = 1;

const batchOf = (count: number) =>
  batchFromSeries(
    Array.from({ length: count }, (_, s) => ({
      name: `s${s}`,
      timesMs: Float64Array.from([1, 2, 3, 4, 5], (t) => t * 60_000),
      values: Float64Array.from([1, 2, 3, 2, 50 + s]),
    }))
  );

describe('createEngineApi().detect progress', () => {
  it('reports progress at slice boundaries, at most once per interval', async () => {
    const count = 30 * SLICE_SERIES;
    const calls: Array<[number, number]> = [];
    const started = performance.now();
    const response = await createEngineApi('main-thread').detect(1, batchOf(count), { preset: 'three-sigma' }, (d, t) =>
      calls.push([d, t])
    );
    const elapsed = performance.now() - started;
    expect(response.results).toHaveLength(count);
    expect(elapsed).toBeGreaterThanOrEqual(count * detectDelay.ms);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(Math.floor(elapsed / PROGRESS_INTERVAL_MS));
    calls.forEach(([done, total], i) => {
      expect(total).toBe(count);
      expect(done % SLICE_SERIES).toBe(0);
      expect(done).toBeGreaterThan(i > 0 ? calls[i - 1][0] : 0);
      expect(done).toBeLessThan(count);
    });
  });

  it('reports nothing for a job shorter than one slice', async () => {
    const onProgress = jest.fn();
    await createEngineApi('main-thread').detect(1, batchOf(SLICE_SERIES), { preset: 'three-sigma' }, onProgress);
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('stops a cancelled job at the next slice boundary', async () => {
    jest.mocked(detect).mockClear();
    const engine = createEngineApi('main-thread');
    const job = engine.detect(7, batchOf(4 * SLICE_SERIES), { preset: 'three-sigma' });
    engine.cancel(7);
    await expect(job).rejects.toThrow('Kale analysis cancelled');
    expect(jest.mocked(detect)).toHaveBeenCalledTimes(SLICE_SERIES);
  });
});
