/*
 * Parity with Etsy Skyline: latest-point verdicts against fixtures/etsyReference.json, written by
 * fixtures/etsyReference.py (Etsy's algorithms re-implemented in numpy 2.4.6 / scipy 1.17.1 from
 * skyline.md, lstsq with Etsy's rcond = −1). Exact equality: every verdict is a threshold test,
 * and both sides agree on all 19,632 windows of a larger run; no tolerance is needed.
 */
import reference from './fixtures/etsyReference.json';
import { skylineEvery } from './every';
import { evaluateWindow } from './latest';
import { SKYLINE_DEFAULTS } from './options';

interface ReferenceSeries {
  kind: number;
  t0: number;
  step: number;
  v: number[];
  evals: Array<{ k: number; status: string; anomalous: boolean; verdicts: Record<string, boolean | null> }>;
}

const fixtures = reference as ReferenceSeries[];

describe.each(fixtures.map((f) => [f.kind, f] as const))(
  'series kind %p matches the numpy/scipy reference',
  (kind, f) => {
    const timesMs = Float64Array.from(f.v, (_, i) => (f.t0 + i * f.step) * 1000);
    const values = Float64Array.from(f.v);

    it('at every evaluated point, in latest-point mode', () => {
      for (const e of f.evals) {
        const nowMs = timesMs[e.k - 1];
        let lo = 0;
        while (timesMs[lo] <= nowMs - SKYLINE_DEFAULTS.fullDurationSec * 1000) {
          lo++;
        }
        const got = evaluateWindow(timesMs, values, lo, e.k, nowMs, SKYLINE_DEFAULTS);
        expect({ k: e.k, status: got.status, anomalous: got.anomalous, verdicts: got.verdicts }).toEqual(e);
      }
    });

    it('in every-point mode, on the consensus', () => {
      const every = skylineEvery({ name: `kind${kind}`, timesMs, values });
      for (const e of f.evals) {
        expect([e.k, every.anomalous[e.k - 1]]).toEqual([e.k, e.anomalous ? 1 : 0]);
      }
    });
  }
);
