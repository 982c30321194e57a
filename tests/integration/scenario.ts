/*
 * The integration tests' story: the generator's four incident kinds packed into the two hours
 * before `anchorMs` (the test's start), on a dozen series, so a backfill of two hours holds all
 * of them and the servers stay small.
 */
import { cascade, leak, levelShift, spike } from '../../generator/incidents';
import { createModel, type Model } from '../../generator/model';

export const MIN = 60;
/** The history the integration tests backfill and query: every incident lies inside it. */
export const HISTORY_SEC = 2 * 3600;

export const KEYS = {
  spike: 'kale.checkout.cart.latency_p99',
  shiftRequests: 'kale.search.query.requests',
  shiftCpu: 'kale.search.process.cpu',
  leakMemory: 'kale.inventory.process.memory_bytes',
  cascadeSource: 'kale.payments.charge.latency_p99',
  cascadeTarget: 'kale.checkout.checkout.errors',
} as const;

/** Incident series plus calm neighbours. */
export const SCENARIO_KEYS: readonly string[] = [
  ...Object.values(KEYS),
  'kale.checkout.cart.latency_p50',
  'kale.checkout.cart.requests',
  'kale.payments.charge.requests',
  'kale.frontend.home.latency_p99',
  'kale.inventory.process.cpu',
  'kale.auth.token.latency_p99',
];

export interface Windows {
  readonly spike: { startSec: number; endSec: number };
  readonly shiftSec: number;
  readonly leak: { startSec: number; endSec: number };
  readonly cascade: { startSec: number; durationSec: number; lagSec: number };
}

export function scenarioWindows(anchorSec: number): Windows {
  return {
    spike: { startSec: anchorSec - 25 * MIN, endSec: anchorSec - 20 * MIN },
    shiftSec: anchorSec - 60 * MIN,
    leak: { startSec: anchorSec - 110 * MIN, endSec: anchorSec - 15 * MIN },
    cascade: { startSec: anchorSec - 45 * MIN, durationSec: 12 * MIN, lagSec: 120 },
  };
}

export function scenarioModel(anchorMs: number): Model {
  const w = scenarioWindows(anchorMs / 1000);
  return createModel({
    anchorMs,
    incidents: [
      leak('memory leak', [[KEYS.leakMemory, 0.3]], w.leak.startSec, w.leak.endSec),
      levelShift(
        'traffic shift',
        [
          [KEYS.shiftRequests, 0.6],
          [KEYS.shiftCpu, 0.3],
        ],
        w.shiftSec
      ),
      cascade(
        'latency → errors',
        KEYS.cascadeSource,
        KEYS.cascadeTarget,
        w.cascade.startSec,
        w.cascade.durationSec,
        3,
        12,
        w.cascade.lagSec
      ),
      spike('latency spike', KEYS.spike, w.spike.startSec, w.spike.endSec - w.spike.startSec, 4),
    ],
  });
}
