/*
 * Seeded synthetic panel data, shaped as the Kale data source returns it: per series a frame with
 * Time, Value (displayNameFromDS), Anomaly score and the expected band, plus the `Kale anomalies`
 * region frame. Series come in groups that share one random-walk shape (each member lagged by a
 * few points), so correlations exist; every 7th series has a spike. `plain` leaves out the
 * anomaly fields and regions, as a Prometheus query would.
 */
import {
  LOWER_FIELD,
  REGION_PEAK_FIELD,
  REGION_SERIES_FIELD,
  REGION_VOTERS_FIELD,
  REGIONS_FRAME,
  SCORE_FIELD,
  UPPER_FIELD,
} from '../../src/frames/fieldNames';
import { seededRandom } from '../../src/engine/stats/seededRandom';

/** The detectors every fixture region names as voters. */
const VOTERS = ['grubbs', 'ks_test', 'median_absolute_deviation'];

export interface FixtureSpec {
  seriesCount: number;
  points: number;
  plain?: boolean;
  seed?: number;
  groups?: number;
  stepMs?: number;
  endMs?: number;
  /** Series from this index on belong to query B (a wider correlation-only query). */
  queryBFrom?: number;
  /** Leave out the expected band (scores and regions stay). */
  noBands?: boolean;
  /** Names for the first series, instead of the generated ones. */
  names?: string[];
}

export interface FixtureField {
  name: string;
  type: 'time' | 'number' | 'string' | 'boolean' | 'other';
  values: unknown[];
  labels?: Record<string, string>;
  config: Record<string, unknown>;
}

export interface FixtureFrame {
  name: string;
  refId: string;
  meta?: { dataTopic: 'annotations' };
  fields: FixtureField[];
}

export interface Fixture {
  series: FixtureFrame[];
  annotations: FixtureFrame[];
  fromMs: number;
  toMs: number;
  names: string[];
}

export function seriesName(i: number): string {
  const services = ['api', 'db', 'cache', 'queue', 'web', 'auth', 'search'];
  return `${services[i % services.length]}-${String(i).padStart(4, '0')}.latency_ms`;
}

export function makeFixture(spec: FixtureSpec): Fixture {
  const {
    seriesCount,
    points,
    plain = false,
    seed = 42,
    groups = 5,
    stepMs = 60_000,
    endMs = 1_700_000_000_000,
    names: given = [],
    noBands = false,
    queryBFrom = Infinity,
  } = spec;
  const rand = seededRandom(seed);
  const times = Array.from({ length: points }, (_, i) => endMs - (points - 1 - i) * stepMs);
  const shapes = Array.from({ length: groups }, () => {
    const walk: number[] = [];
    let v = 0;
    for (let i = 0; i < points + 20; i++) {
      v = 0.97 * v + (rand() - 0.5) * 2;
      walk.push(v + 3 * Math.sin((2 * Math.PI * i) / (points / (2 + rand()))));
    }
    return walk;
  });
  const series: FixtureFrame[] = [];
  const regions: Array<{ name: string; start: number; end: number; peak: number }> = [];
  const names: string[] = [];
  for (let k = 0; k < seriesCount; k++) {
    const name = given[k] ?? seriesName(k);
    names.push(name);
    const shape = shapes[k % groups];
    const lag = Math.floor(k / groups) % 7;
    const level = 50 + 40 * rand();
    const amp = 2 + 3 * rand();
    const noise = 0.3 + 0.3 * rand();
    const spikeAt = k % 7 === 0 ? Math.floor(points * (0.5 + 0.4 * rand())) : -1;
    const values: number[] = [];
    const center: number[] = [];
    for (let i = 0; i < points; i++) {
      const c = level + amp * shape[i + 20 - lag];
      center.push(c);
      const spike = spikeAt >= 0 && i >= spikeAt && i < spikeAt + 3 ? (10 + 2 * (Math.floor(k / 7) % 4)) * amp : 0;
      values.push(c + noise * (rand() - 0.5) * 2 + spike);
    }
    const fields: FixtureField[] = [
      { name: 'Time', type: 'time', values: times, config: {} },
      {
        name: 'Value',
        type: 'number',
        values,
        labels: { service: name.split('-')[0] },
        config: { displayNameFromDS: name },
      },
    ];
    const score = values.map((v, i) => Math.min(1, Math.abs(v - center[i]) / (16 * amp)));
    if (!plain) {
      fields.push({
        name: SCORE_FIELD,
        type: 'number',
        values: score,
        config: { displayNameFromDS: `${name} anomaly score` },
      });
    }
    if (!plain && !noBands) {
      const band = 2.5 * noise;
      fields.push(
        {
          name: LOWER_FIELD,
          type: 'number',
          values: center.map((c) => c - band),
          config: { displayNameFromDS: `${name} expected lower` },
        },
        {
          name: UPPER_FIELD,
          type: 'number',
          values: center.map((c) => c + band),
          config: { displayNameFromDS: `${name} expected upper` },
        }
      );
    }
    if (!plain) {
      if (spikeAt >= 0) {
        regions.push({
          name,
          start: times[spikeAt],
          end: times[spikeAt + 2],
          peak: Math.max(...score.slice(spikeAt, spikeAt + 3)),
        });
      }
    }
    series.push({ name, refId: k >= queryBFrom ? 'B' : 'A', fields });
  }
  const annotations: FixtureFrame[] = plain
    ? []
    : [
        {
          name: REGIONS_FRAME,
          refId: 'A',
          meta: { dataTopic: 'annotations' },
          fields: [
            { name: 'time', type: 'time', values: regions.map((r) => r.start), config: {} },
            { name: 'timeEnd', type: 'time', values: regions.map((r) => r.end), config: {} },
            { name: 'isRegion', type: 'boolean', values: regions.map(() => true), config: {} },
            { name: 'title', type: 'string', values: regions.map((r) => `Anomaly in ${r.name}`), config: {} },
            {
              name: 'text',
              type: 'string',
              values: regions.map(
                (r) => `${r.name}: peak score ${(r.peak * 100).toFixed(0)}%. Voted: ${VOTERS.join(', ')}.`
              ),
              config: {},
            },
            { name: 'tags', type: 'other', values: regions.map(() => ['kale', 'skyline']), config: {} },
            { name: REGION_SERIES_FIELD, type: 'string', values: regions.map((r) => r.name), config: {} },
            { name: REGION_PEAK_FIELD, type: 'number', values: regions.map((r) => r.peak), config: {} },
            { name: REGION_VOTERS_FIELD, type: 'other', values: regions.map(() => VOTERS), config: {} },
          ],
        },
      ];
  return { series, annotations, fromMs: times[0], toMs: times[points - 1], names };
}
