/*
 * Kale's panel: the chart of the series with their expected bands and anomalies, the anomalies
 * list, and the series correlated with the target (or matching a drawn sketch). Picking a series
 * anywhere makes it the target and writes it to the dashboard variable; collections are saved
 * into the panel's options.
 */
import React, { useDeferredValue, useMemo, useState } from 'react';
import { css } from '@emotion/css';
import { LoadingState, type GrafanaTheme2, type PanelProps } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';

import type { CorrelateOptions, CorrelationHit } from '../../engine/similarity';
import { engineCollections, storeCollection, withCollection } from '../data/collections';
import { drawnSeries } from '../data/drawnSeries';
import { overlayMatch } from '../data/overlayMatch';
import { useCorrelation } from '../hooks/useCorrelation';
import { useEngineClient } from '../hooks/useEngineClient';
import { usePanelData } from '../hooks/usePanelData';
import { useTarget } from '../hooks/useTarget';
import { panelStatus } from '../panelStatus';
import { TEST_IDS } from '../testIds';
import { DEFAULT_PANEL_OPTIONS, type KalePanelOptions } from '../types';
import { AnomalyList } from './AnomalyList';
import { CollectionForm } from './CollectionForm';
import { CorrelationList } from './CorrelationList';
import { KaleChart } from './KaleChart';
import { PanelMessage } from './PanelMessage';
import { panelLayout } from '../layout';
import { PanelToolbar, TOOLBAR_HEIGHT } from './PanelToolbar';

type Props = PanelProps<KalePanelOptions>;

export function KalePanel(props: Props) {
  const { data, width, height, timeRange, timeZone, eventBus, onOptionsChange, replaceVariables } = props;
  const options = useMemo(() => ({ ...DEFAULT_PANEL_OPTIONS, ...props.options }), [props.options]);
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const client = useEngineClient();
  const fromMs = timeRange.from.valueOf();
  const toMs = timeRange.to.valueOf();
  const model = usePanelData(client, data, options, fromMs, toMs, theme);

  const [preview, setPreview] = useState<string>();
  const [sketching, setSketching] = useState(false);
  const [saving, setSaving] = useState(false);
  const {
    target,
    query,
    sketch,
    stroke,
    overlaid,
    pick,
    searchSketch,
    overlay: setOverlaid,
  } = useTarget(
    options.variableName,
    [replaceVariables(`$${options.variableName}`), model.rows[0]?.name],
    model.byName
  );
  const correlateOptions = useMemo<CorrelateOptions>(
    () => ({
      method: options.method,
      bandFraction: options.bandFraction,
      topK: options.topK,
      collections: engineCollections(options.collections),
    }),
    [options.method, options.bandFraction, options.topK, options.collections]
  );
  const correlation = useCorrelation(client, model.corpus, query, correlateOptions);
  const hits = useMemo(
    () => correlation.hits.filter((h) => h.kind === 'collection' || h.name !== (sketch ? undefined : target)),
    [correlation.hits, sketch, target]
  );

  const palette = theme.visualization.palette;
  const colorOf = useMemo(() => {
    const index = new Map(model.shown.map((s, i) => [s.name, i]));
    return (name: string) => theme.visualization.getColorByName(palette[(index.get(name) ?? 0) % palette.length]);
  }, [model.shown, palette, theme]);
  // The chart follows at low priority, so a click's correlation search starts before the chart is rebuilt.
  const chartTarget = useDeferredValue(target);
  const chartPreview = useDeferredValue(preview);
  const drawn = useMemo(
    () => drawnSeries(model.shown, model.rows, options.maxDrawnSeries, [chartTarget, chartPreview]),
    [model.shown, model.rows, options.maxDrawnSeries, chartTarget, chartPreview]
  );
  const targetSeries = target ? model.byName.get(target) : undefined;
  const overlayHit = hits.find((h) => h.kind === 'series' && h.name === overlaid);
  const overlaySeries = overlaid ? model.byName.get(overlaid) : undefined;
  const overlay = useMemo(
    () =>
      targetSeries && overlaySeries && overlayHit
        ? overlayMatch(targetSeries, overlaySeries, overlayHit.lag, overlayHit.anticorrelated ?? false)
        : undefined,
    [targetSeries, overlaySeries, overlayHit]
  );
  const colors = useMemo(
    () => ({ band: options.bandColor, anomaly: options.anomalyColor, match: options.matchColor }),
    [options.bandColor, options.anomalyColor, options.matchColor]
  );
  const stepMs =
    targetSeries && targetSeries.timesMs.length > 1 ? targetSeries.timesMs[1] - targetSeries.timesMs[0] : 0;

  if (model.shown.length === 0) {
    if (data.state === LoadingState.Loading) {
      return <PanelMessage kind="loading" text="Loading data…" />;
    }
    if (data.errors?.length) {
      return (
        <PanelMessage
          kind="error"
          text={`The query failed: ${data.errors.map((e) => e.message ?? 'unknown error').join('; ')}`}
        />
      );
    }
    return (
      <PanelMessage
        kind="empty"
        text="No time series in the selected range. Query any data source: with the Kale data source the scores come with the data, otherwise the panel detects anomalies itself."
      />
    );
  }

  const correlated = hits.filter((h) => h.kind === 'series').flatMap((h) => model.byName.get(h.name) ?? []);
  const layout = panelLayout(width, height - TOOLBAR_HEIGHT);
  const valuesOf = (hit: CorrelationHit) =>
    hit.kind === 'series'
      ? model.byName.get(hit.name)?.values
      : engineCollections(options.collections.filter((c) => c.name === hit.name))[0]?.members[0]?.values;

  return (
    <div className={styles.panel} style={{ width, height }} data-testid={TEST_IDS.panel}>
      <PanelToolbar
        status={panelStatus(model, data, drawn.length)}
        busy={model.detection.status === 'running' || correlation.status === 'running'}
        sketching={sketching}
        canSave={targetSeries !== undefined && !sketch && correlation.status === 'done'}
        onToggleSketch={() => setSketching(!sketching)}
        onSave={() => setSaving(true)}
      />
      {saving && targetSeries && (
        <CollectionForm
          target={targetSeries.name}
          memberCount={correlated.length + 1}
          existing={options.collections.map((c) => c.name)}
          onCancel={() => setSaving(false)}
          onSave={(name, description) => {
            const stored = storeCollection(name, description, targetSeries, correlated, Date.now());
            onOptionsChange({ ...options, collections: withCollection(options.collections, stored) });
            setSaving(false);
          }}
        />
      )}
      <div className={layout.direction === 'stacked' ? styles.stacked : styles.sideBySide}>
        <KaleChart
          width={layout.chart.width}
          height={layout.chart.height}
          eventBus={eventBus}
          timeZone={timeZone}
          legendOptions={options.legend}
          fromMs={fromMs}
          toMs={toMs}
          series={drawn}
          colorOf={colorOf}
          target={chartTarget}
          preview={chartPreview}
          overlay={overlay}
          bySeries={model.bySeries}
          colors={colors}
          allBands={options.bands === 'all'}
          onPick={pick}
          sketching={sketching}
          sketchStroke={stroke}
          onSketch={(s) => {
            setSketching(false);
            searchSketch(s);
          }}
          onSketchCancel={() => setSketching(false)}
        />
        {layout.direction !== 'chart-only' && (
          <div
            className={layout.direction === 'stacked' ? styles.listsBelow : styles.listsBeside}
            style={{ width: layout.lists.width, height: layout.lists.height }}
          >
            <AnomalyList
              rows={model.rows}
              target={target}
              timeZone={timeZone}
              emptyText={
                model.detection.status === 'running' ? 'Detecting anomalies…' : 'No anomalies in the visible range.'
              }
              onPreview={setPreview}
              onPick={pick}
            />
            <CorrelationList
              title={sketch ? 'Matches for the sketch' : target ? `Correlated with ${target}` : 'Correlated series'}
              queryLabel={sketch ? 'sketch' : (target ?? '')}
              correlation={{ ...correlation, hits }}
              emptyText={query ? 'No correlated series.' : 'Click a series to list the series that move with it.'}
              valuesOf={valuesOf}
              stepLabel={(lag) =>
                sketch
                  ? 'shape match'
                  : `lag ${lag > 0 ? '+' : ''}${lag}${stepMs > 0 && lag !== 0 ? ` (${Math.round((lag * stepMs) / 1000)} s)` : ''}`
              }
              overlaid={overlay ? overlaid : undefined}
              color={options.matchColor}
              onPick={pick}
              onOverlay={setOverlaid}
            />
          </div>
        )}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  panel: css({ display: 'flex', flexDirection: 'column', overflow: 'hidden' }),
  stacked: css({ display: 'flex', flexDirection: 'column', minHeight: 0 }),
  sideBySide: css({ display: 'flex', flexDirection: 'row', minHeight: 0 }),
  listsBelow: css({
    display: 'flex',
    gap: theme.spacing(1),
    borderTop: `1px solid ${theme.colors.border.weak}`,
    flexShrink: 0,
  }),
  listsBeside: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    borderLeft: `1px solid ${theme.colors.border.weak}`,
    flexShrink: 0,
  }),
});
