import { chromium } from 'playwright-core';
import { openPanel } from './openPanel';
import { startServer } from './serve';
(async () => {
  const server = await startServer(3979);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ baseURL: 'http://127.0.0.1:3979', viewport: { width: 1440, height: 940 } });
  await openPanel(page, { mode: 'light', seriesCount: 50, points: 2000, width: 1400, height: 900 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 3; i++) {
    const r = await page.evaluate(() => window.kaleRig.render({ mode: 'light', seriesCount: 50, points: 2000, width: 1400, height: 900 }));
    console.log(r);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const dt = profile.timeDeltas!;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples!.forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)} ms  ${k}`).join('\n'));
  await browser.close(); server.close();
})();
