import { test } from '@playwright/test';
import { openPanel } from './harness/openPanel';
test('dbg', async ({ page }) => {
  page.on('console', (m) => console.log('console:', m.text().slice(0, 300)));
  await openPanel(page, { mode: 'light', seriesCount: 30, points: 600, width: 1100, height: 760 });
  await page.waitForTimeout(3000);
  await page.screenshot({ path: '/tmp/dbg.png' });
  console.log(
    await page.evaluate(() =>
      [...document.querySelectorAll('canvas')].map((c) => JSON.stringify(c.getBoundingClientRect()))
    )
  );
  console.log(
    await page.evaluate(() =>
      JSON.stringify(document.querySelector('[data-testid="kale-panel-anomalies"]')!.getBoundingClientRect())
    )
  );
});
