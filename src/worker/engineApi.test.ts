import { detect } from '../engine/detect';
import { batchFromSeries } from '../engine/series/batch';
import { createEngineApi } from './engineApi';
import { PROGRESS_INTERVAL_MS, SLICE_SERIES } from './protocol';

/** Extra time each series' detection takes, so a job spans many progress intervals. */
const mockDetectDelayMs = 1;
jest.mock('../engine/detect', () => {
  const actual = jest.requireActual('../engine/detect');
  return {
    ...actual,
    detect: jest.fn((...args: unknown[]) => {
      const until = performance.now() + mockDetectDelayMs;
      while (performance.now() < until) {
        // busy: the engine's own work is synchronous too
      }
      return actual.detect(...args);
    }),
  };
});

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
    expect(elapsed).toBeGreaterThanOrEqual(count * mockDetectDelayMs);
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
