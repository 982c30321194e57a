/*
 * The generator's series catalog: services × endpoints × HTTP metrics, plus per-service process
 * metrics (224 series). Every parameter (level, daily and weekly amplitude and phase, trend,
 * noise) is drawn from the seed, so one seed always gives the same catalog.
 * Rule: traffic peaks in the UTC afternoon and dips at the weekend; latency follows load mildly;
 * errors are a small share of requests; process metrics carry their own rhythms.
 * Source: our own synthetic workload, shaped after typical web-service telemetry.
 */
import { hashUniform } from './noise';

export type SeriesKind = 'counter' | 'gauge';
/** How noise enters a gauge: multiplicative log-normal (latency, cpu) or additive normal. */
export type NoiseShape = 'lognormal' | 'normal';

export interface SeriesSpec {
  readonly index: number;
  /** Graphite path, also the series' unique key (`kale.checkout.cart.latency_p99`). */
  readonly key: string;
  /** Prometheus metric name. */
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly kind: SeriesKind;
  readonly help: string;
  /** Mean level: a rate per second for counters, the value for gauges. */
  readonly base: number;
  readonly dailyAmp: number;
  /** Seconds after UTC midnight of the daily peak. */
  readonly dailyPeakSec: number;
  readonly weeklyAmp: number;
  /** Relative trend per day (additive to the seasonal factor). */
  readonly trendPerDay: number;
  /** Relative noise σ (per-second draws). */
  readonly noise: number;
  readonly noiseShape: NoiseShape;
  /** Relative amplitude of the slow (10-minute grain) wander. */
  readonly wander: number;
  /** Round gauge values to integers (queue depth). */
  readonly integer: boolean;
}

export const SERVICES: Readonly<Record<string, readonly string[]>> = {
  frontend: ['/home', '/product', '/search', '/login', '/static', '/health'],
  checkout: ['/cart', '/checkout', '/cart/items', '/promo', '/summary', '/health'],
  payments: ['/charge', '/refund', '/authorize', '/capture', '/webhook', '/health'],
  search: ['/query', '/suggest', '/facets', '/index', '/reindex', '/health'],
  inventory: ['/stock', '/reserve', '/release', '/sku', '/bulk', '/health'],
  auth: ['/token', '/refresh', '/verify', '/logout', '/userinfo', '/health'],
  shipping: ['/quote', '/label', '/track', '/rates', '/zones', '/health'],
  catalog: ['/items', '/item', '/categories', '/prices', '/images', '/health'],
};

/** Graphite path segment of an endpoint: `/cart/items` → `cart_items`. */
export function endpointSlug(endpoint: string): string {
  return endpoint.replace(/^\//, '').replace(/[^A-Za-z0-9]+/g, '_');
}

interface Family {
  readonly suffix: string;
  readonly name: string;
  readonly kind: SeriesKind;
  readonly help: string;
}

const HTTP_FAMILIES: readonly Family[] = [
  { suffix: 'requests', name: 'kale_http_requests_total', kind: 'counter', help: 'HTTP requests served.' },
  { suffix: 'errors', name: 'kale_http_errors_total', kind: 'counter', help: 'HTTP requests that failed (5xx).' },
  { suffix: 'latency_p50', name: 'kale_http_latency_p50_seconds', kind: 'gauge', help: 'Median request latency.' },
  { suffix: 'latency_p99', name: 'kale_http_latency_p99_seconds', kind: 'gauge', help: '99th percentile latency.' },
];

const PROCESS_FAMILIES: readonly Family[] = [
  { suffix: 'cpu', name: 'kale_process_cpu_ratio', kind: 'gauge', help: 'CPU used, in cores.' },
  { suffix: 'memory_bytes', name: 'kale_process_resident_memory_bytes', kind: 'gauge', help: 'Resident memory.' },
  { suffix: 'gc_pause', name: 'kale_gc_pause_seconds', kind: 'gauge', help: 'Mean GC pause.' },
  { suffix: 'queue_depth', name: 'kale_queue_depth', kind: 'gauge', help: 'Work items waiting.' },
];

/** All metric families, for exposition headers (HELP/TYPE). */
export const FAMILIES: readonly Family[] = [...HTTP_FAMILIES, ...PROCESS_FAMILIES];

const HOUR = 3600;

export function buildCatalog(seed: number): SeriesSpec[] {
  const specs: SeriesSpec[] = [];
  let stream = 0;
  const draw = (lo: number, hi: number): number => lo + (hi - lo) * hashUniform(seed, 7919, stream++);

  for (const [service, endpoints] of Object.entries(SERVICES)) {
    const traffic = draw(20, 200);
    const peak = draw(13, 16) * HOUR;
    const dailyAmp = draw(0.3, 0.45);
    const weeklyAmp = draw(0.1, 0.2);
    endpoints.forEach((endpoint, e) => {
      const share = endpoint === '/health' ? 0.05 : draw(0.1, 0.6) / (1 + e * 0.3);
      const rate = traffic * share;
      const p50 = draw(0.02, 0.12);
      const common = {
        labels: { service, endpoint },
        dailyPeakSec: peak + draw(-1, 1) * HOUR,
        weeklyAmp,
        trendPerDay: draw(-0.003, 0.003),
        wander: draw(0.01, 0.04),
        integer: false,
      };
      const prefix = `kale.${service}.${endpointSlug(endpoint)}`;
      const params: Record<string, { base: number; dailyAmp: number; noise: number; shape: NoiseShape }> = {
        requests: { base: rate, dailyAmp, noise: 0, shape: 'normal' },
        errors: { base: rate * draw(0.002, 0.01), dailyAmp, noise: 0, shape: 'normal' },
        latency_p50: { base: p50, dailyAmp: dailyAmp * 0.25, noise: draw(0.03, 0.06), shape: 'lognormal' },
        latency_p99: { base: p50 * draw(3, 6), dailyAmp: dailyAmp * 0.35, noise: draw(0.08, 0.15), shape: 'lognormal' },
      };
      for (const f of HTTP_FAMILIES) {
        const p = params[f.suffix];
        specs.push({
          ...common,
          index: specs.length,
          key: `${prefix}.${f.suffix}`,
          name: f.name,
          kind: f.kind,
          help: f.help,
          base: p.base,
          dailyAmp: p.dailyAmp,
          noise: p.noise,
          noiseShape: p.shape,
        });
      }
    });
    const proc: Record<string, { base: number; dailyAmp: number; noise: number; shape: NoiseShape; integer: boolean }> =
      {
        cpu: {
          base: draw(0.2, 1.5),
          dailyAmp: dailyAmp * 0.7,
          noise: draw(0.04, 0.08),
          shape: 'lognormal',
          integer: false,
        },
        memory_bytes: { base: draw(300, 900) * 2 ** 20, dailyAmp: 0.03, noise: 0.005, shape: 'normal', integer: true },
        gc_pause: {
          base: draw(0.004, 0.02),
          dailyAmp: dailyAmp * 0.3,
          noise: draw(0.1, 0.2),
          shape: 'lognormal',
          integer: false,
        },
        queue_depth: { base: draw(5, 30), dailyAmp: dailyAmp, noise: 0.15, shape: 'normal', integer: true },
      };
    for (const f of PROCESS_FAMILIES) {
      const p = proc[f.suffix];
      specs.push({
        index: specs.length,
        key: `kale.${service}.process.${f.suffix}`,
        name: f.name,
        labels: { service },
        kind: f.kind,
        help: f.help,
        base: p.base,
        dailyAmp: p.dailyAmp,
        dailyPeakSec: peak,
        weeklyAmp: weeklyAmp * 0.5,
        trendPerDay: draw(-0.002, 0.002),
        noise: p.noise,
        noiseShape: p.shape,
        wander: draw(0.01, 0.03),
        integer: p.integer,
      });
    }
  }
  return specs;
}
