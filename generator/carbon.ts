/*
 * Carbon plaintext writer: opens one TCP connection, writes the given chunks with back-pressure
 * and closes it. Used for the live feed and for timestamped history (backfill), which carbon
 * accepts on the same port.
 * Source: Graphite docs "Feeding in your data" (plaintext protocol, default port 2003).
 */
import { connect } from 'node:net';

/** Sends every chunk produced by `chunks` to host:port; resolves once carbon has the bytes. */
export async function sendToCarbon(
  host: string,
  port: number,
  chunks: Iterable<string>,
  timeoutMs = 30000
): Promise<void> {
  const socket = connect({ host, port });
  socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`carbon ${host}:${port}: timed out`)));
  const failed = new Promise<never>((_, reject) => socket.once('error', reject));
  failed.catch(() => undefined);
  await Promise.race([new Promise<void>((resolve) => socket.once('connect', () => resolve())), failed]);
  for (const chunk of chunks) {
    if (!socket.write(chunk)) {
      await Promise.race([new Promise<void>((resolve) => socket.once('drain', () => resolve())), failed]);
    }
  }
  await Promise.race([new Promise<void>((resolve) => socket.end(() => resolve())), failed]);
}
