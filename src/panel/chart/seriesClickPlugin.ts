/*
 * uPlot plugin: a click on the plot picks the line nearest the pointer (within 30 CSS px, at the
 * hovered time), so clicking a series' line makes it the target. Names come in as arguments;
 * the listener is added on init and removed on destroy. A drag (zoom selection) is not a click.
 */
import type uPlot from 'uplot';
import type { UPlotConfigBuilder } from '@grafana/ui';
import { scaleOfSeries } from './valueScale';

export interface SeriesClickOptions {
  /** Per uPlot series i + 1: the name it picks, or undefined when it is not pickable. */
  readonly names: ReadonlyArray<string | undefined>;
  readonly onPick: (name: string) => void;
}

const PROXIMITY_PX = 30;

export function seriesClickPlugin(builder: UPlotConfigBuilder, options: SeriesClickOptions): void {
  let detach: (() => void) | undefined;

  builder.addHook('init', (u: uPlot) => {
    const onClick = () => {
      const idx = u.cursor.idx;
      const top = u.cursor.top;
      if (idx == null || top == null || top < 0 || u.select.width > 1) {
        return;
      }
      let best: string | undefined;
      let bestDistance = PROXIMITY_PX;
      options.names.forEach((name, k) => {
        const v = u.data[k + 1][idx];
        if (name === undefined || v == null || !u.series[k + 1].show) {
          return;
        }
        const distance = Math.abs(u.valToPos(v, scaleOfSeries(u, k + 1)) - top);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = name;
        }
      });
      if (best !== undefined) {
        options.onPick(best);
      }
    };
    u.over.addEventListener('click', onClick);
    detach = () => u.over.removeEventListener('click', onClick);
  });

  builder.addHook('destroy', () => {
    detach?.();
    detach = undefined;
  });
}
