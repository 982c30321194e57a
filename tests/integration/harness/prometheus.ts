/*
 * A real Prometheus (Debian's `prometheus` package) on 127.0.0.1 for one test file: optional
 * history loaded with `promtool tsdb create-blocks-from openmetrics` before start, a scrape job
 * `kale-generator` pointed at the given target, readiness on /-/ready.
 * Source: /work/shared/reference/real-servers.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, startProcess, waitFor, type Started } from './processes';

export interface PrometheusServer {
  readonly url: string;
  readonly process: Started;
  stop(): Promise<void>;
}

export async function startPrometheus(options: {
  dir: string;
  scrapeTarget: string;
  scrapeIntervalSec: number;
  openMetricsFile?: string;
}): Promise<PrometheusServer> {
  const data = join(options.dir, 'data');
  mkdirSync(data, { recursive: true });
  if (options.openMetricsFile) {
    execFileSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', options.openMetricsFile, data], {
      timeout: 60000,
      stdio: 'pipe',
    });
  }
  const config = join(options.dir, 'prometheus.yml');
  writeFileSync(
    config,
    [
      'global:',
      `  scrape_interval: ${options.scrapeIntervalSec}s`,
      `  scrape_timeout: ${options.scrapeIntervalSec}s`,
      'scrape_configs:',
      '  - job_name: kale-generator',
      '    static_configs:',
      `      - targets: ['${options.scrapeTarget}']`,
      '',
    ].join('\n')
  );
  const port = await freePort();
  const process = startProcess(
    'prometheus',
    'prometheus',
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--storage.tsdb.retention.time=15d',
    ],
    { logFile: join(options.dir, 'prometheus.log') }
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor('Prometheus /-/ready', async () => (await fetch(`${url}/-/ready`)).status === 200, {
      timeoutMs: 30000,
      context: () => process.logTail(),
    });
  } catch (e) {
    await process.stop();
    throw e;
  }
  return { url, process, stop: () => process.stop() };
}
