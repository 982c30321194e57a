/*
 * How the browser tests and benchmarks launch Chromium: Debian's build (`CHROMIUM_PATH` to use
 * another), headless, with no sandbox (containers run as root) and no background traffic (the
 * machines reach only the npm registry and Debian's mirrors).
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
