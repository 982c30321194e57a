/*
 * The built panel (dist/panel/module.js) in Chromium with synthetic data shaped as the Kale data
 * source returns it: the anomalies list, picking a series (list row or legend entry) and seeing
 * its correlations, the dashboard variable, overlaying a match, DTW over long series, sketch
 * search, saving a collection and finding it again, the panel's own detection on plain data, the
 * empty state, names rendered as text, and light/dark screenshots under tests/artifacts/.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

import { seriesName } from './harness/panelFixture';
import { openPanel } from './harness/openPanel';

const SIZE = { width: 1100, height: 760 };
const GROUPS = 5;
const groupOf = (name: string) => Number(/-(\d+)\./.exec(name)?.[1]) % GROUPS;

const correlations = (page: Page) => page.getByTestId('kale-panel-correlations');
const rows = (list: Locator) => list.getByTestId('kale-panel-correlation-row');

async function expectCorrelatedWith(page: Page, query: string): Promise<string[]> {
  const list = correlations(page);
  await expect(list).toHaveAttribute('data-query', query);
  await expect(list).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(rows(list).first()).toBeVisible();
  return rows(list).evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
}

function searchVariable(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      (
        window.grafanaShared['@grafana/runtime'].locationService as { getSearchObject(): Record<string, unknown> }
      ).getSearchObject()['var-series']
  );
}

test('the anomalies list ranks the anomalous series; picking one makes it the target and sets $series', async ({
  page,
}) => {
  await openPanel(page, { mode: 'light', seriesCount: 30, points: 600, ...SIZE });
  const anomalyRows = page.getByTestId('kale-panel-anomaly-row');
  // Every 7th series carries a spike: 0, 7, 14, 21, 28.
  await expect(anomalyRows).toHaveCount(5);
  const scores = await anomalyRows.evaluateAll((els) =>
    els.map((e) => Number(/(\d+)%/.exec(e.textContent ?? '')?.[1]))
  );
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  await expect(anomalyRows.first()).toContainText('grubbs, ks_test, median_absolute_deviation');

  const second = anomalyRows.nth(1);
  const name = (await second.getAttribute('data-name'))!;
  await second.hover();
  await expect(page.getByTestId('kale-panel-chart')).toHaveAttribute('data-target', /.+/);
  await second.click();
  await expect(page.getByTestId('kale-panel-chart')).toHaveAttribute('data-target', name);
  const hits = await expectCorrelatedWith(page, name);
  expect(hits).not.toContain(name);
  expect(groupOf(hits[0])).toBe(groupOf(name));
  expect(await searchVariable(page)).toBe(name);
});

test('clicking a legend entry correlates that series and the list updates; a match can be overlaid', async ({
  page,
}) => {
  await openPanel(page, { mode: 'light', seriesCount: 30, points: 600, ...SIZE });
  const first = await expectCorrelatedWith(
    page,
    (await page.getByTestId('kale-panel-chart').getAttribute('data-target')) ?? ''
  );
  const picked = seriesName(3);
  await page
    .getByTestId('kale-panel-chart')
    .getByRole('button', { name: `Only ${picked} selected` })
    .click();
  const hits = await expectCorrelatedWith(page, picked);
  expect(hits).not.toEqual(first);
  // The group shares one shape: its members come first.
  expect(hits.slice(0, 3).map(groupOf)).toEqual([3, 3, 3]);
  expect(await searchVariable(page)).toBe(picked);

  await page.getByRole('button', { name: `Overlay ${hits[0]} on the chart` }).click();
  await expect(page.getByTestId('kale-panel-chart')).toHaveAttribute('data-overlay', hits[0]);
});

test('DTW searches long series averaged down and still ranks the group first', async ({ page }) => {
  await openPanel(page, { mode: 'light', seriesCount: 30, points: 2_000, ...SIZE, options: { method: 'dtw' } });
  const picked = seriesName(3);
  await page
    .getByTestId('kale-panel-chart')
    .getByRole('button', { name: `Only ${picked} selected` })
    .click();
  const hits = await expectCorrelatedWith(page, picked);
  expect(hits.slice(0, 3).map(groupOf)).toEqual([3, 3, 3]);
  await expect(correlations(page)).toContainText('averaged over 4 steps per point');
});

test('a list row is reachable and picked with the keyboard', async ({ page }) => {
  await openPanel(page, { mode: 'dark', seriesCount: 30, points: 600, ...SIZE });
  const row = page.getByTestId('kale-panel-anomaly-row').nth(2);
  const name = (await row.getAttribute('data-name'))!;
  await row.focus();
  await page.keyboard.press('Enter');
  await expectCorrelatedWith(page, name);
});

test('a sketch drawn over the chart lists the series whose shape matches', async ({ page }) => {
  await openPanel(page, { mode: 'light', seriesCount: 30, points: 600, ...SIZE });
  await page.getByTestId('kale-panel-sketch-button').click();
  const box = (await page.getByTestId('kale-panel-sketch-overlay').boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + box.height * 0.8);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    const x = box.x + 40 + (i / 30) * (box.width - 80);
    const y = box.y + box.height * (0.8 - 0.6 * (i / 30) ** 2);
    await page.mouse.move(x, y);
  }
  await page.mouse.up();
  const hits = await expectCorrelatedWith(page, 'sketch');
  expect(hits.length).toBeGreaterThan(0);
  await expect(correlations(page)).toContainText('Matches for the sketch');
  await page.screenshot({ path: 'tests/artifacts/panel-sketch-light.png' });
});

test('a saved collection is stored in the options and found again in a later search', async ({ page }) => {
  await openPanel(page, { mode: 'light', seriesCount: 30, points: 600, ...SIZE });
  const target = seriesName(1);
  await page
    .getByTestId('kale-panel-chart')
    .getByRole('button', { name: `Only ${target} selected` })
    .click();
  const members = await expectCorrelatedWith(page, target);
  await page.getByTestId('kale-panel-save-button').click();
  const form = page.getByTestId('kale-panel-collection-form');
  await form.getByLabel('Collection name').fill('checkout incident');
  await form.getByLabel('Collection description').fill('latency rose together');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  const stored = await page.evaluate(
    () =>
      window.kaleRig.options()?.collections as Array<{
        name: string;
        description: string;
        members: Array<{ name: string }>;
      }>
  );
  expect(stored).toHaveLength(1);
  expect(stored[0].name).toBe('checkout incident');
  expect(stored[0].description).toBe('latency rose together');
  expect(stored[0].members.map((m) => m.name)).toEqual([target, ...members]);

  const other = seriesName(6);
  await page
    .getByTestId('kale-panel-chart')
    .getByRole('button', { name: `Only ${other} selected` })
    .click();
  await expectCorrelatedWith(page, other);
  const collectionRow = correlations(page).locator('[data-kind="collection"]');
  await expect(collectionRow).toHaveAttribute('data-name', 'checkout incident');
});

test('on plain data (no anomaly fields) the panel runs detection itself through the worker', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openPanel(page, {
    mode: 'light',
    seriesCount: 14,
    points: 600,
    plain: true,
    ...SIZE,
    options: { preset: 'three-sigma' },
  });
  await expect(page.getByTestId('kale-panel-status')).toContainText('scores from the panel’s own detection', {
    timeout: 30_000,
  });
  const names = await page
    .getByTestId('kale-panel-anomaly-row')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
  expect(names).toEqual(expect.arrayContaining([seriesName(0), seriesName(7)]));
  expect(workers.some((u) => u.startsWith('blob:'))).toBe(true);
});

test('no data says so; series names are rendered as text, never as HTML', async ({ page }) => {
  await openPanel(page, { mode: 'light', seriesCount: 0, points: 10, ...SIZE });
  await expect(page.getByTestId('kale-panel-message')).toHaveAttribute('data-kind', 'empty');
  await expect(page.getByTestId('kale-panel-message')).toContainText('No time series');

  const evil = '<img src=x onerror="window.__pwned=1">';
  await page.evaluate(
    (n) => window.kaleRig.render({ mode: 'light', seriesCount: 8, points: 300, width: 900, height: 600, names: [n] }),
    evil
  );
  const evilRow = page.getByTestId('kale-panel-anomaly-row').filter({ hasText: evil });
  await expect(evilRow).toHaveAttribute('data-name', evil);
  expect(await page.locator('#root img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('Grafana’s legend options: hidden, or a table on the right of the plot', async ({ page }) => {
  const legendEntry = () =>
    page.getByTestId('kale-panel-chart').getByRole('button', { name: `Only ${seriesName(0)} selected` });
  const hidden = { showLegend: false, displayMode: 'list', placement: 'bottom', calcs: [] };
  await openPanel(page, { mode: 'dark', seriesCount: 6, points: 300, ...SIZE, options: { legend: hidden } });
  await expect(page.getByTestId('kale-panel-chart').locator('.u-over')).toBeVisible();
  await expect(legendEntry()).toHaveCount(0);

  const right = { showLegend: true, displayMode: 'table', placement: 'right', calcs: [] };
  await openPanel(page, { mode: 'dark', seriesCount: 6, points: 300, ...SIZE, options: { legend: right } });
  const table = page.getByTestId('kale-panel-chart').locator('table');
  await expect(table.getByRole('button', { name: seriesName(0) })).toBeVisible();
  const plot = (await page.getByTestId('kale-panel-chart').locator('.u-over').boundingBox())!;
  expect((await table.boundingBox())!.x).toBeGreaterThanOrEqual(plot.x + plot.width);
});

for (const mode of ['light', 'dark'] as const) {
  test(`screenshot with a tooltip (${mode} theme)`, async ({ page }) => {
    await openPanel(page, { mode, seriesCount: 12, points: 600, ...SIZE });
    await expectCorrelatedWith(page, (await page.getByTestId('kale-panel-chart').getAttribute('data-target'))!);
    const hits = await rows(correlations(page)).evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
    await page.getByRole('button', { name: `Overlay ${hits[0]} on the chart` }).click();
    const plot = page.getByTestId('kale-panel-chart').locator('.u-over');
    const box = (await plot.boundingBox())!;
    let tooltip = false;
    for (let y = 0.1; y < 1 && !tooltip; y += 0.05) {
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * y);
      tooltip = await page.getByTestId('kale-panel-tooltip').isVisible();
    }
    expect(tooltip).toBe(true);
    await expect(page.getByTestId('kale-panel-tooltip')).toContainText('Anomaly score');
    await page.screenshot({ path: `tests/artifacts/panel-${mode}.png` });
  });
}
