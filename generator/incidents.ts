/*
 * Scripted incidents: what happens to which series, and when. An incident is a named list of
 * effects; an effect either scales a series by (1 + factor·E(t)) with a trapezoid envelope E, or
 * adds a growing ramp of `perHour` × base per hour (a leak, reset by a restart at its end).
 * Rule: four kinds — spike (short scale), level shift (scale that never ends), slow leak (ramp),
 * cascade (one series' envelope drives another's after a lag).
 * Source: our own scenario script.
 */
import type { Envelope } from './envelope';

export type Effect =
  | { readonly key: string; readonly op: 'scale'; readonly envelope: Envelope; readonly factor: number }
  | {
      readonly key: string;
      readonly op: 'ramp';
      readonly startSec: number;
      readonly endSec: number;
      readonly perHour: number;
    };

export type IncidentKind = 'spike' | 'levelShift' | 'leak' | 'cascade';

export interface Incident {
  readonly kind: IncidentKind;
  readonly name: string;
  /** Epoch seconds when the incident starts showing, and when it is over (Infinity: never). */
  readonly startSec: number;
  readonly endSec: number;
  readonly effects: readonly Effect[];
}

/** A short burst: rise 30 s, hold, fall 30 s. */
export function spike(name: string, key: string, startSec: number, durationSec: number, factor: number): Incident {
  const envelope = { startSec, riseSec: 30, holdSec: Math.max(0, durationSec - 60), fallSec: 30 };
  return {
    kind: 'spike',
    name,
    startSec,
    endSec: startSec + durationSec,
    effects: [{ key, op: 'scale', envelope, factor }],
  };
}

/** A permanent change of level (after a 2-minute ramp), on one or more series. */
export function levelShift(name: string, targets: ReadonlyArray<[string, number]>, startSec: number): Incident {
  const envelope = { startSec, riseSec: 120, holdSec: Infinity, fallSec: 0 };
  return {
    kind: 'levelShift',
    name,
    startSec,
    endSec: Infinity,
    effects: targets.map(([key, factor]) => ({ key, op: 'scale' as const, envelope, factor })),
  };
}

/** A slow leak: grows by `perHour` × base each hour from `startSec`, gone after the restart at `endSec`. */
export function leak(
  name: string,
  targets: ReadonlyArray<[string, number]>,
  startSec: number,
  endSec: number
): Incident {
  return {
    kind: 'leak',
    name,
    startSec,
    endSec,
    effects: targets.map(([key, perHour]) => ({ key, op: 'ramp' as const, startSec, endSec, perHour })),
  };
}

/**
 * A cascade: `source` degrades (scaled by 1 + sourceFactor·E), and `target` follows `lagSec`
 * later (scaled by 1 + targetFactor·E shifted by the lag). Rise and fall take 3 minutes each.
 */
export function cascade(
  name: string,
  source: string,
  target: string,
  startSec: number,
  durationSec: number,
  sourceFactor: number,
  targetFactor: number,
  lagSec: number
): Incident {
  const envelope = { startSec, riseSec: 180, holdSec: Math.max(0, durationSec - 360), fallSec: 180 };
  const lagged = { ...envelope, startSec: startSec + lagSec };
  return {
    kind: 'cascade',
    name,
    startSec,
    endSec: startSec + durationSec + lagSec,
    effects: [
      { key: source, op: 'scale', envelope, factor: sourceFactor },
      { key: target, op: 'scale', envelope: lagged, factor: targetFactor },
    ],
  };
}

const H = 3600;

/**
 * The default story around `anchorSec` (the stack's start): a day of history holds a leak and
 * its restart, a level shift, a cascade and a spike; a second spike comes 30 minutes after start.
 */
export function defaultIncidents(anchorSec: number): Incident[] {
  return [
    leak(
      'inventory memory leak',
      [
        ['kale.inventory.process.memory_bytes', 0.06],
        ['kale.inventory.process.gc_pause', 0.1],
      ],
      anchorSec - 14 * H,
      anchorSec - 2 * H
    ),
    levelShift(
      'search traffic shift',
      [
        ['kale.search.query.requests', 0.6],
        ['kale.search.process.cpu', 0.3],
      ],
      anchorSec - 8 * H
    ),
    cascade(
      'payments latency → checkout errors',
      'kale.payments.charge.latency_p99',
      'kale.checkout.checkout.errors',
      anchorSec - 5 * H,
      20 * 60,
      3,
      12,
      120
    ),
    spike('checkout cart latency spike', 'kale.checkout.cart.latency_p99', anchorSec - 3 * H, 5 * 60, 4),
    spike('frontend home latency spike', 'kale.frontend.home.latency_p99', anchorSec + 30 * 60, 5 * 60, 4),
  ];
}
