/*
 * Shared steps of the panel's browser tests and benchmark: open the host page, add the panel rig,
 * load the built panel module and render it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

import type { RigRender, RigTiming } from './panelRig';
import { panelRigSource } from './panelRigBundle';
import { MODULES } from './pluginPaths';

const ICONS = path.join(path.dirname(require.resolve('@grafana/ui/package.json')), 'dist', 'public', 'img', 'icons');

export async function openPanel(page: Page, spec: RigRender): Promise<RigTiming> {
  // Grafana serves the icon SVGs; here they come from @grafana/ui's package.
  await page.route('**/img/icons/**', (route) => {
    const file = path.join(ICONS, new URL(route.request().url()).pathname.split('/img/icons/')[1] ?? '');
    return file.startsWith(ICONS) && existsSync(file) ? route.fulfill({ path: file, contentType: 'image/svg+xml' }) : route.fulfill({ status: 404 });
  });
  await page.goto('/index.html');
  // Grafana's page carries uPlot's stylesheet; the host bundle leaves CSS out.
  await page.addStyleTag({ path: require.resolve('uplot/dist/uPlot.min.css') });
  await page.addScriptTag({ content: await panelRigSource() });
  await page.evaluate((url) => window.kaleRig.load(url), MODULES.panel);
  return page.evaluate((s) => window.kaleRig.render(s), spec);
}
