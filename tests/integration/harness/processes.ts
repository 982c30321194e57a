/*
 * Child processes for integration tests: free loopback ports, spawning a server with its output
 * captured to a log file, bounded waits that fail with the log's tail, and stopping exactly the
 * process ids we started (SIGTERM, then SIGKILL after a grace period).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Started {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  /** Last `lines` lines of the process's output. */
  logTail(lines?: number): string;
  /** Stops the process (idempotent); resolves when it has exited. */
  stop(): Promise<void>;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export function startProcess(
  name: string,
  command: string,
  args: readonly string[],
  options: { logFile: string; env?: NodeJS.ProcessEnv; cwd?: string }
): Started {
  const fd = openSync(options.logFile, 'a');
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  if (child.pid === undefined) {
    throw new Error(`${name}: could not start ${command} (is it installed? run scripts/ci-services.sh)`);
  }
  const pid = child.pid;
  let exited = child.exitCode !== null;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
    child.once('error', () => {
      exited = true;
      resolve();
    });
  });
  return {
    name,
    pid,
    logFile: options.logFile,
    logTail: (lines = 30) => tail(options.logFile, lines),
    async stop() {
      if (exited) {
        return;
      }
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        if (!exited) {
          child.kill('SIGKILL');
        }
      }, 5000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Polls `probe` every `intervalMs` until it returns true; throws after `timeoutMs` with `context()`. */
export async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  options: { timeoutMs: number; intervalMs?: number; context?: () => string }
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      if (await probe()) {
        return;
      }
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 250));
  }
  throw new Error(
    `timed out after ${options.timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}\n${options.context?.() ?? ''}`
  );
}

/** GET `url` and return the raw body text (fixtures keep the server's exact bytes); throws on non-2xx. */
export async function getText(url: string, timeoutMs = 10000): Promise<string> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  const body = await res.text();
  if (!res.ok) {
    throw new Error(`GET ${url}: HTTP ${res.status}: ${body.slice(0, 300)}`);
  }
  return body;
}

/** GET `url` and parse JSON. */
export async function getJson(url: string, timeoutMs = 10000): Promise<unknown> {
  return JSON.parse(await getText(url, timeoutMs)) as unknown;
}
