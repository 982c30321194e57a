/*
 * Shared steps of the panel's browser tests and benchmark: open the host page, add the panel rig,
 * load the built panel module and render it.
 */
import type { Page } from '@playwright/test';

import type { RigRender, RigTiming } from './panelRig';
import { panelRigSource } from './panelRigBundle';
import { MODULES } from './pluginPaths';

export async function openPanel(page: Page, spec: RigRender): Promise<RigTiming> {
  await page.goto('/index.html');
  await page.addScriptTag({ content: await panelRigSource() });
  await page.evaluate((url) => window.kaleRig.load(url), MODULES.panel);
  return page.evaluate((s) => window.kaleRig.render(s), spec);
}
