/*
 * A real Graphite on 127.0.0.1 for one test file, from Debian's packages: carbon-cache (plaintext
 * receiver, cache query port) and graphite-web (Django `runserver`) with its own settings module,
 * all under one temporary folder. Retention 10s:2d; creates and updates are not rate-limited so a
 * backfill lands at once. Readiness: carbon's plaintext port accepts a connection, graphite-web
 * answers /metrics/find.
 * Source: /work/shared/reference/real-servers.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort, startProcess, waitFor, type Started } from './processes';

export interface GraphiteServer {
  readonly url: string;
  readonly carbonPort: number;
  readonly processes: readonly Started[];
  stop(): Promise<void>;
}

/** Debian's interpreter: it sees the Debian python3-django / graphite-web packages. */
const PYTHON = '/usr/bin/python3';

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

export async function startGraphite(options: { dir: string }): Promise<GraphiteServer> {
  const { dir } = options;
  const storage = join(dir, 'storage');
  const whisper = join(storage, 'whisper');
  const conf = join(dir, 'conf');
  const log = join(dir, 'log');
  for (const d of [whisper, conf, log, join(storage, 'lists')]) {
    mkdirSync(d, { recursive: true });
  }
  const [linePort, picklePort, queryPort, webPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];

  writeFileSync(join(conf, 'storage-schemas.conf'), '[default]\npattern = .*\nretentions = 10s:2d\n');
  writeFileSync(
    join(conf, 'carbon.conf'),
    [
      '[cache]',
      `STORAGE_DIR = ${storage}/`,
      `LOCAL_DATA_DIR = ${whisper}/`,
      `WHITELISTS_DIR = ${join(storage, 'lists')}/`,
      `CONF_DIR = ${conf}/`,
      `LOG_DIR = ${log}/`,
      `PID_DIR = ${dir}/`,
      'USER =',
      'MAX_CACHE_SIZE = inf',
      'MAX_UPDATES_PER_SECOND = inf',
      'MAX_CREATES_PER_MINUTE = inf',
      'LINE_RECEIVER_INTERFACE = 127.0.0.1',
      `LINE_RECEIVER_PORT = ${linePort}`,
      'ENABLE_UDP_LISTENER = False',
      'PICKLE_RECEIVER_INTERFACE = 127.0.0.1',
      `PICKLE_RECEIVER_PORT = ${picklePort}`,
      'CACHE_QUERY_INTERFACE = 127.0.0.1',
      `CACHE_QUERY_PORT = ${queryPort}`,
      'ENABLE_TAGS = False',
      'LOG_UPDATES = False',
      'LOG_CREATES = False',
      'LOG_CACHE_HITS = False',
      'LOG_LISTENER_CONNECTIONS = False',
      '',
    ].join('\n')
  );

  const settingsDir = join(dir, 'webapp');
  mkdirSync(settingsDir, { recursive: true });
  writeFileSync(
    join(settingsDir, 'kale_graphite_settings.py'),
    [
      'from graphite.settings import *  # noqa: F401,F403',
      "SECRET_KEY = 'kale-integration-tests'",
      `STORAGE_DIR = '${storage}/'`,
      `WHISPER_DIR = '${whisper}/'`,
      'STANDARD_DIRS = [WHISPER_DIR]',
      `LOG_DIR = '${log}/'`,
      `INDEX_FILE = '${join(storage, 'index')}'`,
      `CARBONLINK_HOSTS = ['127.0.0.1:${queryPort}']`,
      `DATABASES = {'default': {'NAME': '${join(dir, 'graphite.db')}', 'ENGINE': 'django.db.backends.sqlite3'}}`,
      "ALLOWED_HOSTS = ['*']",
      '',
    ].join('\n')
  );
  const webEnv = { ...process.env, PYTHONPATH: settingsDir, DJANGO_SETTINGS_MODULE: 'kale_graphite_settings' };
  execFileSync(PYTHON, ['-m', 'django', 'migrate', '--run-syncdb', '-v', '0'], {
    env: webEnv,
    timeout: 120000,
    stdio: 'pipe',
  });

  const carbon = startProcess(
    'carbon-cache',
    'carbon-cache',
    [`--config=${join(conf, 'carbon.conf')}`, `--pidfile=${join(dir, 'carbon.pid')}`, '--debug', 'start'],
    { logFile: join(dir, 'carbon.log') }
  );
  const web = startProcess(
    'graphite-web',
    PYTHON,
    ['-m', 'django', 'runserver', `127.0.0.1:${webPort}`, '--noreload'],
    {
      logFile: join(dir, 'graphite-web.log'),
      env: webEnv,
    }
  );
  const url = `http://127.0.0.1:${webPort}`;
  const stop = async (): Promise<void> => {
    await Promise.all([carbon.stop(), web.stop()]);
  };
  try {
    await waitFor('carbon plaintext port', () => canConnect(linePort), {
      timeoutMs: 30000,
      context: () => carbon.logTail(),
    });
    await waitFor('graphite-web /metrics/find', async () => (await fetch(`${url}/metrics/find?query=*`)).ok, {
      timeoutMs: 30000,
      context: () => web.logTail(),
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, carbonPort: linePort, processes: [carbon, web], stop };
}
