/*
 * Which series the chart draws: the target and the previewed series first, then the anomalous
 * ones in list order, then the rest in data order, up to `max`.
 */
import type { AnomalyRow } from './anomalyRows';
import type { PanelSeries } from './panelSeries';

export function drawnSeries(
  series: readonly PanelSeries[],
  rows: readonly AnomalyRow[],
  max: number,
  first: ReadonlyArray<string | undefined>
): PanelSeries[] {
  const byName = new Map(series.map((s) => [s.name, s]));
  const order = [
    ...first.filter((n): n is string => n !== undefined),
    ...rows.map((r) => r.name),
    ...series.map((s) => s.name),
  ];
  const picked = new Set<string>();
  for (const name of order) {
    if (picked.size >= Math.max(1, max)) {
      break;
    }
    if (byName.has(name)) {
      picked.add(name);
    }
  }
  // Keep data order on the chart so colours stay put when the target changes.
  return series.filter((s) => picked.has(s.name));
}
