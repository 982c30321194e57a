/*
 * Each built module loads the way Grafana loads it (AMD, shared externals, public path
 * public/plugins/<id>/) and exports its plugin object.
 */
import { expect, test } from '@playwright/test';

import { MODULES } from './harness/pluginPaths';

const EXPECTED = [
  { url: MODULES.app, pluginClass: 'AppPlugin' },
  { url: MODULES.datasource, pluginClass: 'DataSourcePlugin' },
  { url: MODULES.panel, pluginClass: 'PanelPlugin' },
];

for (const { url, pluginClass } of EXPECTED) {
  test(`${url} exports a ${pluginClass}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/index.html');
    const isPlugin = await page.evaluate(
      async ([moduleUrl, className]) => {
        const exports = await window.loadPluginModule(moduleUrl);
        const PluginClass = window.grafanaShared['@grafana/data'][className] as new (...args: never[]) => unknown;
        return exports.plugin instanceof PluginClass;
      },
      [url, pluginClass] as const
    );
    expect(isPlugin).toBe(true);
    expect(errors).toEqual([]);
  });
}
