/*
 * A static server for the browser tests and the demo: the built plugin under
 * `public/plugins/kale-anomaly-app/` (as Grafana serves it), the host bundle and the host page.
 * `?csp=no-blob-workers` serves the page with a CSP that refuses blob: workers.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
/** What Grafana's own pages provide: @grafana/ui's icon SVGs, uPlot's stylesheet and the Inter font (a stand-in). */
const ICONS = path.join(path.dirname(require.resolve('@grafana/ui/package.json')), 'dist', 'public', 'img', 'icons');
const UPLOT_CSS = require.resolve('uplot/dist/uPlot.min.css');
const PLUGIN_PREFIX = '/public/plugins/kale-anomaly-app/';
export const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.html': 'text/html',
  '.map': 'application/json',
  '.css': 'text/css',
};

function resolveFile(pathname: string): string | undefined {
  if (pathname.startsWith(PLUGIN_PREFIX)) {
    return path.join(ROOT, 'dist', pathname.slice(PLUGIN_PREFIX.length));
  }
  if (pathname === '/' || pathname === '/index.html') {
    return path.join(ROOT, 'tests', 'harness', 'index.html');
  }
  if (pathname === '/host.js' || pathname === '/demo.js') {
    return path.join(ROOT, 'build', 'harness', pathname.slice(1));
  }
  if (pathname === '/demo.html') {
    return path.join(ROOT, 'demo', 'demo.html');
  }
  if (pathname.startsWith('/public/build/img/icons/')) {
    return path.join(ICONS, pathname.slice('/public/build/img/icons/'.length));
  }
  if (pathname === '/uplot.css') {
    return UPLOT_CSS;
  }
  if (pathname === '/grafana-fonts.css') {
    return path.join(ROOT, 'tests', 'harness', 'grafanaFonts.css');
  }
  if (pathname === '/dashboard.json') {
    return path.join(ROOT, 'provisioning', 'dashboards', 'kale-anomalies.json');
  }
  return undefined;
}

/** Answers a request itself (returning true) or leaves it to the static files. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean;

export function startServer(port: number, route?: Route): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (route?.(req, res, url)) {
      return;
    }
    const file = resolveFile(path.posix.normalize(url.pathname));
    if (!file || !(file.startsWith(ROOT) || file === UPLOT_CSS) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${url.pathname}`);
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    };
    if (url.searchParams.get('csp') === 'no-blob-workers') {
      headers['content-security-policy'] = "worker-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'";
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3999);
  startServer(port).then(() => console.log(`Kale harness on http://127.0.0.1:${port}/`));
}
