/*
 * The pure series model: the value of series s at time t, a deterministic function of
 * (seed, anchor, incident script, s, t). No I/O here; the HTTP server, the carbon writer, the
 * backfill writers, the tests and the demo all call `valueAt` / `generateSeries`.
 * Rule (gauges): base · (seasonal(t) + trend) · (1 + wander) · Π(1 + f·E) + Σ ramps, then
 * per-second noise (log-normal or normal). Rule (counters): the closed-form integral of the
 * same rate (seasonal + trend + incident envelopes) since an origin 30 days before the anchor,
 * sampled on a 5 s grain with a bounded jitter that keeps the counter monotonic.
 * Source: our own synthetic workload.
 * Deviation: a counter's incident excess is f · base · E(t) (scaled by the mean rate, not the
 * instantaneous seasonal rate) so that its integral stays closed-form.
 */
import { buildCatalog, type SeriesSpec } from './catalog';
import { envelopeAt, envelopeIntegral, rampAt, rampIntegral } from './envelope';
import { defaultIncidents, type Effect, type Incident } from './incidents';
import { hashNormal, hashUniform, valueNoise } from './noise';

export type { SeriesSpec } from './catalog';
export type { Incident } from './incidents';

const DAY = 86400;
const WEEK = 7 * DAY;
/** Wednesday 12:00 UTC, counted from the epoch (a Thursday). */
const WEEKLY_PEAK_SEC = 6.5 * DAY;
const COUNTER_GRAIN_SEC = 5;
const COUNTER_ORIGIN_SEC = 30 * DAY;
const WANDER_GRAIN_SEC = 600;
const TWO_PI = 2 * Math.PI;

export const DEFAULT_SEED = 20261121;

export interface ModelOptions {
  readonly seed?: number;
  /** Epoch ms the incident script and trends are anchored at (the stack's start). */
  readonly anchorMs: number;
  /** Defaults to `defaultIncidents(anchor)`. */
  readonly incidents?: readonly Incident[];
}

export interface Model {
  readonly seed: number;
  readonly anchorMs: number;
  readonly series: readonly SeriesSpec[];
  readonly incidents: readonly Incident[];
  /** The series with this Graphite key; throws for an unknown key. */
  byKey(key: string): SeriesSpec;
  /** Value at `tMs` (constant within each whole second): a cumulative count for counters, the reading for gauges. */
  valueAt(spec: SeriesSpec, tMs: number): number;
}

/** One generated series over a range; `points` are `[epochMs, value]`. */
export interface GeneratedSeries {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly points: Array<[number, number]>;
}

export interface RangeOptions {
  readonly fromMs: number;
  readonly toMs: number;
  readonly stepMs: number;
  /** 'rate' (default): counters as per-second rates over each step; 'total': raw counter values. */
  readonly counters?: 'rate' | 'total';
  /** Only these Graphite keys (default: all series). */
  readonly keys?: readonly string[];
}

function positiveMod(x: number, m: number): number {
  const r = x % m;
  return r < 0 ? r + m : r;
}

/** Seasonal factor around 1: daily fundamental + harmonic, weekly fundamental. */
function seasonal(s: SeriesSpec, tSec: number): number {
  const d = (TWO_PI * positiveMod(tSec - s.dailyPeakSec, DAY)) / DAY;
  const w = (TWO_PI * positiveMod(tSec - WEEKLY_PEAK_SEC, WEEK)) / WEEK;
  return 1 + s.dailyAmp * (Math.cos(d) + 0.3 * Math.cos(2 * d)) + s.weeklyAmp * Math.cos(w);
}

/** ∫ seasonal dt, up to a constant. */
function seasonalIntegral(s: SeriesSpec, tSec: number): number {
  const d = (TWO_PI * positiveMod(tSec - s.dailyPeakSec, DAY)) / DAY;
  const w = (TWO_PI * positiveMod(tSec - WEEKLY_PEAK_SEC, WEEK)) / WEEK;
  return (
    tSec +
    ((s.dailyAmp * DAY) / TWO_PI) * (Math.sin(d) + 0.15 * Math.sin(2 * d)) +
    ((s.weeklyAmp * WEEK) / TWO_PI) * Math.sin(w)
  );
}

/** Lowest seasonal+trend factor over the counter's lifetime, bounding the jitter. */
function minRateFactor(s: SeriesSpec): number {
  return Math.max(0.05, 1 - 1.3 * s.dailyAmp - s.weeklyAmp - Math.abs(s.trendPerDay) * 31);
}

export function createModel(options: ModelOptions): Model {
  const seed = options.seed ?? DEFAULT_SEED;
  const anchorSec = options.anchorMs / 1000;
  const series = buildCatalog(seed);
  const incidents = options.incidents ?? defaultIncidents(anchorSec);
  const index = new Map(series.map((s) => [s.key, s]));
  const effectsOf: Effect[][] = series.map(() => []);
  for (const inc of incidents) {
    for (const e of inc.effects) {
      const s = index.get(e.key);
      if (!s) {
        throw new Error(`incident "${inc.name}" targets unknown series ${e.key}`);
      }
      effectsOf[s.index].push(e);
    }
  }

  /** The gauge reading at whole second `tSec`. */
  const gauge = (s: SeriesSpec, tSec: number): number => {
    const trend = (s.trendPerDay * (tSec - anchorSec)) / DAY;
    let v =
      s.base * (seasonal(s, tSec) + trend) * (1 + s.wander * valueNoise(seed, 2 * s.index, tSec, WANDER_GRAIN_SEC));
    let added = 0;
    for (const e of effectsOf[s.index]) {
      if (e.op === 'scale') {
        v *= 1 + e.factor * envelopeAt(e.envelope, tSec);
      } else {
        added += (s.base * e.perHour * rampAt(e.startSec, e.endSec, tSec)) / 3600;
      }
    }
    v += added;
    const z = hashNormal(seed, 2 * s.index + 1, tSec);
    v = s.noiseShape === 'lognormal' ? v * Math.exp(s.noise * z) : v + s.base * s.noise * z;
    v = Math.max(0, v);
    return s.integer ? Math.round(v) : v;
  };

  /** ∫ rate from the origin to tSec (no jitter). */
  const counted = (s: SeriesSpec, tSec: number): number => {
    const origin = anchorSec - COUNTER_ORIGIN_SEC;
    const a = tSec - anchorSec;
    const o = origin - anchorSec;
    let c =
      s.base * (seasonalIntegral(s, tSec) - seasonalIntegral(s, origin)) +
      ((s.base * s.trendPerDay) / (2 * DAY)) * (a * a - o * o);
    for (const e of effectsOf[s.index]) {
      if (e.op === 'scale') {
        c += e.factor * s.base * (envelopeIntegral(e.envelope, tSec) - envelopeIntegral(e.envelope, origin));
      } else {
        c +=
          ((s.base * e.perHour) / 3600) *
          (rampIntegral(e.startSec, e.endSec, tSec) - rampIntegral(e.startSec, e.endSec, origin));
      }
    }
    return c;
  };

  const counter = (s: SeriesSpec, tSec: number): number => {
    const k = Math.floor(tSec / COUNTER_GRAIN_SEC);
    const jitter = 0.9 * s.base * minRateFactor(s) * COUNTER_GRAIN_SEC * hashUniform(seed, 2 * s.index + 1, k);
    return Math.max(0, Math.floor(counted(s, k * COUNTER_GRAIN_SEC) + jitter));
  };

  return {
    seed,
    anchorMs: options.anchorMs,
    series,
    incidents,
    byKey(key: string): SeriesSpec {
      const s = index.get(key);
      if (!s) {
        throw new Error(`unknown series ${key}`);
      }
      return s;
    },
    valueAt(spec: SeriesSpec, tMs: number): number {
      const tSec = Math.floor(tMs / 1000);
      return spec.kind === 'counter' ? counter(spec, tSec) : gauge(spec, tSec);
    },
  };
}

/** The model's series sampled every `stepMs` over [fromMs, toMs], as `{name, labels, points}`. */
export function generateSeries(model: Model, range: RangeOptions): GeneratedSeries[] {
  if (!(range.stepMs > 0) || !(range.toMs >= range.fromMs)) {
    throw new Error(`bad range: from ${range.fromMs} to ${range.toMs} step ${range.stepMs}`);
  }
  const specs = range.keys ? range.keys.map((k) => model.byKey(k)) : model.series;
  const asRate = (range.counters ?? 'rate') === 'rate';
  return specs.map((s) => {
    const points: Array<[number, number]> = [];
    for (let t = range.fromMs; t <= range.toMs; t += range.stepMs) {
      const v =
        s.kind === 'counter' && asRate
          ? (model.valueAt(s, t) - model.valueAt(s, t - range.stepMs)) / (range.stepMs / 1000)
          : model.valueAt(s, t);
      points.push([t, v]);
    }
    return { name: s.name, labels: s.labels, points };
  });
}
