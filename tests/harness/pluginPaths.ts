// Where the harness serves each built module: Grafana's URL layout for an app with nested plugins.
export const APP_BASE = '/public/plugins/kale-anomaly-app';
export const MODULES = {
  app: `${APP_BASE}/module.js`,
  datasource: `${APP_BASE}/datasource/module.js`,
  panel: `${APP_BASE}/panel/module.js`,
};
