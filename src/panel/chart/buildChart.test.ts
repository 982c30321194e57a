import type uPlot from 'uplot';
import { createTheme } from '@grafana/data';

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
  it('draws one line per series and the target’s band as two series filled between', () => {
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
    expect(config.bands).toEqual([expect.objectContaining({ series: [2, 3] })]);
    expect(data).toHaveLength(1 + slots.length);
    expect(Array.from(data[2] as Float64Array)).toEqual([3, 3, 3, 3]);
  });

  it('shades every band when asked, and adds the overlaid match last', () => {
    const overlay = { name: 'm', timesMs: times, values: Float64Array.from([1, 1, 1, 1]) };
    const { builder, slots } = buildChart(input({ allBands: true, overlay }));
    expect(builder.getConfig().bands).toHaveLength(2);
    expect(slots[slots.length - 1]).toEqual(expect.objectContaining({ role: 'overlay', series: overlay }));
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
});
