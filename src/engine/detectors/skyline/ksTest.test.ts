import fc from 'fast-check';
import { adfTestSeries } from '../../stats/adfTestSeries';
import { KsTestRolling, ksTest } from './ksTest';
import { RollingState } from './rollingState';
import { noise, windowOf } from './testWindows';
import { RAISES } from './window';

/** 10 s points: `reference` then `probe`, the last at now. */
function tenSecond(reference: number[], probe: number[]) {
  return windowOf([...reference, ...probe], 10);
}

describe('ks_test', () => {
  const flat = noise(360, 3);
  it('fires when the last 10 minutes shift away from a stationary previous 50', () => {
    expect(
      ksTest(
        tenSecond(
          flat.slice(0, 300),
          noise(60, 4).map((v) => v + 10)
        )
      )
    ).toBe(true);
  });

  it('is False without a shift, and False when the reference is a trend (ADF non-stationary)', () => {
    expect(ksTest(tenSecond(flat.slice(0, 300), noise(60, 4)))).toBe(false);
    let walk = 0;
    const randomWalk = noise(300, 5).map((v) => (walk += v));
    expect(
      ksTest(
        tenSecond(
          randomWalk,
          noise(60, 4).map((v) => v + walk + 50)
        )
      )
    ).toBe(false);
  });

  it('needs 20 points in each sample: never fires at 60 s resolution', () => {
    expect(ksTest(windowOf([...flat.slice(0, 50), 10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 60))).toBe(false);
  });

  it('raises (voiding the ensemble) when the ADF would be refused: 20 ≤ |R| ≤ 23', () => {
    const w = windowOf([...noise(22, 6), ...noise(30, 7).map((v) => v + 10)], 20);
    expect(ksTest(w)).toBe(RAISES);
  });

  it('is False for a constant reference (statsmodels 0.13 returns NaN)', () => {
    expect(ksTest(tenSecond(new Array(300).fill(1), new Array(60).fill(5)))).toBe(false);
  });
});

describe('KsTestRolling', () => {
  /** ADF-test series plus a level shift of `jump` every 350 points, at 10 s ± 2 s (the reference length varies). */
  const shifting = fc
    .record({
      kind: fc.constantFrom(0, 1, 4, 5, 6, 7),
      seed: fc.integer({ min: 1, max: 2 ** 31 }),
      scale: fc.constantFrom(1e-6, 1, 1e9),
      shift: fc.constantFrom(0, 1e9),
      jump: fc.constantFrom(8, 40),
      runs: fc.boolean(),
    })
    .map(({ kind, seed, scale, shift, jump, runs }) => {
      const n = 1100;
      const base = adfTestSeries(kind, n, seed, 1, 0, runs);
      const values = base.map((v, i) => (v + (Math.floor(i / 350) % 2) * jump) * scale + shift);
      const timesMs = Float64Array.from({ length: n }, (_, i) => 1.7e12 + i * 10_000 + ((i * 7919) % 5) * 1000 - 2000);
      return { timesMs, values };
    });

  it("gives ksTest's verdict at every point as a shifted reference slides (jittered steps, offsets, scales)", () => {
    let fired = 0;
    fc.assert(
      fc.property(shifting, ({ timesMs, values }) => {
        const state = new RollingState(timesMs, values);
        const rolling = new KsTestRolling(state);
        let lo = 0;
        for (let hi = 1; hi <= timesMs.length; hi++) {
          const nowMs = timesMs[hi - 1];
          while (timesMs[lo] <= nowMs - 3_700_000) {
            lo++;
          }
          state.sync(lo, hi);
          const want = ksTest({ timesMs: timesMs.subarray(lo, hi), values: values.subarray(lo, hi), nowMs });
          expect({ hi, verdict: rolling.evaluate() }).toEqual({ hi, verdict: want });
          fired += want === true ? 1 : 0;
        }
      }),
      { numRuns: 12, seed: 5 }
    );
    expect(fired).toBeGreaterThan(600);
  });
});
