/*
 * The chart's value scales: `y` for the axis on the left (the target's unit) and `y:<unit>` for each
 * other unit (buildChart.ts). The plugins draw and hit-test each series on its own scale.
 */
import type uPlot from 'uplot';

export const VALUE_SCALE = 'y';

/** The scale uPlot series `i` is drawn on. */
export function scaleOfSeries(u: uPlot, i: number): string {
  return u.series[i].scale ?? VALUE_SCALE;
}
