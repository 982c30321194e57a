/*
 * The generator's HTTP endpoint: GET /metrics serves the model's values at request time in the
 * Prometheus text exposition format; GET /-/healthy answers 200. Nothing else.
 * Source: Prometheus "Exposition formats" (Content-Type text/plain; version=0.0.4).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderPrometheusText } from './exposition';
import type { Model, SeriesSpec } from './model';

export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Only these series (default: all). */
  readonly series?: readonly SeriesSpec[];
  /** Clock in epoch ms (default Date.now), for tests. */
  readonly now?: () => number;
}

export async function startMetricsServer(model: Model, options: ServeOptions): Promise<MetricsServer> {
  const now = options.now ?? Date.now;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/metrics') {
      res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
      res.end(renderPrometheusText(model, now(), options.series));
    } else if (req.method === 'GET' && path === '/-/healthy') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok\n');
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
