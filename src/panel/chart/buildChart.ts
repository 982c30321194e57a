/*
 * The chart's uPlot config and data, built with @grafana/ui's UPlotConfigBuilder: one line per
 * drawn series, its expected band as two series without paths that bandsPlugin shades between
 * (composited per pixel column rather than as uPlot band fills), an optional overlaid match,
 * anomalous points and regions (anomalyMarkersPlugin) and a click on a line that picks the series
 * (seriesClickPlugin). The target is emphasised, the others dimmed. As in Grafana's time series
 * panel, series of one unit share a value axis, formatted by their field's display processor (unit,
 * decimals) and limited by its hard Min and Max: the target's (else the first series') unit on the
 * left, each other unit on the right. An overlaid match is rescaled to the target, so it joins the
 * target's axis.
 */
import type { AlignedData } from 'uplot';
import { colorManipulator, formattedValueToString, type DecimalCount, type GrafanaTheme2 } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import {
  AxisPlacement,
  DrawStyle,
  PointVisibility,
  ScaleDirection,
  ScaleOrientation,
  UPlotConfigBuilder,
} from '@grafana/ui';

import { alignColumns } from '../data/alignedData';
import type { OverlaySeries } from '../data/overlayMatch';
import type { PanelSeries } from '../data/panelSeries';
import type { PanelRegion } from '../data/regions';
import { anomalyMarkersPlugin } from './anomalyMarkersPlugin';
import { bandColour, bandsPlugin, type BandFill } from './bandsPlugin';
import { seriesClickPlugin } from './seriesClickPlugin';
import { VALUE_SCALE } from './valueScale';

/** What uPlot series i + 1 shows. */
export interface ChartSlot {
  readonly role: 'value' | 'lower' | 'upper' | 'overlay';
  readonly series: PanelSeries | OverlaySeries;
  readonly color: string;
}

export interface ChartInput {
  readonly theme: GrafanaTheme2;
  readonly timeZone: TimeZone;
  readonly fromMs: number;
  readonly toMs: number;
  readonly series: readonly PanelSeries[];
  readonly colorOf: (name: string) => string;
  readonly target?: string;
  readonly preview?: string;
  readonly overlay?: OverlaySeries;
  readonly bySeries: ReadonlyMap<string, readonly PanelRegion[]>;
  readonly colors: { readonly band: string; readonly anomaly: string; readonly match: string };
  /** Shade every drawn series' band, or only the target's and the previewed one's. */
  readonly allBands: boolean;
  readonly onPick: (name: string) => void;
}

export interface ChartModel {
  readonly builder: UPlotConfigBuilder;
  readonly data: AlignedData;
  readonly slots: readonly ChartSlot[];
}

export function buildChart(input: ChartInput): ChartModel {
  const { theme, series, target, preview, overlay, colors } = input;
  const color = (c: string) => theme.visualization.getColorByName(c);
  const builder = new UPlotConfigBuilder(input.timeZone);
  builder.addScale({
    scaleKey: 'x',
    isTime: true,
    orientation: ScaleOrientation.Horizontal,
    direction: ScaleDirection.Right,
    range: () => [input.fromMs, input.toMs],
  });
  builder.addAxis({ scaleKey: 'x', isTime: true, placement: AxisPlacement.Bottom, theme, timeZone: input.timeZone });
  const focus = target ?? preview;
  const scaleOf = addValueAxes(builder, theme, series, focus);

  const slots: ChartSlot[] = [];
  const bands: BandFill[] = [];
  const line = (s: PanelSeries | OverlaySeries, role: ChartSlot['role'], lineColor: string, lineWidth: number) => {
    const edge = role === 'upper' || role === 'lower';
    builder.addSeries({
      scaleKey: role === 'overlay' ? VALUE_SCALE : (scaleOf.get(s.name) ?? VALUE_SCALE),
      theme,
      drawStyle: DrawStyle.Line,
      lineColor,
      lineWidth,
      fillOpacity: 0,
      showPoints: PointVisibility.Never,
      pointSize: 5,
      spanNulls: false,
      pathBuilder: edge ? () => null : undefined,
    });
    slots.push({ role, series: s, color: lineColor });
    return slots.length;
  };
  for (const s of series) {
    const emphasised = s.name === target || s.name === preview;
    const own = input.colorOf(s.name);
    const shaded = s.lower !== undefined && s.upper !== undefined && (input.allBands || emphasised);
    const upper = shaded ? line(s, 'upper', 'transparent', 0) : 0;
    const lower = shaded ? line(s, 'lower', 'transparent', 0) : 0;
    const dimmed = focus !== undefined && !emphasised;
    const value = line(s, 'value', dimmed ? colorManipulator.alpha(own, 0.35) : own, emphasised ? 2.5 : 1);
    if (shaded) {
      const fill = colorManipulator.alpha(color(colors.band), focus === undefined || emphasised ? 0.35 : 0.08);
      bands.push({ upper, lower, line: value, ...bandColour(fill) });
    }
  }
  bandsPlugin(builder, bands);
  if (overlay) {
    line(overlay, 'overlay', color(colors.match), 2);
  }

  const aligned = alignColumns(
    slots.map((slot) => slot.series.timesMs),
    slots.map((slot) => valuesOf(slot))
  );
  anomalyMarkersPlugin(builder, {
    slots: slots.map((slot) => (slot.role === 'value' ? (input.bySeries.get(slot.series.name) ?? []) : undefined)),
    emphasised: slots.map((slot) => slot.role === 'value' && (focus === undefined || slot.series.name === focus)),
    color: color(colors.anomaly),
  });
  seriesClickPlugin(builder, {
    names: slots.map((slot) => (slot.role === 'value' ? slot.series.name : undefined)),
    onPick: input.onPick,
  });
  const data = [aligned.timesMs, ...aligned.columns] as AlignedData;
  return { builder, data, slots };
}

/** One value scale and axis per unit; returns each series' scale key (absent: VALUE_SCALE). */
function addValueAxes(
  builder: UPlotConfigBuilder,
  theme: GrafanaTheme2,
  series: readonly PanelSeries[],
  focus: string | undefined
): Map<string, string> {
  const first = series.find((s) => s.name === focus) ?? series[0];
  const byUnit = new Map<string, PanelSeries[]>([[first?.unit ?? '', []]]);
  for (const s of series) {
    const group = byUnit.get(s.unit ?? '');
    if (group) {
      group.push(s);
    } else {
      byUnit.set(s.unit ?? '', [s]);
    }
  }
  const scaleOf = new Map<string, string>();
  [...byUnit.values()].forEach((group, index) => {
    const key = index === 0 ? VALUE_SCALE : `${VALUE_SCALE}:${group[0]?.unit ?? ''}`;
    const lead = index === 0 && first ? first : group[0];
    group.forEach((s) => scaleOf.set(s.name, key));
    builder.addScale({
      scaleKey: key,
      orientation: ScaleOrientation.Vertical,
      direction: ScaleDirection.Up,
      min: lead?.min,
      max: lead?.max,
    });
    const display = lead?.display;
    builder.addAxis({
      scaleKey: key,
      placement: index === 0 ? AxisPlacement.Left : AxisPlacement.Right,
      grid: { show: index === 0 },
      theme,
      formatValue: display
        ? (v: number, decimals?: DecimalCount) => formattedValueToString(display(v, decimals))
        : undefined,
    });
  });
  return scaleOf;
}

function valuesOf(slot: ChartSlot): Float64Array {
  if (slot.role === 'upper' || slot.role === 'lower') {
    const s = slot.series as PanelSeries;
    return (slot.role === 'upper' ? s.upper : s.lower) ?? s.values;
  }
  return slot.series.values;
}
