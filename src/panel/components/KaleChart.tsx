/*
 * The time-series chart: UPlotChart over a UPlotConfigBuilder config (see chart/buildChart.ts),
 * Grafana's tooltip, shared crosshair (EventBusPlugin) and keyboard cursor, a legend whose
 * entries pick the target, and the sketch layer on top. The legend follows Grafana's legend options
 * (hidden, list or table, bottom or right); VizLayout sizes it to its rows (at most 35 % of the
 * height, or 60 % of the width on the right, then it scrolls) and gives the plot the rest.
 */
import React, { useMemo, type ComponentProps } from 'react';
import { css } from '@emotion/css';
import type { EventBus } from '@grafana/data';
import type { TimeZone, VizLegendOptions } from '@grafana/schema';
import {
  EventBusPlugin,
  KeyboardPlugin,
  TooltipPlugin2,
  UPlotChart,
  VizLayout,
  VizLegend,
  useStyles2,
  useTheme2,
  type VizLegendItem,
} from '@grafana/ui';

import { buildChart, type ChartInput } from '../chart/buildChart';
import type { SketchPoint } from '../data/sketch';
import { TEST_IDS } from '../testIds';
import { ChartTooltip } from './ChartTooltip';
import { SketchOverlay } from './SketchOverlay';

type ChartParts = Omit<ChartInput, 'theme'>;

interface Props extends ChartParts {
  width: number;
  height: number;
  eventBus: EventBus;
  timeZone: TimeZone;
  legendOptions: VizLegendOptions;
  sketching: boolean;
  sketchStroke: readonly SketchPoint[];
  onSketch: (stroke: SketchPoint[]) => void;
  onSketchCancel: () => void;
}

/** TooltipHoverMode.xOne (a const enum @grafana/ui does not export as a value). */
const HOVER_NEAREST_SERIES = 0 as ComponentProps<typeof TooltipPlugin2>['hoverMode'];

export function KaleChart(props: Props) {
  const { width, height, eventBus, timeZone, legendOptions, sketching, sketchStroke, onSketch, onSketchCancel } = props;
  const { fromMs, toMs, series, colorOf, target, preview, overlay, bySeries, colors, allBands, onPick } = props;
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const model = useMemo(
    () =>
      buildChart({
        theme,
        timeZone,
        fromMs,
        toMs,
        series,
        colorOf,
        target,
        preview,
        overlay,
        bySeries,
        colors,
        allBands,
        onPick,
      }),
    [theme, timeZone, fromMs, toMs, series, colorOf, target, preview, overlay, bySeries, colors, allBands, onPick]
  );
  const legend: VizLegendItem[] = series.map((s) => ({
    label: s.name,
    color: colorOf(s.name),
    yAxis: 1,
    getItemKey: () => s.name,
    disabled: target !== undefined && s.name !== target,
  }));
  const { showLegend, placement, displayMode, width: legendWidth } = legendOptions;
  const legendBox = showLegend ? (
    <VizLayout.Legend placement={placement} maxHeight="35%" maxWidth="60%" width={legendWidth}>
      <VizLegend
        placement={placement}
        displayMode={displayMode}
        items={legend}
        onLabelClick={(item) => onPick(item.label)}
        readonly={false}
      />
    </VizLayout.Legend>
  ) : null;
  return (
    <div
      className={styles.wrap}
      style={{ width }}
      data-testid={TEST_IDS.chart}
      data-drawn={series.length}
      data-target={target ?? ''}
      data-overlay={overlay?.name ?? ''}
    >
      <VizLayout width={width} height={height} legend={legendBox}>
        {(plotWidth, plotHeight) => (
          <div className={styles.plot} style={{ width: plotWidth, height: plotHeight }}>
            <UPlotChart config={model.builder} data={model.data} width={plotWidth} height={plotHeight}>
              <TooltipPlugin2
                config={model.builder}
                hoverMode={HOVER_NEAREST_SERIES}
                render={(u, dataIdxs, seriesIdx) => {
                  const slot = seriesIdx != null ? model.slots[seriesIdx - 1] : undefined;
                  const dataIdx = seriesIdx != null ? dataIdxs[seriesIdx] : dataIdxs.find((d) => d != null);
                  if (!slot || dataIdx == null) {
                    return null;
                  }
                  const timeMs = u.data[0][dataIdx];
                  return (
                    <ChartTooltip
                      slot={slot}
                      timeMs={timeMs}
                      timeZone={timeZone}
                      regions={bySeries.get(slot.series.name) ?? []}
                    />
                  );
                }}
              />
              <EventBusPlugin config={model.builder} eventBus={eventBus} />
              <KeyboardPlugin config={model.builder} />
            </UPlotChart>
            <SketchOverlay
              active={sketching}
              stroke={sketchStroke}
              color={theme.visualization.getColorByName(colors.match)}
              onSketch={onSketch}
              onCancel={onSketchCancel}
            />
          </div>
        )}
      </VizLayout>
    </div>
  );
}

const getStyles = () => ({
  wrap: css({ display: 'flex', flexDirection: 'column', flexShrink: 0, minWidth: 0 }),
  plot: css({ position: 'relative' }),
});
