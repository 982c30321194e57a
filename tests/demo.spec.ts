/*
 * `npm run demo` without Docker: the demo page shows the provisioned dashboard's content,
 * answered by the metrics generator and analysed by the built plugin, with no panel in error.
 * Saves a screenshot of the whole page as a test artefact.
 */
import { expect, test } from '@playwright/test';
import type http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { startDemo } from '../demo/server';

const PORT = Number(process.env.KALE_DEMO_PORT ?? 3998);
let server: http.Server;

test.beforeAll(async () => {
  server = await startDemo(PORT, {});
});

test.afterAll(() => {
  server.close();
});

test('the demo shows every panel of the provisioned dashboard, analysed, without errors', async ({ page }) => {
  test.setTimeout(180_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.setViewportSize({ width: 1600, height: 1200 });
  await page.goto(`http://127.0.0.1:${PORT}/demo.html`);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 150_000 });

  await expect(page.locator('#status')).toContainText('Done.');
  const dashboard = JSON.parse(
    readFileSync(path.resolve(__dirname, '..', 'provisioning', 'dashboards', 'kale-anomalies.json'), 'utf8')
  );
  const panels = dashboard.panels.filter((p: { type: string }) => p.type !== 'row');
  await expect(page.locator('section.panel')).toHaveCount(panels.length);
  const errors = await page.locator('section.panel .errors').allTextContents();
  expect(errors.filter(Boolean)).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.screenshot({ path: path.join(__dirname, 'artifacts', 'demo-dark.png'), fullPage: true });
});

test('the demo applies each panel’s field config: the memory panel’s tooltip shows bytes', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1600, height: 1200 });
  await page.goto(`http://127.0.0.1:${PORT}/demo.html`);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 150_000 });
  // Panel 4, "Slow leak: inventory resident memory", has unit "bytes" in the provisioned dashboard.
  const panel = page.locator('section.panel[data-panel-id="4"]');
  const plot = panel.getByTestId('kale-panel-chart').locator('.u-over');
  const box = (await plot.boundingBox())!;
  const tooltip = page.getByTestId('kale-panel-tooltip');
  let shown = false;
  for (let y = 0.05; y < 1 && !shown; y += 0.05) {
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * y);
    shown = await tooltip.isVisible();
  }
  expect(shown).toBe(true);
  await expect(tooltip).toContainText(/Value\s*[\d.]+ MiB/);
});
