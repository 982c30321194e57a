/*
 * Parity with Etsy Skyline: latest-point verdicts against tests/fixtures/skyline/etsyReference.json,
 * written by tests/fixtures/skyline/etsyReference.py (Etsy's algorithms re-implemented in numpy
 * 2.4.6 / scipy 1.17.1 from skyline.md, lstsq with Etsy's rcond = −1). Exact equality: every verdict
 * is a threshold test, and both sides agreed on all 19,632 windows of a larger run; no tolerance is
 * needed.
 */
import reference from '../../../../tests/fixtures/skyline/etsyReference.json';
import { skylineEvery } from './every';
import { evaluateWindow } from './latest';
import { SKYLINE_ALGORITHMS, SKYLINE_DEFAULTS } from './options';

interface ReferenceSeries {
  kind: number;
  t0: number;
  step: number;
  v: number[];
  /** [k, status, anomalous, one letter per algorithm in Etsy's order: T, F or N (None)]. */
  evals: Array<[number, string, boolean, string]>;
}

const fixtures = reference as unknown as ReferenceSeries[];
const LETTER = { true: 'T', false: 'F', null: 'N' } as const;

describe.each(fixtures.map((f) => [f.kind, f] as const))(
  'series kind %p matches the numpy/scipy reference',
  (kind, f) => {
    const timesMs = Float64Array.from(f.v, (_, i) => (f.t0 + i * f.step) * 1000);
    const values = Float64Array.from(f.v);

    it('at every evaluated point, in latest-point mode', () => {
      for (const [k, status, anomalous, code] of f.evals) {
        const nowMs = timesMs[k - 1];
        let lo = 0;
        while (timesMs[lo] <= nowMs - SKYLINE_DEFAULTS.fullDurationSec * 1000) {
          lo++;
        }
        const got = evaluateWindow(timesMs, values, lo, k, nowMs, SKYLINE_DEFAULTS);
        const letters =
          got.status === 'ok' ? SKYLINE_ALGORITHMS.map((id) => LETTER[`${got.verdicts[id] ?? null}`]).join('') : '';
        expect([k, got.status, got.anomalous, letters]).toEqual([k, status, anomalous, code]);
      }
    });

    it('in every-point mode, on the consensus', () => {
      const every = skylineEvery({ name: `kind${kind}`, timesMs, values });
      for (const [k, , anomalous] of f.evals) {
        expect([k, every.anomalous[k - 1]]).toEqual([k, anomalous ? 1 : 0]);
      }
    });
  }
);
