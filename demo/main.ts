/*
 * `npm run demo`: serves the built plugin and the demo page on localhost and prints the URL.
 * Without arguments the dashboard's queries are answered by the metrics generator; with
 * `--prometheus URL` and/or `--graphite URL` they go to those servers through a proxy.
 */
import { parseArgs } from 'node:util';

import { startDemo } from './server';

const { values } = parseArgs({
  options: {
    prometheus: { type: 'string' },
    graphite: { type: 'string' },
    port: { type: 'string', default: '3900' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run demo -- [--prometheus URL] [--graphite URL] [--port N]');
  process.exit(0);
}

const upstreams = { prometheus: values.prometheus, graphite: values.graphite };
const port = Number(values.port);

startDemo(port, upstreams).then(() => {
  const sources = `Prometheus: ${upstreams.prometheus ?? 'generated'}, Graphite: ${upstreams.graphite ?? 'generated'}`;
  console.log(`Kale demo (${sources})\nOpen http://127.0.0.1:${port}/demo.html (Ctrl-C to stop)`);
});
