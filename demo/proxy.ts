/*
 * The demo server's data source proxy: `/proxy/prometheus/<path>` and `/proxy/graphite/<path>`
 * are forwarded to the servers given on the command line, as Grafana's own proxy does, so the
 * page needs no CORS headers from them.
 */
import http from 'node:http';

import type { Route } from '../tests/harness/serve';

export interface Upstreams {
  prometheus?: string;
  graphite?: string;
}

export function proxyRoute(upstreams: Upstreams): Route {
  return (req, res, url) => {
    const match = url.pathname.match(/^\/proxy\/(prometheus|graphite)(\/.*)$/);
    if (!match) {
      return false;
    }
    const base = upstreams[match[1] as keyof Upstreams];
    if (!base) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: `no ${match[1]} URL was given to the demo` }));
      return true;
    }
    const target = new URL(base);
    target.pathname = target.pathname.replace(/\/$/, '') + match[2];
    target.search = url.search;
    const upstream = http.get(target, { timeout: 30_000 }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'application/json' });
      answer.pipe(res);
    });
    upstream.on('timeout', () => upstream.destroy(new Error('timed out after 30 s')));
    upstream.on('error', (error) => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'application/json' });
      }
      res.end(JSON.stringify({ error: `${match[1]} at ${base}: ${error.message}` }));
    });
    req.on('close', () => upstream.destroy());
    return true;
  };
}
