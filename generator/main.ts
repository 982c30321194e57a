/*
 * Command line for the metrics generator.
 *   npx tsx generator/main.ts serve [--listen 0.0.0.0:9464] [--carbon graphite:2003]
 *       [--carbon-interval 60] [--backfill-hours 24] [--backfill-step 60]
 *   npx tsx generator/main.ts openmetrics FILE [--backfill-hours 24] [--backfill-step 60]
 *       [--job kale-generator] [--instance generator:9464]
 * Common: [--seed N] [--anchor-file FILE]. The anchor (the incident script's reference time)
 * is read from --anchor-file when it exists, else it is now rounded down to the minute and
 * written there, so the backfill job and the live generator tell the same story.
 * `serve` exposes /metrics for Prometheus and, with --carbon, first backfills Graphite with
 * timestamped history, then writes the current values every --carbon-interval seconds.
 * `openmetrics` writes history for `promtool tsdb create-blocks-from openmetrics` and exits
 * (Prometheus cannot backfill by scraping); --job/--instance must match the scrape job's
 * target so history and live samples are the same series.
 */
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sendToCarbon } from './carbon';
import { graphiteLines, writeOpenMetrics } from './exposition';
import { createModel, DEFAULT_SEED, type Model } from './model';
import { startMetricsServer } from './server';

interface Args {
  readonly command: string;
  readonly positional: string[];
  readonly flags: Map<string, string>;
}

function parseArgs(argv: readonly string[]): Args {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new Error(`${a} needs a value`);
      }
      flags.set(a.slice(2), value);
      i++;
    } else {
      positional.push(a);
    }
  }
  return { command: positional.shift() ?? 'serve', positional, flags };
}

function hostPort(spec: string): { host: string; port: number } {
  const i = spec.lastIndexOf(':');
  const port = Number(spec.slice(i + 1));
  if (i <= 0 || !Number.isInteger(port)) {
    throw new Error(`expected HOST:PORT, got ${spec}`);
  }
  return { host: spec.slice(0, i), port };
}

function num(args: Args, name: string, fallback: number): number {
  const raw = args.flags.get(name);
  const v = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(v)) {
    throw new Error(`--${name} must be a number, got ${raw}`);
  }
  return v;
}

function anchorMs(args: Args): number {
  const file = args.flags.get('anchor-file');
  if (file && existsSync(file)) {
    const v = Number(readFileSync(file, 'utf8').trim());
    if (!Number.isFinite(v)) {
      throw new Error(`${file} does not hold epoch milliseconds`);
    }
    return v;
  }
  const now = Math.floor(Date.now() / 60000) * 60000;
  if (file) {
    writeFileSync(file, `${now}\n`);
  }
  return now;
}

function* backfillChunks(model: Model, fromMs: number, toMs: number, stepMs: number): Generator<string> {
  for (let t = fromMs; t <= toMs; t += stepMs) {
    yield graphiteLines(model, t);
  }
}

/** Runs `task` until it succeeds, every 5 s for up to 5 minutes (carbon may still be starting). */
async function retry(what: string, task: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (e) {
      if (attempt >= 60) {
        throw e;
      }
      console.error(`generator: ${what} failed (${(e as Error).message}); retrying in 5 s`);
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

async function serve(model: Model, args: Args): Promise<void> {
  const listen = hostPort(args.flags.get('listen') ?? '0.0.0.0:9464');
  const server = await startMetricsServer(model, { host: listen.host, port: listen.port });
  console.log(`generator: ${model.series.length} series on http://${listen.host}:${server.port}/metrics`);
  const carbonSpec = args.flags.get('carbon');
  if (!carbonSpec) {
    return;
  }
  const carbon = hostPort(carbonSpec);
  const hours = num(args, 'backfill-hours', 24);
  const stepMs = num(args, 'backfill-step', 60) * 1000;
  const intervalMs = num(args, 'carbon-interval', 60) * 1000;
  if (hours > 0) {
    const toMs = Math.floor(Date.now() / stepMs) * stepMs;
    await retry('Graphite backfill', () =>
      sendToCarbon(carbon.host, carbon.port, backfillChunks(model, toMs - hours * 3600e3, toMs, stepMs), 600000)
    );
    console.log(`generator: backfilled ${hours} h of Graphite history at ${stepMs / 1000} s`);
  }
  const tick = (): void => {
    sendToCarbon(carbon.host, carbon.port, [graphiteLines(model, Date.now())]).catch((e: Error) =>
      console.error(`generator: carbon write failed: ${e.message}`)
    );
  };
  tick();
  setInterval(tick, intervalMs);
}

async function openMetrics(model: Model, args: Args): Promise<void> {
  const file = args.positional[0];
  if (!file) {
    throw new Error('openmetrics needs an output FILE');
  }
  const hours = num(args, 'backfill-hours', 24);
  const stepMs = num(args, 'backfill-step', 60) * 1000;
  const toMs = Math.floor(model.anchorMs / stepMs) * stepMs;
  const out = createWriteStream(file);
  const targetLabels = {
    job: args.flags.get('job') ?? 'kale-generator',
    instance: args.flags.get('instance') ?? 'generator:9464',
  };
  writeOpenMetrics(model, { fromMs: toMs - hours * 3600e3, toMs, stepMs }, (chunk) => out.write(chunk), {
    targetLabels,
  });
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  console.log(`generator: wrote ${hours} h of OpenMetrics history at ${stepMs / 1000} s to ${file}`);
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  const model = createModel({ seed: num(args, 'seed', DEFAULT_SEED), anchorMs: anchorMs(args) });
  if (args.command === 'serve') {
    await serve(model, args);
  } else if (args.command === 'openmetrics') {
    await openMetrics(model, args);
  } else {
    throw new Error(`unknown command ${args.command} (serve | openmetrics)`);
  }
}

main(process.argv.slice(2)).catch((e: Error) => {
  console.error(`generator: ${e.message}`);
  process.exit(1);
});
