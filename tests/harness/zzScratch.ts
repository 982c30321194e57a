import { chromium } from 'playwright-core';
import { openPanel } from './openPanel';
import { startServer } from './serve';
(async () => {
  const server = await startServer(3979);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ baseURL: 'http://127.0.0.1:3979', viewport: { width: 1440, height: 940 } });
  await openPanel(page, { mode: 'light', seriesCount: 50, points: 2000, width: 1400, height: 900 });
  for (const noBands of [false, true, false, true, false, true]) {
    const r = await page.evaluate((nb) => window.kaleRig.render({ mode: 'light', seriesCount: 50, points: 2000, width: 1400, height: 900, noBands: nb }), noBands);
    console.log('noBands', noBands, JSON.stringify(r));
  }
  await browser.close(); server.close();
})();
