import fc from 'fast-check';
import { seededRandom } from '../../stats/seededRandom';
import { type Series, VERDICT_ANOMALOUS, VERDICT_NONE } from '../../types';
import { detect } from '../../detect';
import { excessScore, kale, KALE_DEFAULTS, KALE_IDS } from '.';

const STEP = 300_000; // 5 minutes: 288 points a day

function series(values: ArrayLike<number>, step = STEP): Series {
  return {
    name: 's',
    timesMs: Float64Array.from({ length: values.length }, (_, i) => i * step),
    values: Float64Array.from(values),
  };
}

/** A daily wave plus a seeded wiggle, both repeating exactly every 288 points (rounded to 1e-3). */
function daily(n: number, seed: number): number[] {
  const random = seededRandom(seed);
  const wiggle = Array.from({ length: 288 }, () => random());
  return Array.from(
    { length: n },
    (_, i) => Math.round(1000 * (50 + 20 * Math.sin((2 * Math.PI * i) / 288) + wiggle[i % 288])) / 1000
  );
}

/** Anomalous indices after the first day (while the wave still sets records on its first rise). */
const anomalies = (s: Series, o = {}) =>
  Array.from(kale(s, o).anomalous)
    .map((a, i) => (a ? i : -1))
    .filter((i) => i >= 288);

describe('kale', () => {
  it('gives one track per part, the combined score as their maximum, and the value part’s band', () => {
    const xs = daily(1500, 1);
    const result = kale(series(xs), { hold: 0 });
    expect(result.detectors.map((t) => t.id)).toEqual([...KALE_IDS]);
    for (let i = 0; i < xs.length; i++) {
      const parts = result.detectors.map((t) => t.score[i]).filter((s) => !Number.isNaN(s));
      if (parts.length === 0) {
        expect(result.score[i]).toBeNaN();
      } else {
        expect(result.score[i]).toBe(Math.max(...parts));
      }
    }
    expect(result.upper).toBe(result.detectors[0].upper);
    expect(result.lower![1000]).toBeLessThan(result.upper![1000]);
  });

  it('flags a spike at once, and the score maps the excess e to e / (e + excessHalf)', () => {
    const xs = daily(1500, 2);
    xs[1200] = 200;
    const result = kale(series(xs));
    // One day later the seasonal baseline is the median of three days, so the spike does not echo.
    expect(anomalies(series(xs))).toEqual([1200]);
    expect(result.detectors[2].score[1488]).toBe(0);
    const value = result.detectors[0];
    const e = (200 - value.upper![1200]) / (value.upper![1200] - value.lower![1200]);
    expect(value.score[1200]).toBeCloseTo(excessScore(e, KALE_DEFAULTS.excessHalf), 12);
    expect(value.verdicts[1200]).toBe(VERDICT_ANOMALOUS);
    expect(result.votes[1200]).toBeGreaterThanOrEqual(1);
  });

  it('sees a dip that stays inside the daily range through the seasonal part', () => {
    const xs = daily(2000, 3);
    for (let i = 1500; i < 1520; i++) {
      xs[i] = 50; // the wave's midline at its daily peak: inside the value range, far off yesterday
    }
    const found = anomalies(series(xs));
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toBeGreaterThanOrEqual(1500);
    expect(found[0]).toBeLessThan(1520);
    const result = kale(series(xs));
    expect(result.detectors[2].score[found[0]]).toBe(result.score[found[0]]);
    expect(result.detectors[0].verdicts[found[0]]).not.toBe(VERDICT_ANOMALOUS);
  });

  it('matches the seasonal baseline by time, so a gap does not shift it to another time of day', () => {
    const xs = daily(2000, 3);
    for (let i = 1500; i < 1520; i++) {
      xs[i] = 50;
    }
    const keep = Array.from({ length: 2000 }, (_, i) => i).filter((i) => i < 900 || i >= 1000);
    const gapped: Series = {
      name: 'gap',
      timesMs: Float64Array.from(keep, (i) => i * STEP),
      values: Float64Array.from(keep, (i) => xs[i]),
    };
    const found = anomalies(gapped);
    expect(found.length).toBeGreaterThan(0);
    expect(keep[found[0]]).toBeGreaterThanOrEqual(1500);
    expect(keep[found[0]]).toBeLessThan(1520);
  });

  it('learns a weekly pattern from the same time a week earlier, and still sees a weekday dip', () => {
    const HOUR = 3_600_000;
    const random = seededRandom(6);
    const wiggle = Array.from({ length: 24 }, () => random());
    // Hourly: a daily wave on weekdays, a flat lower level on days 5 and 6 of every week.
    const xs = Array.from({ length: 28 * 24 }, (_, i) => {
      const weekend = Math.floor(i / 24) % 7 >= 5;
      return (weekend ? 30 : 50 + 20 * Math.sin((2 * Math.PI * i) / 24)) + wiggle[i % 24];
    });
    const dip = 23 * 24 + 4; // a weekday morning, near the wave's top: inside the value range
    for (let i = dip; i < dip + 4; i++) {
      xs[i] -= 12;
    }
    const opts = { window: 7 * 24, hold: 0 };
    const weekly = kale(series(xs, HOUR), opts);
    const dailyOnly = kale(series(xs, HOUR), { ...opts, weekMs: 0 });
    const flagged = (r: typeof weekly, from: number, to: number) =>
      Array.from(r.anomalous.slice(from, to)).some((a) => a === 1);
    expect(flagged(weekly, dip, dip + 4)).toBe(true);
    expect(weekly.detectors[2].verdicts[dip]).toBe(VERDICT_ANOMALOUS);
    // Without the week-ago reference, last weekend's departures from the recent days fill the
    // seasonal part's range, so the dip stays inside it.
    expect(flagged(dailyOnly, dip, dip + 4)).toBe(false);
    // From the second week on, weekends and the Mondays after them match a week earlier.
    for (const day of [12, 13, 14, 19, 20, 21]) {
      expect(flagged(weekly, day * 24, day * 24 + 24)).toBe(false);
    }
  });

  it('does not echo an anomalous weekend a week later (the weekly baseline is a median of weeks)', () => {
    const HOUR = 3_600_000;
    const random = seededRandom(7);
    const wiggle = Array.from({ length: 24 }, () => random());
    const xs = Array.from({ length: 35 * 24 }, (_, i) => {
      const weekend = Math.floor(i / 24) % 7 >= 5;
      return (weekend ? 30 : 50 + 20 * Math.sin((2 * Math.PI * i) / 24)) + wiggle[i % 24];
    });
    const bump = 26 * 24 + 10; // a Saturday of the fourth week
    for (let i = bump; i < bump + 4; i++) {
      xs[i] += 15;
    }
    const r = kale(series(xs, HOUR), { window: 7 * 24, hold: 0 });
    expect(Array.from(r.anomalous.slice(bump, bump + 4)).some((a) => a === 1)).toBe(true);
    expect(Array.from(r.anomalous.slice(bump + 7 * 24, bump + 7 * 24 + 4)).every((a) => a === 0)).toBe(true);
  });

  it('suppresses repeat alarms for `hold` points after an alarm', () => {
    const xs = daily(1500, 4);
    xs[1200] = 200;
    xs[1210] = 190;
    // 190 stays below the record 200 just set, so only kale_seasonal flags it; neither echoes a day
    // later (1488, 1498), as the seasonal baseline is the median of three days.
    expect(anomalies(series(xs), { hold: 0 })).toEqual([1200, 1210]);
    expect(anomalies(series(xs), { hold: 50 })).toEqual([1200]);
  });

  it('is causal: the result at i is unchanged when later points change or are removed', () => {
    const opts = { window: 40, minHistory: 5, smoothSpan: 4, hold: 6 };
    const value = fc.oneof(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.constant(NaN));
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 150 }),
        fc.array(value, { maxLength: 30 }),
        fc.nat(),
        (xs, tail, cut) => {
          const i = cut % xs.length;
          const step = 3_600_000 * 3; // 8 points a day, so the seasonal part takes part
          const a = kale(series(xs, step), opts);
          const b = kale(series([...xs.slice(0, i + 1), ...tail], step), opts);
          const head = (r: Float64Array | Int8Array | Uint8Array) => Array.from(r.slice(0, i + 1));
          expect(head(b.score)).toEqual(head(a.score));
          expect(head(b.anomalous)).toEqual(head(a.anomalous));
          a.detectors.forEach((t, k) => {
            expect(head(b.detectors[k].score)).toEqual(head(t.score));
            expect(head(b.detectors[k].upper!)).toEqual(head(t.upper!));
          });
        }
      ),
      { numRuns: 200 }
    );
  });

  it('is causal with gaps too: the seasonal baseline is matched by time, never ahead', () => {
    const opts = { window: 40, minHistory: 5, smoothSpan: 4, hold: 6 };
    const point = fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.integer({ min: 1, max: 3 }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 150 }), fc.nat(), (pts, cut) => {
        const i = cut % pts.length;
        const timesMs = new Float64Array(pts.length);
        pts.forEach(([, gap], k) => (timesMs[k] = (k > 0 ? timesMs[k - 1] : 0) + gap * 3 * 3_600_000));
        const full: Series = { name: 'g', timesMs, values: Float64Array.from(pts, ([v]) => v) };
        const head: Series = { name: 'g', timesMs: timesMs.slice(0, i + 1), values: full.values.slice(0, i + 1) };
        const a = kale(full, opts);
        const b = kale(head, opts);
        a.detectors.forEach((t, k) =>
          expect(Array.from(b.detectors[k].score)).toEqual(Array.from(t.score.slice(0, i + 1)))
        );
        expect(Array.from(b.score)).toEqual(Array.from(a.score.slice(0, i + 1)));
      }),
      { numRuns: 200 }
    );
  });

  it('keeps every score in [0, 1] (or NaN without a verdict)', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { maxLength: 120 }), (xs) => {
        const r = kale(series(xs), { minHistory: 3, window: 30 });
        r.score.forEach((s) => expect(Number.isNaN(s) || (s >= 0 && s <= 1)).toBe(true));
        r.detectors.forEach((t) =>
          t.score.forEach((s, i) => expect(Number.isNaN(s)).toBe(t.verdicts[i] === VERDICT_NONE))
        );
      })
    );
  });

  it('runs as the `kale` preset of detect(), and its parts as selectable detector ids', () => {
    const xs = daily(1500, 5);
    xs[1200] = 200;
    const viaPreset = detect(series(xs), { preset: 'kale' });
    expect(Array.from(viaPreset.score)).toEqual(Array.from(kale(series(xs)).score));
    expect(viaPreset.anomalous[1200]).toBe(1);
    const custom = detect(series(xs), { detectors: ['kale_seasonal', 'kale_value'] });
    expect(custom.detectors.map((t) => t.id)).toEqual(['kale_seasonal', 'kale_value']);
    expect(custom.detectors[1].score[1200]).toBe(kale(series(xs)).detectors[0].score[1200]);
  });

  it('rejects bad options with an error naming each one', () => {
    expect(() => kale(series([1, 2, 3]), { window: 0, damp: 2, threshold: NaN })).toThrow(
      /window must be an integer in \[1, 1e7\], got 0; threshold must be in \(0, 1\], got NaN; damp must be in \[0, 1\], got 2/
    );
    expect(() => kale(series([1, 2, 3]), { smoothSpan: 2.5 })).toThrow(/smoothSpan/);
    expect(() => kale(series([1, 2, 3]), { weekMs: -1 })).toThrow(/weekMs must be 0 or a finite number > 0, got -1/);
    expect(() => kale(series([1, 2, 3]), { weekMs: Infinity })).toThrow(/weekMs/);
    expect(kale(series([1, 2, 3]), { weekMs: 0 }).score.length).toBe(3);
  });

  it('handles empty, one point, constant, NaN, ±Infinity and Number.MAX_VALUE input', () => {
    expect(kale(series([])).score.length).toBe(0);
    const one = kale(series([5]));
    expect(one.score[0]).toBeNaN();
    expect(one.anomalous[0]).toBe(0);
    const flat = kale(series(new Array(300).fill(0.1)));
    expect(Array.from(flat.score.slice(100))).toEqual(new Array(200).fill(0));
    const holes = new Array(300).fill(1).map((x, i) => (i % 7 === 0 ? NaN : i % 11 === 0 ? Infinity : x + (i % 3)));
    holes[250] = -Infinity;
    const r = kale(series(holes));
    expect(r.score[7]).toBeNaN();
    expect(r.score[11]).toBeNaN();
    expect(r.score[250]).toBeNaN();
    expect(r.score[200]).toBeGreaterThanOrEqual(0);
    expect(r.score[200]).toBeLessThanOrEqual(1);
    const extreme = kale(series([...new Array(100).fill(0), Number.MAX_VALUE, -Number.MAX_VALUE, 0]));
    expect(extreme.score[100]).toBeNaN(); // beyond 1e150: treated as missing, as detect() does
    expect(extreme.score[102]).toBe(0);
    const huge = kale(series([...new Array(100).fill(0), 1e150, -1e150, 0]));
    expect(huge.score[100]).toBe(1);
    expect(huge.anomalous[100]).toBe(1);
  });
});
