// Bundles the browser host (tests/harness/host.ts: Grafana's shared modules and an AMD loader)
// and the demo page (demo/page.ts, which includes the host) into build/harness/ (git-ignored).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: { host: path.join(here, 'host.ts'), demo: path.join(here, '..', '..', 'demo', 'page.ts') },
  outdir: path.join(here, '..', '..', 'build', 'harness'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  loader: { '.svg': 'text', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.png': 'empty', '.css': 'empty' },
});
