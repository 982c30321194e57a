/*
 * Browser tests of the built plugin (dist/) in Debian's Chromium, driven by Playwright.
 * The harness server serves dist/ the way Grafana does; see tests/harness/.
 */
import { defineConfig } from '@playwright/test';

import { CHROMIUM_LAUNCH } from './tests/harness/chromium';

const PORT = Number(process.env.KALE_HARNESS_PORT ?? 3999);

export default defineConfig({
  testDir: './tests',
  testMatch: '*.spec.ts',
  outputDir: './tests/artifacts/results',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: `node tests/harness/buildHost.mjs && PORT=${PORT} npx tsx tests/harness/serve.ts`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
