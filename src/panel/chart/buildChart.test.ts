import type uPlot from 'uplot';
import { createTheme, getDisplayProcessor, FieldType, type Field } from '@grafana/data';

import type { PanelSeries } from '../data/panelSeries';
import type { PanelRegion } from '../data/regions';
import { buildChart, type ChartInput } from './buildChart';

const times = Float64Array.from([0, 1000, 2000, 3000]);
const s = (name: string, banded = true): PanelSeries => ({
  name,
  labels: {},
  timesMs: times,
  values: Float64Array.from([1, 2, 10, 2]),
  score: Float64Array.from([0, 0, 1, 0]),
  lower: banded ? Float64Array.from([0, 0, 0, 0]) : undefined,
  upper: banded ? Float64Array.from([3, 3, 3, 3]) : undefined,
});

function input(overrides: Partial<ChartInput> = {}): ChartInput {
  return {
    theme: createTheme(),
    timeZone: 'utc',
    fromMs: 0,
    toMs: 3000,
    series: [s('a'), s('b'), s('c', false)],
    colorOf: () => '#00ff00',
    target: 'b',
    bySeries: new Map<string, PanelRegion[]>([
      ['b', [{ seriesName: 'b', startMs: 2000, endMs: 2000, voters: ['grubbs'] }]],
    ]),
    colors: { band: 'blue', anomaly: 'red', match: 'orange' },
    allBands: false,
    onPick: jest.fn(),
    ...overrides,
  };
}

describe('buildChart', () => {
  it('draws one line per series and the target’s band as two series without paths', () => {
    const { builder, data, slots } = buildChart(input());
    const config = builder.getConfig();
    expect(slots.map((x) => `${x.role}:${x.series.name}`)).toEqual([
      'value:a',
      'upper:b',
      'lower:b',
      'value:b',
      'value:c',
    ]);
    expect(config.series).toHaveLength(1 + slots.length);
    expect(config.bands).toBeUndefined();
    const paths = (i: number) => (config.series[i].paths as (...args: unknown[]) => unknown)({} as uPlot, i, 0, 3);
    expect(paths(2)).toBeNull();
    expect(paths(3)).toBeNull();
    expect(config.hooks!.drawAxes).toHaveLength(1);
    expect(data).toHaveLength(1 + slots.length);
    expect(Array.from(data[2] as Float64Array)).toEqual([3, 3, 3, 3]);
  });

  it('shades every band when asked, and adds the overlaid match last', () => {
    const overlay = { name: 'm', timesMs: times, values: Float64Array.from([1, 1, 1, 1]) };
    const { slots } = buildChart(input({ allBands: true, overlay }));
    expect(slots.filter((x) => x.role === 'upper').map((x) => x.series.name)).toEqual(['a', 'b']);
    expect(slots[slots.length - 1]).toEqual(expect.objectContaining({ role: 'overlay', series: overlay }));
  });

  it('shades the bands of shown lines in the band colour, the target’s stronger, clipped to the plot', () => {
    const { builder, data, slots } = buildChart(
      input({ allBands: true, colors: { band: '#4080c0', anomaly: 'red', match: 'orange' } })
    );
    const put = jest.fn();
    const layer = {
      createImageData: (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
      putImageData: put,
    };
    const getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(layer as never);
    const drawImage = jest.fn();
    const show = slots.map(() => ({ show: true, scale: 'y' }));
    const u = {
      data,
      ctx: { drawImage },
      bbox: { left: 10, top: 5, width: 30, height: 40 },
      series: [{}, ...show],
      scales: { y: { min: 0, max: 4 } },
      // x: 0 … 3000 ms → 10 … 70 px, past the plot's right edge; y: 0 … 4 → 45 … 5 px.
      valToPos: (v: number, key: string) => (key === 'x' ? 10 + v / 50 : 45 - 10 * v),
    } as unknown as uPlot;
    const drawAxes = () => builder.getConfig().hooks!.drawAxes!.forEach((h) => (h as (u: uPlot) => void)(u));
    drawAxes();
    expect(drawImage).toHaveBeenCalledTimes(1);
    // Rows 10 … 40 of the layer hold the bands; they go to the plot's rows 15 … 45.
    expect(drawImage).toHaveBeenLastCalledWith(expect.anything(), 0, 10, 30, 30, 10, 15, 30, 30);
    expect(put).toHaveBeenLastCalledWith(expect.anything(), 0, 0, 0, 10, 30, 30);
    const image = put.mock.calls[0][0] as ImageData;
    const alpha = (row: number, column: number) => image.data[(row * 30 + column) * 4 + 3];
    // Both bands span 0 … 3 (rows 10 … 40); 'b' is the target (0.35), 'a' dimmed (0.08).
    expect(Array.from(image.data.slice((20 * 30 + 15) * 4, (20 * 30 + 15) * 4 + 3))).toEqual([0x40, 0x80, 0xc0]);
    expect(alpha(20, 15)).toBe(Math.round(255 * (1 - 0.65 * 0.92)));
    expect(alpha(5, 15)).toBe(0);
    expect(alpha(20, 29)).toBe(alpha(20, 15));
    expect(image.data).toHaveLength(30 * 40 * 4);

    // Line 'b' hidden: only the dimmed band of 'a' is left.
    (u.series[slots.findIndex((x) => x.role === 'value' && x.series.name === 'b') + 1] as { show: boolean }).show =
      false;
    drawAxes();
    expect(alpha(20, 15)).toBe(Math.round(255 * 0.08));
    // Every line hidden: nothing drawn.
    (u.series[slots.findIndex((x) => x.role === 'value' && x.series.name === 'a') + 1] as { show: boolean }).show =
      false;
    drawAxes();
    expect(drawImage).toHaveBeenCalledTimes(2);
    getContext.mockRestore();
  });

  it('a click on the plot picks the nearest line at the hovered time, and stops listening on destroy', () => {
    const onPick = jest.fn();
    const { builder, data } = buildChart(
      input({ onPick, series: [s('low', false), s('high', false)], target: undefined })
    );
    (data[2] as Float64Array).set([5, 50, 100, 50]);
    const over = document.createElement('div');
    const u = {
      over,
      data,
      cursor: { idx: 2, top: 12 },
      select: { width: 0 },
      series: [{}, { show: true }, { show: true }],
      valToPos: (v: number) => 200 - 2 * v,
    } as unknown as uPlot;
    const hooks = builder.getConfig().hooks!;
    hooks.init!.forEach((h) => (h as (u: uPlot) => void)(u));
    over.click();
    expect(onPick).toHaveBeenLastCalledWith('high');
    (u.cursor as { top: number }).top = 185;
    over.click();
    expect(onPick).toHaveBeenLastCalledWith('low');
    (u.cursor as { top: number }).top = 100;
    over.click();
    expect(onPick).toHaveBeenCalledTimes(2);
    hooks.destroy!.forEach((h) => (h as (u: uPlot) => void)(u));
    (u.cursor as { top: number }).top = 12;
    over.click();
    expect(onPick).toHaveBeenCalledTimes(2);
  });

  it('marks the anomalous points inside each series’ regions and draws them clipped', () => {
    const { builder, data } = buildChart(input({ series: [s('b', false)] }));
    const calls: string[] = [];
    const ctx = new Proxy({} as CanvasRenderingContext2D, {
      get: (_t, key: string) =>
        key in ({} as object) ? undefined : (...args: unknown[]) => calls.push(`${key}(${args.length})`),
      set: () => true,
    });
    const u = {
      data,
      ctx,
      bbox: { left: 0, top: 0, width: 100, height: 50 },
      series: [{}, { show: true }],
      valToPos: (v: number) => v,
    } as unknown as uPlot;
    const hooks = builder.getConfig().hooks!;
    hooks.setData!.forEach((h) => (h as (u: uPlot) => void)(u));
    hooks.draw!.forEach((h) => (h as (u: uPlot) => void)(u));
    expect(calls[0]).toBe('save(0)');
    expect(calls).toContain('clip(0)');
    expect(calls.filter((c) => c.startsWith('arc'))).toHaveLength(1);
    expect(calls[calls.length - 1]).toBe('restore(0)');
  });

  it('gives the value axis the target’s unit, decimals and hard limits, as Grafana’s time series does', () => {
    const theme = createTheme();
    const withUnit = (name: string, unit: string, min?: number, max?: number): PanelSeries => {
      const field = { name, type: FieldType.number, config: { unit, decimals: 0 }, values: [] } as unknown as Field;
      return { ...s(name), display: getDisplayProcessor({ field, theme }), unit, min, max };
    };
    const series = [withUnit('a', 'ms'), withUnit('b', 'bytes', 0, 4096)];
    const axisText = (target?: string) => {
      const config = buildChart(input({ theme, series, target })).builder.getConfig();
      const values = config.axes![1].values as (
        u: uPlot,
        splits: number[],
        i: number,
        space: number,
        incr: number
      ) => string[];
      const range = config.scales!.y.range as (u: uPlot, min: number, max: number, key: string) => number[];
      const u = { scales: { y: { distr: 1 } } } as unknown as uPlot;
      return { text: values({} as uPlot, [2048], 1, 50, 1024)[0], range: range(u, 100, 200, 'y') };
    };
    expect(axisText('b').text).toBe('2 KiB');
    expect(axisText('b').range).toEqual([0, 4096]);
    expect(axisText('a').range[0]).toBeGreaterThan(0);
    expect(axisText(undefined).text).toBe('2 s');
    expect(axisText('nobody').text).toBe('2 s');
  });

  it('gives each unit its own value axis, the focus’s on the left, and each line its unit’s scale', () => {
    const theme = createTheme();
    const withUnit = (name: string, unit?: string): PanelSeries => {
      const field = { name, type: FieldType.number, config: { unit }, values: [] } as unknown as Field;
      return { ...s(name, false), display: getDisplayProcessor({ field, theme }), unit };
    };
    const series = [withUnit('lat', 's'), withUnit('mem', 'bytes'), withUnit('lat2', 's'), withUnit('n')];
    const overlay = { name: 'mem', timesMs: times, values: Float64Array.from([1, 1, 1, 1]) };
    const { builder, slots } = buildChart(input({ theme, series, target: 'mem', overlay }));
    const config = builder.getConfig();
    const axes = config.axes!.slice(1).map((a) => `${a.scale}@${a.side}`);
    expect(axes).toEqual(['y@3', 'y:s@1', 'y:@1']);
    const scales = slots.map((slot, i) => `${slot.role}:${slot.series.name}=${config.series[i + 1].scale}`);
    expect(scales).toEqual(['value:lat=y:s', 'value:mem=y', 'value:lat2=y:s', 'value:n=y:', 'overlay:mem=y']);
    const plain = buildChart(input()).builder.getConfig();
    expect(plain.axes![1].values).toBeUndefined();
  });
});
