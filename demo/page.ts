/*
 * The demo page: the provisioned dashboard "Kale — anomalies and correlations" without a
 * Grafana server. It loads the built plugin (dist/) the way Grafana does, answers the
 * dashboard's Prometheus and Graphite queries from the metrics generator (or from real servers
 * through the demo server's proxy), runs every panel's Kale queries through the built data
 * source, and renders each panel with Kale's panel.
 */
import '../tests/harness/host';

import {
  EventBusSrv,
  FieldType,
  LoadingState,
  PanelOptionsEditorBuilder,
  applyFieldOverrides,
  createTheme,
  dateTime,
  displayNameOverrideProcessor,
  numberOverrideProcessor,
  standardEditorsRegistry,
  standardFieldConfigEditorRegistry,
  stringOverrideProcessor,
  unitOverrideProcessor,
  type Field,
  type FieldConfigPropertyItem,
  type DataQueryRequest,
  type DataQueryResponse,
  type FieldConfigOptionsRegistry,
  type FieldConfigSource,
  type PanelProps,
} from '@grafana/data';
import { setDataSourceSrv, setTemplateSrv } from '@grafana/runtime';
import { GlobalStyles, ThemeContext } from '@grafana/ui';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { lastValueFrom, type Observable } from 'rxjs';

import { MODULES } from '../tests/harness/pluginPaths';
import { generatorChild } from './generatorChild';
import { httpChild } from './httpChild';

interface DashboardPanel {
  id: number;
  type: string;
  title: string;
  gridPos: { w: number; h: number };
  targets?: Array<Record<string, unknown> & { refId: string }>;
  fieldConfig?: FieldConfigSource;
}

interface DemoConfig {
  prometheus: boolean;
  graphite: boolean;
}

type Child = {
  uid: string;
  type: string;
  name: string;
  query: (r: DataQueryRequest) => Promise<DataQueryResponse> | Observable<DataQueryResponse>;
};
type PanelComponent = React.ComponentType<PanelProps>;

const ROW_HEIGHT_PX = 36;
const variables: Record<string, string> = {};

function interpolate(text: string): string {
  return text.replace(/\$\{?(\w+)\}?/g, (all, name: string) => variables[name] ?? all);
}

/** Grafana core registers its option editors at boot; the page only needs their ids to read defaults. */
const STANDARD_EDITOR_IDS = [
  'number',
  'slider',
  'text',
  'strings',
  'boolean',
  'radio',
  'select',
  'multiSelect',
  'unit',
  'color',
  'fieldColor',
  'links',
  'timezone',
];
standardEditorsRegistry.setInit(() => STANDARD_EDITOR_IDS.map((id) => ({ id, name: id, editor: () => null })));

/**
 * Grafana core also registers the standard field options at boot; the page registers those Kale's
 * panel honours (unit, decimals, min, max, display name, no value), so the dashboard's field
 * config reaches the panel as it does in Grafana.
 */
const isNumber = (field: Field) => field.type === FieldType.number;
const fieldOption = (
  id: string,
  process: FieldConfigPropertyItem['process'],
  shouldApply: (field: Field) => boolean
): FieldConfigPropertyItem =>
  ({
    id,
    path: id,
    name: id,
    editor: () => null,
    override: () => null,
    process,
    shouldApply,
  }) as FieldConfigPropertyItem;
standardFieldConfigEditorRegistry.setInit(() => [
  fieldOption('unit', unitOverrideProcessor, isNumber),
  fieldOption('decimals', numberOverrideProcessor, isNumber),
  fieldOption('min', numberOverrideProcessor, isNumber),
  fieldOption('max', numberOverrideProcessor, isNumber),
  fieldOption('displayName', displayNameOverrideProcessor, () => true),
  fieldOption('noValue', stringOverrideProcessor, () => true),
]);

function defaultOptions(plugin: {
  getPanelOptionsSupplier: () => (b: PanelOptionsEditorBuilder<object>, c: { data: [] }) => void;
}) {
  const builder = new PanelOptionsEditorBuilder<object>();
  plugin.getPanelOptionsSupplier()(builder, { data: [] });
  const options: Record<string, unknown> = {};
  for (const item of builder.getItems()) {
    let node = options;
    const parts = item.path.split('.');
    parts.slice(0, -1).forEach((p) => (node = (node[p] ??= {}) as Record<string, unknown>));
    node[parts[parts.length - 1]] = item.defaultValue;
  }
  return options;
}

async function main() {
  const status = document.getElementById('status')!;
  const config = (await (await fetch('/demo-config.json')).json()) as DemoConfig;
  const dashboard = (await (await fetch('/dashboard.json')).json()) as {
    title: string;
    panels: DashboardPanel[];
    time: { from: string };
    templating: { list: Array<{ name: string; current: { value: string } }> };
  };
  document.getElementById('title')!.textContent = dashboard.title;
  dashboard.templating.list.forEach((v) => (variables[v.name] = v.current.value));

  const anchorMs = Math.floor((Date.now() - 3_600_000) / 60_000) * 60_000;
  const children: Record<string, Child> = {
    'kale-prometheus': config.prometheus
      ? httpChild('kale-prometheus', 'prometheus')
      : generatorChild('kale-prometheus', 'prometheus', anchorMs),
    'kale-graphite': config.graphite
      ? httpChild('kale-graphite', 'graphite')
      : generatorChild('kale-graphite', 'graphite', anchorMs),
  };
  setTemplateSrv({
    getVariables: () => [],
    replace: (text?: string) => interpolate(text ?? ''),
    containsTemplate: (text?: string) => /\$\w/.test(text ?? ''),
    updateTimeRange: () => undefined,
  } as never);
  setDataSourceSrv({
    get: async (ref?: { uid?: string } | string | null) => {
      const uid = typeof ref === 'string' ? ref : ref?.uid;
      const child = uid ? children[uid] : undefined;
      if (!child) {
        throw new Error(`Data source ${uid} was not found`);
      }
      return child;
    },
    getList: () => [],
    getInstanceSettings: () => undefined,
    reload: () => undefined,
  } as never);

  const dsModule = await window.loadPluginModule(MODULES.datasource);
  const panelModule = await window.loadPluginModule(MODULES.panel);
  const DataSource = (
    dsModule.plugin as { DataSourceClass: new (s: unknown) => { query: (r: unknown) => Observable<DataQueryResponse> } }
  ).DataSourceClass;
  const panelPlugin = panelModule.plugin as {
    panel: PanelComponent;
    fieldConfigRegistry: FieldConfigOptionsRegistry;
    getPanelOptionsSupplier: () => (b: PanelOptionsEditorBuilder<object>, c: { data: [] }) => void;
  };
  const theme = createTheme();
  // Grafana's global stylesheet (inherited button text colour, scrollbars, …), as its app shell renders it.
  const globals = document.createElement('div');
  document.body.appendChild(globals);
  createRoot(globals).render(
    React.createElement(ThemeContext.Provider, { value: theme }, React.createElement(GlobalStyles))
  );
  // Canvas text is measured in 'Inter' (@grafana/ui's measureText): load its stand-in first (grafana-fonts.css).
  await document.fonts.load("12px 'Inter'");
  const kale = new DataSource({
    uid: 'kale-anomaly',
    name: 'Kale',
    type: 'kale-anomaly-datasource',
    jsonData: {},
    meta: {},
  });

  const hours = Number(dashboard.time.from.match(/now-(\d+)h/)?.[1] ?? 24);
  // One "now" for both ends, as Grafana resolves now-24h..now: exactly 24 h, so the time axis
  // shows hours and minutes (a range a millisecond over a day shows dates too).
  const nowMs = Date.now();
  const range = {
    from: dateTime(nowMs - hours * 3_600_000),
    to: dateTime(nowMs),
    raw: { from: dashboard.time.from, to: 'now' },
  };
  status.textContent = `Data: Prometheus ${config.prometheus ? 'server (proxied)' : 'generated'}, Graphite ${config.graphite ? 'server (proxied)' : 'generated'}. Last ${hours} h. Analysing…`;

  const grid = document.getElementById('dashboard')!;
  const eventBus = new EventBusSrv();
  const jobs = dashboard.panels.map(async (panel, index) => {
    if (panel.type === 'row') {
      const row = document.createElement('div');
      row.className = 'row';
      row.textContent = panel.title;
      grid.appendChild(row);
      return;
    }
    const box = document.createElement('section');
    box.className = 'panel';
    box.style.gridColumn = `span ${panel.gridPos.w}`;
    box.style.height = `${panel.gridPos.h * ROW_HEIGHT_PX}px`;
    box.dataset.panelId = String(panel.id);
    const title = document.createElement('h2');
    title.textContent = interpolate(panel.title);
    const body = document.createElement('div');
    body.className = 'body';
    const errors = document.createElement('div');
    errors.className = 'errors';
    box.append(title, body, errors);
    grid.appendChild(box);

    const request = {
      requestId: `demo-${index}`,
      interval: '1m',
      intervalMs: 60_000,
      maxDataPoints: Math.round((panel.gridPos.w / 24) * 1400),
      range,
      scopedVars: {},
      targets: panel.targets ?? [],
      timezone: 'browser',
      app: 'dashboard',
      startTime: Date.now(),
    };
    const response = await lastValueFrom(kale.query(request));
    errors.textContent = (response.errors ?? []).map((e) => e.message).join('\n');
    const fieldConfig = panel.fieldConfig ?? { defaults: {}, overrides: [] };
    // As Grafana's panel query runner does: the panel's field config (unit, decimals, …) on every field.
    const series = applyFieldOverrides({
      data: response.data.filter((f) => f.meta?.dataTopic !== 'annotations'),
      fieldConfig,
      fieldConfigRegistry: panelPlugin.fieldConfigRegistry,
      replaceVariables: interpolate,
      theme,
      timeZone: 'browser',
    });
    const annotations = response.data.filter((f) => f.meta?.dataTopic === 'annotations');
    const width = body.clientWidth;
    const height = body.clientHeight;
    let options = defaultOptions(panelPlugin);
    const root = createRoot(body);
    const render = () =>
      root.render(
        React.createElement(panelPlugin.panel, {
          id: panel.id,
          data: { state: LoadingState.Done, series, annotations, timeRange: range },
          timeRange: range,
          timeZone: 'browser',
          options,
          fieldConfig,
          transparent: false,
          width,
          height,
          renderCounter: 0,
          title: panel.title,
          eventBus,
          onOptionsChange: (next: object) => {
            options = next as Record<string, unknown>;
            render();
          },
          onFieldConfigChange: () => undefined,
          replaceVariables: interpolate,
          onChangeTimeRange: () => undefined,
        } as PanelProps)
      );
    render();
  });
  await Promise.all(jobs);
  status.textContent = status.textContent.replace('Analysing…', 'Done.');
  document.body.dataset.ready = 'true';
}

main().catch((error: unknown) => {
  document.getElementById('status')!.textContent =
    `The demo failed: ${error instanceof Error ? error.message : String(error)}`;
  document.body.dataset.ready = 'error';
});
