/*
 * Grubbs critical values G(n) for the every-point form, in one table by n shared by every series.
 * Rule: table[n] = grubbsCritical(n), filled once for every n up to the largest window seen, so
 * a per-point lookup is one array read (no call, no memo check).
 * Source: grubbsCritical.ts (Skyline's grubbs threshold).
 */
import { grubbsCritical } from '../../stats/grubbsCritical';

let table = new Float64Array(0);

/** The table holding G(n) for every n ≤ maxN (valid until the next call with a larger maxN). */
function criticalTable(maxN: number): Float64Array {
  if (maxN >= table.length) {
    const grown = new Float64Array(Math.max(maxN + 1, 2 * table.length));
    grown.set(table);
    for (let n = table.length; n < grown.length; n++) {
      grown[n] = grubbsCritical(n);
    }
    table = grown;
  }
  return table;
}

/** Bound once for per-point callers (imported bindings are getters under CommonJS interop). */
export const GRUBBS_THRESHOLDS = { criticalTable } as const;
