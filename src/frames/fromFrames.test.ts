import { FieldType, createDataFrame, type DataFrame } from '@grafana/data';
import fc from 'fast-check';

import { seriesAt } from '../engine/series/batch';
import { batchFromLayout, layoutFrames } from './fromFrames';

const deepFreeze = <T>(o: T): T => {
  Object.values(o as object).forEach((v) => v && typeof v === 'object' && deepFreeze(v));
  return Object.freeze(o);
};

function promFrame(job: string, values: Array<number | null>): DataFrame {
  return createDataFrame({
    refId: 'A',
    fields: [
      { name: 'Time', type: FieldType.time, values: values.map((_, i) => 1000 * i) },
      { name: 'Value', type: FieldType.number, values, labels: { __name__: 'up', job } },
    ],
  });
}

async function batchOf(frames: DataFrame[]) {
  const layout = await layoutFrames(frames);
  return { layout, batch: await batchFromLayout(layout) };
}

describe('layoutFrames and batchFromLayout', () => {
  it("turns each long frame into a series named by Grafana's display-name rule, nulls as NaN", async () => {
    const frames = deepFreeze([promFrame('api', [1, null, 3]), promFrame('db', [4, 5, 6])]);
    const { layout, batch } = await batchOf(frames);
    expect(layout.skipped).toEqual([]);
    expect(layout.points).toBe(6);
    expect(batch.names).toEqual(['{__name__="up", job="api"}', '{__name__="up", job="db"}']);
    expect(Array.from(batch.offsets)).toEqual([0, 3, 6]);
    expect(Array.from(seriesAt(batch, 0).values)).toEqual([1, NaN, 3]);
    expect(Array.from(seriesAt(batch, 0).timesMs)).toEqual([0, 1000, 2000]);
    expect(batch.labels[1]).toEqual({ __name__: 'up', job: 'db' });
  });

  it('turns every number field of a wide frame into its own series and ignores strings', async () => {
    const frame = createDataFrame({
      name: 'wide',
      fields: [
        { name: 'time', type: FieldType.time, values: [new Date(1), new Date(2)] },
        { name: 'cpu', type: FieldType.number, values: [0.5, 0.6] },
        { name: 'host', type: FieldType.string, values: ['a', 'b'] },
        { name: 'mem', type: FieldType.number, values: [10, 'x'] },
      ],
    });
    const { batch } = await batchOf([frame]);
    expect(batch.names).toEqual(['cpu', 'mem']);
    expect(Array.from(seriesAt(batch, 1).timesMs)).toEqual([1, 2]);
    expect(Array.from(seriesAt(batch, 1).values)).toEqual([10, NaN]);
  });

  it('reports frames it cannot use and skips empty and annotation frames', async () => {
    const noTime = createDataFrame({ name: 'table', fields: [{ name: 'v', type: FieldType.number, values: [1] }] });
    const noNumber = createDataFrame({
      name: 'logs',
      fields: [
        { name: 't', type: FieldType.time, values: [1] },
        { name: 'line', type: FieldType.string, values: ['x'] },
      ],
    });
    const empty = createDataFrame({ fields: [] });
    const annotations = createDataFrame({
      meta: { dataTopic: 'annotations' as never },
      fields: [{ name: 'time', type: FieldType.time, values: [1] }],
    });
    const { layout, batch } = await batchOf([noTime, noNumber, empty, annotations]);
    expect(layout.columns).toEqual([]);
    expect(layout.skipped).toEqual(['table: no time field', 'logs: no number field']);
    expect(batch.names).toEqual([]);
    expect(Array.from(batch.offsets)).toEqual([0]);
  });

  it('copies columns longer than one copy chunk completely, each point once', async () => {
    const n = 70_000;
    const values = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : i / 3));
    const { batch } = await batchOf([promFrame('long', values)]);
    const copied = seriesAt(batch, 0);
    expect(copied.values).toHaveLength(n);
    expect(Array.from(copied.values)).toEqual(values.map((v) => v ?? NaN));
    expect(copied.timesMs[n - 1]).toBe(1000 * (n - 1));
  });

  it('stops copying once its signal is aborted', async () => {
    const layout = await layoutFrames([promFrame('api', [1, 2, 3])]);
    const abort = new AbortController();
    abort.abort();
    await expect(batchFromLayout(layout, abort.signal)).rejects.toThrow('Kale analysis cancelled');
  });

  it('lays every frame out back to back, with values and times as given', async () => {
    const value = fc.oneof(fc.double(), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(value, { minLength: 1, maxLength: 20 }), { maxLength: 8 }), async (all) => {
        const { layout, batch } = await batchOf(all.map((values, i) => promFrame(`job${i}`, values)));
        expect(layout.points).toBe(all.reduce((n, v) => n + v.length, 0));
        all.forEach((values, i) => {
          const s = seriesAt(batch, i);
          expect(Array.from(s.values)).toEqual(values.map((v) => v ?? NaN));
          expect(Array.from(s.timesMs)).toEqual(values.map((_, k) => 1000 * k));
        });
      }),
      { numRuns: 50 }
    );
  });
});
