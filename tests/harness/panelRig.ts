/*
 * Renders the built panel (`plugin.panel` of dist/panel/module.js) in the host page with React
 * and synthetic PanelProps, the way Grafana would: theme provider, event bus, time range,
 * onOptionsChange re-rendering with the new options, and `replaceVariables` reading the
 * dashboard variable from the URL that locationService writes. Bundled for the page by
 * panelRigBundle.ts; exposes `window.kaleRig`.
 */
import type * as GrafanaData from '@grafana/data';
import type * as GrafanaRuntime from '@grafana/runtime';
import type * as GrafanaUi from '@grafana/ui';
import type * as ReactNs from 'react';
import type * as ReactDomClient from 'react-dom/client';
import type * as ReactDom from 'react-dom';

import { makeFixture, type FixtureSpec } from './panelFixture';

export interface RigRender extends FixtureSpec {
  mode: 'light' | 'dark';
  width: number;
  height: number;
  options?: Record<string, unknown>;
}

export interface RigTiming {
  /** Synchronous React render + commit (the chart config is built and uPlot created). */
  commitMs: number;
  /** Until the next task: includes uPlot's first draw, which it runs in a microtask. */
  drawnMs: number;
  /** Until the next animation frame: includes the browser's style, layout and paint. */
  frameMs: number;
}

const shared = () => window.grafanaShared;
const React = () => shared().react as unknown as typeof ReactNs;
const data = () => shared()['@grafana/data'] as unknown as typeof GrafanaData;

let panel: ReactNs.ComponentType<GrafanaData.PanelProps<Record<string, unknown>>> | undefined;
let root: ReactDomClient.Root | undefined;
let current:
  | { spec: RigRender; options: Record<string, unknown>; props?: GrafanaData.PanelProps<Record<string, unknown>> }
  | undefined;
const optionChanges: Array<Record<string, unknown>> = [];

async function load(url: string): Promise<void> {
  const exports = await window.loadPluginModule(url);
  panel = (exports.plugin as { panel: typeof panel }).panel;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function buildProps(
  spec: RigRender,
  options: Record<string, unknown>
): GrafanaData.PanelProps<Record<string, unknown>> {
  const d = data();
  const runtime = shared()['@grafana/runtime'] as unknown as typeof GrafanaRuntime;
  const fixture = makeFixture(spec);
  const toFrame = (f: (typeof fixture.series)[number]) => d.createDataFrame(f as unknown as GrafanaData.DataFrameDTO);
  const timeRange = d.makeTimeRange(d.dateTime(fixture.fromMs), d.dateTime(fixture.toMs));
  const replaceVariables: GrafanaData.InterpolateFunction = (text) =>
    text.replace(/\$(\w+)/g, (whole, name: string) => {
      const v = runtime.locationService.getSearchObject()[`var-${name}`];
      return typeof v === 'string' ? v : whole;
    });
  return {
    id: 1,
    title: 'Kale',
    data: {
      state: d.LoadingState.Done,
      series: fixture.series.map(toFrame),
      annotations: fixture.annotations.map(toFrame),
      timeRange,
    },
    timeRange,
    timeZone: 'utc',
    options,
    fieldConfig: { defaults: {}, overrides: [] },
    transparent: false,
    width: spec.width,
    height: spec.height,
    renderCounter: 0,
    replaceVariables,
    onOptionsChange: (next) => {
      optionChanges.push(next);
      if (current) {
        current.options = next;
        current.props = { ...current.props!, options: next };
        paint(current.props);
      }
    },
    onFieldConfigChange: () => undefined,
    onChangeTimeRange: () => undefined,
    eventBus: new d.EventBusSrv(),
  } as GrafanaData.PanelProps<Record<string, unknown>>;
}

function paint(props: GrafanaData.PanelProps<Record<string, unknown>>): void {
  const r = React();
  const ui = shared()['@grafana/ui'] as unknown as typeof GrafanaUi;
  const dom = shared()['react-dom'] as unknown as typeof ReactDom;
  const theme = data().createTheme({ colors: { mode: current!.spec.mode } });
  Object.assign(document.body.style, {
    background: theme.colors.background.canvas,
    color: theme.colors.text.primary,
    fontFamily: theme.typography.fontFamily,
    fontSize: `${theme.typography.fontSize}px`,
  });
  const element = r.createElement(
    ui.ThemeContext.Provider,
    { value: theme },
    // Grafana's global stylesheet (inherited button text colour, …), as its app shell renders it.
    r.createElement(ui.GlobalStyles),
    r.createElement(
      'div',
      {
        id: 'kale-rig',
        style: {
          width: props.width,
          height: props.height,
          background: theme.colors.background.primary,
          color: theme.colors.text.primary,
          fontFamily: theme.typography.fontFamily,
          fontSize: theme.typography.fontSize,
        },
      },
      r.createElement(panel!, props)
    )
  );
  dom.flushSync(() => root!.render(element));
}

/** Renders the panel with fresh data; returns how long the render took. */
async function render(spec: RigRender): Promise<RigTiming> {
  if (!panel) {
    throw new Error('call kaleRig.load(url) first');
  }
  const client = shared()['react-dom/client'] as unknown as typeof ReactDomClient;
  root?.unmount();
  const host = document.getElementById('root')!;
  root = client.createRoot(host);
  const options = { ...(spec.options ?? {}) };
  current = { spec, options };
  current.props = buildProps(spec, options);
  const t0 = performance.now();
  paint(current.props);
  const commitMs = performance.now() - t0;
  await nextTask();
  const drawnMs = performance.now() - t0;
  await nextFrame();
  return { commitMs, drawnMs, frameMs: performance.now() - t0 };
}

/** Clicks `el` and resolves when `done()` holds (checked on every DOM change), with the time taken. */
function timeUntil(el: HTMLElement, done: () => boolean, timeoutMs = 30_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now() - t0);
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out'));
    }, timeoutMs);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    el.click();
  });
}

const rig = {
  load,
  render,
  timeUntil,
  optionChanges,
  options: () => current?.options,
  unmount: () => {
    root?.unmount();
    root = undefined;
  },
};

Object.assign(window, { kaleRig: rig });

export type KaleRig = typeof rig;
