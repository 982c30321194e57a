/*
 * The demo server: the browser harness's static files (dist/, the demo page and bundle, the
 * provisioned dashboard), the page's configuration, and the Prometheus/Graphite proxy.
 */
import type http from 'node:http';

import { startServer } from '../tests/harness/serve';
import { proxyRoute, type Upstreams } from './proxy';

export function startDemo(port: number, upstreams: Upstreams): Promise<http.Server> {
  const proxy = proxyRoute(upstreams);
  return startServer(port, (req, res, url) => {
    if (url.pathname === '/demo-config.json') {
      const config = { prometheus: Boolean(upstreams.prometheus), graphite: Boolean(upstreams.graphite) };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(config));
      return true;
    }
    return proxy(req, res, url);
  });
}
