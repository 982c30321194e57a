import { FieldType, createDataFrame, type DataFrame } from '@grafana/data';

import { seriesFromFrames } from './fromFrames';

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

describe('seriesFromFrames', () => {
  it("turns each long frame into a series named by Grafana's display-name rule, nulls as NaN", () => {
    const frames = deepFreeze([promFrame('api', [1, null, 3]), promFrame('db', [4, 5, 6])]);
    const { series, skipped } = seriesFromFrames(frames);
    expect(skipped).toEqual([]);
    expect(series.map((s) => s.name)).toEqual(['{__name__="up", job="api"}', '{__name__="up", job="db"}']);
    expect(Array.from(series[0].values)).toEqual([1, NaN, 3]);
    expect(Array.from(series[0].timesMs)).toEqual([0, 1000, 2000]);
    expect(series[1].labels).toEqual({ __name__: 'up', job: 'db' });
  });

  it('turns every number field of a wide frame into its own series and ignores strings', () => {
    const frame = createDataFrame({
      name: 'wide',
      fields: [
        { name: 'time', type: FieldType.time, values: [1, 2] },
        { name: 'cpu', type: FieldType.number, values: [0.5, 0.6] },
        { name: 'host', type: FieldType.string, values: ['a', 'b'] },
        { name: 'mem', type: FieldType.number, values: [10, 11] },
      ],
    });
    const { series } = seriesFromFrames([frame]);
    expect(series.map((s) => s.name)).toEqual(['cpu', 'mem']);
    expect(Array.from(series[1].values)).toEqual([10, 11]);
  });

  it('reports frames it cannot use and skips empty and annotation frames', () => {
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
    const { series, skipped } = seriesFromFrames([noTime, noNumber, empty, annotations]);
    expect(series).toEqual([]);
    expect(skipped).toEqual(['table: no time field', 'logs: no number field']);
  });
});
