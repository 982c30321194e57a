/*
 * Browser host for the built plugin: provides Grafana's shared modules (the webpack externals of
 * create-plugin's build) and an AMD `define`, then loads `dist/**\/module.js` the way Grafana
 * does, from `public/plugins/<id>/`. Bundled by tests/harness/buildHost.mjs.
 */
import * as emotionCss from '@emotion/css';
import * as grafanaData from '@grafana/data';
import * as grafanaRuntime from '@grafana/runtime';
import * as grafanaUi from '@grafana/ui';
import lodash from 'lodash';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import * as ReactJsxRuntime from 'react/jsx-runtime';
import * as rxjs from 'rxjs';
import * as rxjsOperators from 'rxjs/operators';

import type { KaleDataSourceHandle } from './globals';

type Factory = (...deps: unknown[]) => unknown;

const shared: Record<string, unknown> = {
  react: React,
  'react/jsx-runtime': ReactJsxRuntime,
  'react-dom': ReactDOM,
  'react-dom/client': ReactDOMClient,
  '@grafana/data': grafanaData,
  '@grafana/ui': grafanaUi,
  '@grafana/runtime': grafanaRuntime,
  '@emotion/css': emotionCss,
  lodash,
  rxjs,
  'rxjs/operators': rxjsOperators,
};

let pending: { deps: string[]; factory: Factory } | undefined;

function define(depsOrFactory: string[] | Factory, maybeFactory?: Factory): void {
  const deps = Array.isArray(depsOrFactory) ? depsOrFactory : [];
  const factory = (Array.isArray(depsOrFactory) ? maybeFactory : depsOrFactory) as Factory;
  pending = { deps, factory };
}
define.amd = {};

/** Loads one AMD module from `url` and returns its exports. */
async function loadPluginModule(url: string): Promise<Record<string, unknown>> {
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${url}`));
    document.head.appendChild(script);
  });
  const loaded = pending;
  pending = undefined;
  if (!loaded) {
    throw new Error(`${url} did not call define()`);
  }
  const exports: Record<string, unknown> = {};
  const resolveDep = (name: string): unknown => {
    if (name === 'exports') {
      return exports;
    }
    if (name === 'module') {
      return { uri: new URL(url, location.href).href, exports };
    }
    if (name === 'amd-module') {
      return { uri: new URL(url, location.href).href };
    }
    if (!(name in shared)) {
      throw new Error(`${url} needs "${name}", which Grafana does not share with plugins`);
    }
    return shared[name];
  };
  const result = loaded.factory(...loaded.deps.map(resolveDep));
  return (result as Record<string, unknown>) ?? exports;
}

/** The built Kale data source from `url`, over a child data source that answers with `frames`. */
async function kaleDataSourceOver(url: string, frames: unknown[]): Promise<KaleDataSourceHandle> {
  const child = { uid: 'prom', type: 'prometheus', name: 'Prometheus', query: () => rxjs.of({ data: frames }) };
  const srv = { get: async () => child, getList: () => [], getInstanceSettings: () => undefined, reload: () => {} };
  grafanaRuntime.setDataSourceSrv(srv as unknown as grafanaRuntime.DataSourceSrv);
  const exports = await loadPluginModule(url);
  const plugin = exports.plugin as {
    DataSourceClass: new (settings: unknown) => KaleDataSourceHandle;
  };
  return new plugin.DataSourceClass({
    uid: 'kale',
    name: 'Kale',
    type: 'kale-anomaly-datasource',
    jsonData: {},
    meta: {},
  });
}

/**
 * A dashboard's request for one Kale query over [fromMs, toMs] at `stepMs`, analysing the fake
 * Prometheus child of kaleDataSourceOver; `query` adds to or overrides the target's fields.
 */
function kaleRequest(query: Record<string, unknown>, range: { fromMs: number; toMs: number; stepMs: number }): unknown {
  const from = grafanaData.dateTime(range.fromMs);
  const to = grafanaData.dateTime(range.toMs);
  return {
    requestId: 'kale-test',
    interval: '1m',
    intervalMs: range.stepMs,
    maxDataPoints: 120,
    range: { from, to, raw: { from, to } },
    scopedVars: {},
    targets: [
      { refId: 'A', child: { uid: 'prom', type: 'prometheus' }, childQuery: { refId: 'A', expr: 'latency' }, ...query },
    ],
    timezone: 'utc',
    app: 'dashboard',
    startTime: 0,
  };
}

Object.assign(window, { define, loadPluginModule, kaleDataSourceOver, kaleRequest, grafanaShared: shared });
