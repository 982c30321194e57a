/*
 * The checks both back-end tests (and the recorded-fixture test) make on series that came back
 * from a server, so Prometheus and Graphite are held to the same expectations: the spike, the
 * level shift, the leak and the cascade are where the scenario put them, and the engine's
 * detectors flag them.
 */
import { createModel, generateSeries, type Model } from '../../generator/model';
import { detect, type PresetName } from '../../src/engine/detect';
import type { Series } from '../../src/engine/types';
import { bestLagSec, flaggedInside, windowMean } from './analysis';
import { HISTORY_SEC, MIN, type Windows } from './scenario';

export function onlySeries(series: Series[]): Series {
  expect(series).toHaveLength(1);
  return series[0];
}

export function expectSpike(s: Series, w: Windows): void {
  const during = windowMean(s, w.spike.startSec + MIN, w.spike.endSec - MIN);
  const before = windowMean(s, w.spike.startSec - 30 * MIN, w.spike.startSec - MIN);
  expect(during / before).toBeGreaterThan(3);
}

/** Memory grows over 30 % during the leak and is back within 15 % of its start after the restart. */
export function expectLeak(s: Series, w: Windows, stepSec: number): void {
  const start = windowMean(s, w.leak.startSec - 5 * MIN, w.leak.startSec);
  const top = windowMean(s, w.leak.endSec - 5 * MIN, w.leak.endSec - stepSec);
  const restarted = windowMean(s, w.leak.endSec + stepSec, w.leak.endSec + 5 * MIN);
  expect(top / start).toBeGreaterThan(1.3);
  expect(Math.abs(restarted / start - 1)).toBeLessThan(0.15);
}

/**
 * The per-second rate `s` of counter `key` exceeds the same counter's rate without incidents
 * (same seed, empty script) by the scripted 0.6 × base after the shift, and not before it.
 */
export function expectLevelShift(s: Series, model: Model, key: string, w: Windows): void {
  const spec = model.byKey(key);
  const calmModel = createModel({ seed: model.seed, anchorMs: model.anchorMs, incidents: [] });
  const [g] = generateSeries(calmModel, {
    fromMs: s.timesMs[0],
    toMs: s.timesMs[s.timesMs.length - 1],
    stepMs: s.timesMs[1] - s.timesMs[0],
    keys: [key],
  });
  const calm: Series = {
    name: 'calm',
    timesMs: Float64Array.from(g.points, ([t]) => t),
    values: Float64Array.from(g.points, ([, v]) => v),
  };
  const excess = (fromSec: number, toSec: number): number =>
    (windowMean(s, fromSec, toSec) - windowMean(calm, fromSec, toSec)) / spec.base;
  expect(excess(w.shiftSec + 5 * MIN, w.shiftSec + 25 * MIN)).toBeCloseTo(0.6, 1);
  expect(excess(w.shiftSec - 25 * MIN, w.shiftSec - 5 * MIN)).toBeCloseTo(0, 1);
}

/** The error rate best follows the upstream latency at about the scripted lag (rate windows trail by up to 90 s). */
export function expectCascadeLag(source: Series, target: Series, w: Windows): void {
  const lag = bestLagSec(source, target, w.cascade.startSec - 10 * MIN, w.cascade.startSec + 25 * MIN, 10 * MIN);
  expect(lag).toBeGreaterThanOrEqual(w.cascade.lagSec - 30);
  expect(lag).toBeLessThanOrEqual(w.cascade.lagSec + 90);
}

/** The preset runs without errors and flags the spike, the shift and the cascade's errors, densely inside their windows. */
export function expectFlagged(preset: PresetName, spike: Series, shift: Series, errors: Series, w: Windows): void {
  const cases: Array<[Series, number, number]> = [
    [spike, w.spike.startSec, w.spike.endSec + 2 * MIN],
    [shift, w.shiftSec, w.shiftSec + 10 * MIN],
    [
      errors,
      w.cascade.startSec + w.cascade.lagSec,
      w.cascade.startSec + w.cascade.lagSec + w.cascade.durationSec + 2 * MIN,
    ],
  ];
  for (const [series, fromSec, toSec] of cases) {
    // Skyline's FULL_DURATION is the history queried: with the default 24 h over 2 h of data,
    // first_hour_average has no first hour and never votes, and 6 of 9 hangs on MAD's None.
    const r = detect(series, { preset, options: { skyline: { fullDurationSec: HISTORY_SEC } } });
    expect(r.notices.filter((n) => n.startsWith('error:'))).toEqual([]);
    const f = flaggedInside(r, fromSec, toSec);
    expect({ series: series.name, flagged: f.inside > 0 }).toEqual({ series: series.name, flagged: true });
    expect(f.insideRate).toBeGreaterThan(5 * f.outsideRate);
  }
}
