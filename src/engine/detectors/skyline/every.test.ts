import fc from 'fast-check';
import { type Series, VERDICT_ANOMALOUS, VERDICT_NONE, VERDICT_NORMAL } from '../../types';
import { skylineEvery } from './every';
import { evaluateWindow } from './latest';
import { resolveSkylineOptions, SKYLINE_ALGORITHMS, type SkylineOptions } from './options';
import { prepareSeries } from './prepareSeries';

const T0_MS = 1_700_000_000_000;

// Each property below runs the oracle on every prefix (1–2.5 s alone); under load that can pass
// Jest's 5 s default, so the limit is generous: these are not timing checks.
jest.setTimeout(60_000);

/** Every-point output must equal the latest-point oracle on each prefix window. */
function expectEveryEqualsOracle(series: Series, options: Partial<SkylineOptions>): void {
  const o = resolveSkylineOptions(options);
  const every = skylineEvery(series, options);
  const p = prepareSeries(series, o.nanPolicy);
  let lo = 0;
  for (let k = 0; k < p.timesMs.length; k++) {
    const now = p.timesMs[k];
    while (p.timesMs[lo] <= now - o.fullDurationSec * 1000) {
      lo++;
    }
    const oracle = evaluateWindow(p.timesMs, p.values, lo, k + 1, now, o);
    const at = p.sourceIndex === null ? k : p.sourceIndex[k];
    const got = o.algorithms.map((id, j) => every.detectors[j].verdicts[at]);
    const want = o.algorithms.map((id) => {
      if (oracle.status !== 'ok') {
        return VERDICT_NONE;
      }
      const v = oracle.verdicts[id];
      return v === true ? VERDICT_ANOMALOUS : v === false ? VERDICT_NORMAL : VERDICT_NONE;
    });
    const context = { k, status: oracle.status, values: Array.from(p.values.subarray(lo, k + 1)) };
    expect({ ...context, verdicts: got }).toEqual({ ...context, verdicts: want });
    expect(every.anomalous[at]).toBe(oracle.anomalous ? 1 : 0);
    expect(every.votes[at]).toBe(oracle.votes);
  }
}

const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 3, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, 0.1, 1e9 + 0.5, -0) }
);

/** Segments of (step, level, noise): level shifts, constant runs, ties, occasional NaN. */
const seriesArb = (maxLen: number, steps: number[]) =>
  fc
    .array(
      fc.record({
        len: fc.integer({ min: 1, max: 60 }),
        step: fc.constantFrom(...steps),
        level: fc.constantFrom(0, 5, 100, -40),
        noise: fc.array(value, { minLength: 1, maxLength: 8 }),
        constant: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 }
    )
    .map((segments) => {
      const times: number[] = [];
      const values: number[] = [];
      let t = T0_MS;
      for (const s of segments) {
        for (let i = 0; i < s.len && times.length < maxLen; i++) {
          t += s.step * 1000;
          times.push(t);
          values.push(s.constant ? s.level : s.level + s.noise[i % s.noise.length]);
        }
      }
      return { name: 'random', timesMs: Float64Array.from(times), values: Float64Array.from(values) };
    });

describe('skylineEvery equals the latest-point oracle on every prefix', () => {
  it('for random series with ties, NaN, constant runs and level shifts (default options)', () => {
    fc.assert(
      fc.property(seriesArb(300, [10, 30, 60, 0]), (series) => expectEveryEqualsOracle(series, {})),
      { numRuns: 60 }
    );
  });

  it('with a short FULL_DURATION so the window slides, and other settings', () => {
    const optionsArb = fc.record({
      fullDurationSec: fc.constantFrom(3700, 4000, 7200),
      boredomSetSize: fc.constantFrom(1, 2),
      maxTolerableBoredom: fc.constantFrom(5, 100),
      consensusMode: fc.constantFrom<'skyline' | 'strict'>('skyline', 'strict'),
      nanPolicy: fc.constantFrom<'drop' | 'fail'>('drop', 'fail'),
      minTolerableLength: fc.constantFrom(1, 10),
      firstHourAgoSec: fc.constantFrom(null, 3600, 5400),
    });
    fc.assert(
      fc.property(seriesArb(400, [10, 30, 60, 300]), optionsArb, (series, options) =>
        expectEveryEqualsOracle(series, options)
      ),
      { numRuns: 60 }
    );
  });

  it('with any subset of the algorithms in any order (each track keeps its own column)', () => {
    const algorithmsArb = fc
      .shuffledSubarray([...SKYLINE_ALGORITHMS], { minLength: 1 })
      .map((ids) => ids as SkylineOptions['algorithms']);
    fc.assert(
      fc.property(seriesArb(200, [10, 60]), algorithmsArb, fc.integer({ min: 1, max: 9 }), (series, algorithms, c) =>
        expectEveryEqualsOracle(series, {
          algorithms,
          consensus: Math.min(c, algorithms.length),
          fullDurationSec: 3700,
        })
      ),
      { numRuns: 40 }
    );
  });

  it('on level shifts at 10 s resolution, where ks_test and its ADF run', () => {
    const shift = fc
      .record({ before: fc.constantFrom(0, 3), after: fc.constantFrom(8, 20), seed: fc.integer() })
      .map((r) => {
        const n = 500;
        let state = r.seed >>> 0 || 1;
        const times = new Float64Array(n);
        const values = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          times[i] = T0_MS + i * 10_000;
          values[i] = (i < 420 ? r.before : r.after) + (state / 2 ** 32) * 3;
        }
        return { name: 'shift', timesMs: times, values };
      });
    fc.assert(
      fc.property(shift, (series) => expectEveryEqualsOracle(series, { fullDurationSec: 4000 })),
      { numRuns: 10 }
    );
  });

  it('with extreme magnitudes (Number.MAX_VALUE, 1e300, 1e-300, ±0, ±Infinity)', () => {
    const extreme = fc.oneof(
      { weight: 30, arbitrary: fc.integer({ min: -2, max: 2 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e300, -1e300, 1e-300, 0, -0, 1e15 + 0.5),
      },
      { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity, NaN) }
    );
    const arb = fc.array(extreme, { minLength: 1, maxLength: 300 }).map((values) => ({
      name: 'extreme',
      timesMs: Float64Array.from(values, (_, i) => T0_MS + i * 60_000),
      values: Float64Array.from(values),
    }));
    fc.assert(
      fc.property(arb, fc.constantFrom(3700, 86400), (series, fullDurationSec) =>
        expectEveryEqualsOracle(series, { fullDurationSec })
      ),
      { numRuns: 60 }
    );
  });

  it('keeps the input length and order when the input is unsorted with duplicates', () => {
    const series = {
      name: 'messy',
      timesMs: Float64Array.from([3000, 1000, 2000, 2000, 4000]),
      values: Float64Array.from([3, 1, 5, 2, 4]),
    };
    const result = skylineEvery(series);
    expect(result.anomalous).toHaveLength(5);
    expect(result.detectors.map((d) => d.id)).toEqual([...SKYLINE_ALGORITHMS]);
    expect(result.notices.join(' ')).toMatch(/dropped 1 duplicate/);
    expectEveryEqualsOracle(series, {});
  });
});

describe('verdictsFromMs', () => {
  it('gives the same verdicts from that time on, and none before it', () => {
    const optionsArb = fc.record({
      fullDurationSec: fc.constantFrom(3700, 86400),
      boredomSetSize: fc.constantFrom(1, 2),
      maxTolerableBoredom: fc.constantFrom(5, 100),
      nanPolicy: fc.constantFrom<'drop' | 'fail'>('drop', 'fail'),
    });
    fc.assert(
      fc.property(
        seriesArb(400, [10, 30, 60]),
        optionsArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (series, options, at) => {
          const n = series.timesMs.length;
          const fromMs = series.timesMs[Math.min(n - 1, Math.floor(at * n))];
          const all = skylineEvery(series, options);
          const part = skylineEvery(series, { ...options, verdictsFromMs: fromMs });
          for (let i = 0; i < n; i++) {
            const late = series.timesMs[i] >= fromMs;
            const verdicts = (r: typeof all) => r.detectors.map((d) => d.verdicts[i]);
            expect({ i, verdicts: verdicts(part), votes: part.votes[i] }).toEqual(
              late
                ? { i, verdicts: verdicts(all), votes: all.votes[i] }
                : { i, verdicts: all.detectors.map(() => VERDICT_NONE), votes: part.votes[i] }
            );
            expect(Object.is(part.score[i], late ? all.score[i] : NaN)).toBe(true);
            // The band is running moments summed in another grouping when the window starts later:
            // equal up to rounding (the verdicts above are exact).
            const [got, want] = [part.upper?.[i] ?? NaN, late ? (all.upper?.[i] ?? NaN) : NaN];
            expect(Number.isNaN(got) ? Number.isNaN(want) : Math.abs(got - want) <= 1e-9 * (1 + Math.abs(want))).toBe(
              true
            );
          }
        }
      ),
      { numRuns: 80 }
    );
  });
});
