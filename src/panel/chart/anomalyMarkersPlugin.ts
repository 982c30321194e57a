/*
 * uPlot plugin: anomalous regions shaded across the plot and the anomalous points of each series
 * marked with a ring. Regions and colours come in as arguments; the point indices inside each
 * series' regions are computed in setData; drawing happens in the draw hook inside
 * save/clip/restore, sized by devicePixelRatio. Nothing is kept after destroy.
 */
import type uPlot from 'uplot';
import type { UPlotConfigBuilder } from '@grafana/ui';

import type { PanelRegion } from '../data/regions';
import { scaleOfSeries } from './valueScale';

export interface AnomalyMarkersOptions {
  /** Per uPlot series i + 1: that series' regions, or undefined for bands and overlays. */
  readonly slots: ReadonlyArray<readonly PanelRegion[] | undefined>;
  /** Per slot: draw its regions and points at full strength. */
  readonly emphasised: readonly boolean[];
  readonly color: string;
}

export function anomalyMarkersPlugin(builder: UPlotConfigBuilder, options: AnomalyMarkersOptions): void {
  let marked: number[][] = [];

  builder.addHook('setData', (u: uPlot) => {
    const xs = u.data[0];
    marked = options.slots.map((regions, k) => {
      const ys = u.data[k + 1];
      const hits: number[] = [];
      if (!regions || regions.length === 0) {
        return hits;
      }
      for (let i = 0; i < xs.length; i++) {
        if (ys[i] != null && regions.some((r) => xs[i] >= r.startMs && xs[i] <= r.endMs)) {
          hits.push(i);
        }
      }
      return hits;
    });
  });

  builder.addHook('draw', (u: uPlot) => {
    const dpr = window.devicePixelRatio || 1;
    const { ctx } = u;
    const { left, top, width, height } = u.bbox;
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, width, height);
    ctx.clip();
    options.slots.forEach((regions, k) => {
      if (!regions || !u.series[k + 1]?.show) {
        return;
      }
      ctx.globalAlpha = options.emphasised[k] ? 0.16 : 0.05;
      ctx.fillStyle = options.color;
      for (const r of regions) {
        const x0 = u.valToPos(r.startMs, 'x', true);
        const x1 = Math.max(u.valToPos(r.endMs, 'x', true), x0 + 2 * dpr);
        ctx.fillRect(x0, top, x1 - x0, height);
      }
    });
    ctx.globalAlpha = 1;
    ctx.strokeStyle = options.color;
    ctx.lineWidth = 1.5 * dpr;
    const radius = 3.5 * dpr;
    marked.forEach((indices, k) => {
      if (indices.length === 0 || !u.series[k + 1]?.show) {
        return;
      }
      ctx.globalAlpha = options.emphasised[k] ? 1 : 0.4;
      const ys = u.data[k + 1];
      const scale = scaleOfSeries(u, k + 1);
      ctx.beginPath();
      for (const i of indices) {
        const x = u.valToPos(u.data[0][i], 'x', true);
        const y = u.valToPos(ys[i] as number, scale, true);
        ctx.moveTo(x + radius, y);
        ctx.arc(x, y, radius, 0, 2 * Math.PI);
      }
      ctx.stroke();
    });
    ctx.restore();
  });

  builder.addHook('destroy', () => {
    marked = [];
  });
}
