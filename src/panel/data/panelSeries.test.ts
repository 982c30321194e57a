import { FieldType, createDataFrame, createTheme, formattedValueToString, type DataFrame } from '@grafana/data';

import { LOWER_FIELD, SCORE_FIELD, UPPER_FIELD } from '../../frames/fieldNames';
import { parseRefIds, readPanelSeries } from './panelSeries';

const kaleFrame = (name: string, refId = 'A'): DataFrame =>
  createDataFrame({
    refId,
    name,
    fields: [
      { name: 'Time', type: FieldType.time, values: [1000, 2000, 3000] },
      {
        name: 'Value',
        type: FieldType.number,
        values: [1, null, 3],
        labels: { job: 'x' },
        config: { displayNameFromDS: name },
      },
      { name: SCORE_FIELD, type: FieldType.number, values: [0.1, 0.9, 0.2] },
      { name: LOWER_FIELD, type: FieldType.number, values: [0, 0, 0] },
      { name: UPPER_FIELD, type: FieldType.number, values: [5, 5, 5] },
    ],
  });

describe('readPanelSeries', () => {
  it('reads value, score and band of a Kale frame; null becomes NaN', () => {
    const { shown, hasAnomalyFields } = readPanelSeries([kaleFrame('cpu')]);
    expect(hasAnomalyFields).toBe(true);
    expect(shown).toHaveLength(1);
    const s = shown[0];
    expect(s.name).toBe('cpu');
    expect(s.labels).toEqual({ job: 'x' });
    expect(Array.from(s.timesMs)).toEqual([1000, 2000, 3000]);
    expect(Array.from(s.values)).toEqual([1, NaN, 3]);
    expect(Array.from(s.score!)).toEqual([0.1, 0.9, 0.2]);
    expect(Array.from(s.upper!)).toEqual([5, 5, 5]);
  });

  it('plain wide frames give one series per number field, without scores', () => {
    const frame = createDataFrame({
      fields: [
        { name: 'time', type: FieldType.time, values: [1, 2] },
        { name: 'a', type: FieldType.number, values: [1, 2] },
        { name: 'b', type: FieldType.number, values: [3, 4] },
        { name: 'note', type: FieldType.string, values: ['x', 'y'] },
      ],
    });
    const { shown, hasAnomalyFields } = readPanelSeries([frame]);
    expect(hasAnomalyFields).toBe(false);
    expect(shown.map((s) => s.name)).toEqual(['a', 'b']);
    expect(shown.every((s) => s.score === undefined && s.lower === undefined)).toBe(true);
  });

  it('keeps the correlation-only queries apart and skips annotation and time-less frames', () => {
    const annotations = createDataFrame({
      meta: { dataTopic: 'annotations' as never },
      fields: [{ name: 'time', type: FieldType.time, values: [1] }],
    });
    const noTime = createDataFrame({ fields: [{ name: 'v', type: FieldType.number, values: [1] }] });
    const { shown, corpusOnly } = readPanelSeries(
      [kaleFrame('a'), kaleFrame('wide', 'B'), annotations, noTime],
      parseRefIds(' B , ')
    );
    expect(shown.map((s) => s.name)).toEqual(['a']);
    expect(corpusOnly.map((s) => s.name)).toEqual(['wide']);
  });

  it('gives duplicate names a suffix so every series can be picked', () => {
    expect(readPanelSeries([kaleFrame('x'), kaleFrame('x')]).shown.map((s) => s.name)).toEqual(['x', 'x (2)']);
  });

  it('does not mutate its input', () => {
    const frames = Object.freeze([kaleFrame('cpu')]);
    const before = JSON.stringify(frames);
    readPanelSeries(frames);
    expect(JSON.stringify(frames)).toBe(before);
  });

  it('gives nothing for no frames', () => {
    expect(readPanelSeries([])).toEqual({ shown: [], corpusOnly: [], hasAnomalyFields: false });
  });

  describe('time arrays', () => {
    const frame = (name: string, times: unknown[]): DataFrame =>
      createDataFrame({
        name,
        fields: [
          { name: 'Time', type: FieldType.time, values: times },
          { name: 'Value', type: FieldType.number, values: times.map(() => 1), config: { displayNameFromDS: name } },
        ],
      });

    it('frames holding the same times (as distinct arrays, numbers or Dates) share one timesMs', () => {
      const { shown } = readPanelSeries([
        frame('a', [1000, 2000, 3000]),
        frame('b', [1000, 2000, 3000]),
        frame('c', [new Date(1000), new Date(2000), new Date(3000)]),
      ]);
      expect(shown[1].timesMs).toBe(shown[0].timesMs);
      expect(shown[2].timesMs).toBe(shown[0].timesMs);
      expect(Array.from(shown[2].timesMs)).toEqual([1000, 2000, 3000]);
    });

    it('frames with other times, lengths or a missing time keep their own', () => {
      const { shown } = readPanelSeries([
        frame('a', [1000, 2000, 3000]),
        frame('b', [1000, 2000, 3001]),
        frame('c', [1000, 2000]),
        frame('d', [1000, 2000]),
        frame('e', [1000, null]),
        frame('f', [1000, null]),
      ]);
      expect(Array.from(shown[1].timesMs)).toEqual([1000, 2000, 3001]);
      expect(shown[1].timesMs).not.toBe(shown[0].timesMs);
      expect(Array.from(shown[2].timesMs)).toEqual([1000, 2000]);
      expect(shown[3].timesMs).toBe(shown[2].timesMs);
      expect(Array.from(shown[4].timesMs)).toEqual([1000, NaN]);
      expect(shown[5].timesMs).not.toBe(shown[4].timesMs);
    });
  });

  describe('standard options', () => {
    const withConfig = (config: Record<string, unknown>, display?: (v: unknown) => { text: string; numeric: number }) =>
      createDataFrame({
        name: 'mem',
        fields: [
          { name: 'Time', type: FieldType.time, values: [1000, 2000] },
          { name: 'Value', type: FieldType.number, values: [1024, 2048], config, display },
        ],
      });

    it('makes a display processor from the field config (unit, decimals) when Grafana has not', () => {
      const frame = withConfig({ unit: 'bytes', decimals: 1, min: 0, max: 4096 });
      const [s] = readPanelSeries([frame], new Set(), createTheme()).shown;
      expect(formattedValueToString(s.display!(1536))).toBe('1.5 KiB');
      expect([s.min, s.max]).toEqual([0, 4096]);
    });

    it('keeps Grafana’s own display processor (field overrides applied) over its own', () => {
      const display = (v: unknown) => ({ text: `<${String(v)}>`, numeric: Number(v) });
      const [s] = readPanelSeries([withConfig({ unit: 'bytes' }, display)], new Set(), createTheme()).shown;
      expect(formattedValueToString(s.display!(7))).toBe('<7>');
    });

    it('names a series by the Display name option before the data source’s name', () => {
      const frame = kaleFrame('cpu');
      frame.fields[1].config.displayName = 'CPU busy';
      expect(readPanelSeries([frame]).shown[0].name).toBe('CPU busy');
      expect(readPanelSeries([kaleFrame('cpu')]).shown[0].name).toBe('cpu');
    });

    it('without a theme or limits: no processor, and no Min or Max (a non-finite one is ignored)', () => {
      const [s] = readPanelSeries([withConfig({ min: NaN, max: null })]).shown;
      expect(s.display).toBeUndefined();
      expect([s.min, s.max]).toEqual([undefined, undefined]);
    });
  });
});
