import fc from 'fast-check';
import { cascade, leak, levelShift, spike } from './incidents';
import { createModel, DEFAULT_SEED, generateSeries, type Model } from './model';

const ANCHOR = Date.UTC(2026, 10, 18, 12, 0); // a Wednesday, noon UTC
const H = 3600e3;
const SPIKE = 'kale.checkout.cart.latency_p99';
const REQUESTS = 'kale.search.query.requests';
const MEMORY = 'kale.inventory.process.memory_bytes';

const calm = createModel({ anchorMs: ANCHOR, incidents: [] });

function meanOver(model: Model, key: string, fromMs: number, toMs: number, stepMs = 60e3): number {
  const [g] = generateSeries(model, { fromMs, toMs, stepMs, keys: [key] });
  return g.points.reduce((s, [, v]) => s + v, 0) / g.points.length;
}

describe('catalog', () => {
  it('holds hundreds of uniquely keyed series over services × endpoints × metrics', () => {
    expect(calm.series).toHaveLength(224);
    expect(new Set(calm.series.map((s) => s.key)).size).toBe(224);
    expect(new Set(calm.series.map((s) => `${s.name}${JSON.stringify(s.labels)}`)).size).toBe(224);
    expect(calm.series.filter((s) => s.kind === 'counter')).toHaveLength(96);
  });

  it('rejects unknown keys', () => {
    expect(() => calm.byKey('kale.nope')).toThrow('unknown series kale.nope');
    expect(() => createModel({ anchorMs: ANCHOR, incidents: [spike('x', 'kale.nope', 0, 60, 1)] })).toThrow(
      /targets unknown series kale.nope/
    );
  });
});

describe('determinism', () => {
  it('gives the same values for the same seed and anchor, whatever the call order', () => {
    const a = createModel({ anchorMs: ANCHOR });
    const b = createModel({ anchorMs: ANCHOR, seed: DEFAULT_SEED });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 223 }), fc.integer({ min: -86400, max: 86400 }), (i, dt) => {
        const t = ANCHOR + dt * 1000;
        expect(a.valueAt(a.series[i], t)).toBe(b.valueAt(b.series[i], t));
      })
    );
  });

  it('gives different series for a different seed', () => {
    const other = createModel({ anchorMs: ANCHOR, seed: 1 });
    expect(other.valueAt(other.byKey(SPIKE), ANCHOR)).not.toBe(calm.valueAt(calm.byKey(SPIKE), ANCHOR));
  });

  it('is constant within a whole second', () => {
    const s = calm.byKey(SPIKE);
    expect(calm.valueAt(s, ANCHOR + 999)).toBe(calm.valueAt(s, ANCHOR));
  });
});

describe('values', () => {
  it('keeps every counter non-decreasing and every value finite and non-negative', () => {
    const model = createModel({ anchorMs: ANCHOR });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 223 }),
        fc.integer({ min: -2 * 86400, max: 86400 }),
        fc.integer({ min: 0, max: 120 }),
        (i, t, d) => {
          const s = model.series[i];
          const v0 = model.valueAt(s, ANCHOR + t * 1000);
          const v1 = model.valueAt(s, ANCHOR + (t + d) * 1000);
          expect(Number.isFinite(v0)).toBe(true);
          expect(v0).toBeGreaterThanOrEqual(0);
          if (s.kind === 'counter') {
            expect(v1).toBeGreaterThanOrEqual(v0);
          }
        }
      ),
      { numRuns: 500 }
    );
  });

  it('has daily seasonality: afternoon traffic well above the night', () => {
    const day = Date.UTC(2026, 10, 18);
    const afternoon = meanOver(calm, REQUESTS, day + 13 * H, day + 16 * H);
    const night = meanOver(calm, REQUESTS, day + 1 * H, day + 4 * H);
    expect(afternoon / night).toBeGreaterThan(1.5);
  });

  it('has weekly seasonality: a Sunday quieter than a Wednesday', () => {
    const wednesday = Date.UTC(2026, 10, 18);
    const sunday = Date.UTC(2026, 10, 22);
    expect(meanOver(calm, REQUESTS, sunday, sunday + 24 * H, 600e3)).toBeLessThan(
      0.9 * meanOver(calm, REQUESTS, wednesday, wednesday + 24 * H, 600e3)
    );
  });

  it('reports counters as per-second rates by default and raw totals on request', () => {
    const range = { fromMs: ANCHOR, toMs: ANCHOR + 600e3, stepMs: 60e3, keys: [REQUESTS] };
    const [rate] = generateSeries(calm, range);
    const [total] = generateSeries(calm, { ...range, counters: 'total' });
    expect(rate.points[1][1]).toBeCloseTo((total.points[1][1] - total.points[0][1]) / 60, 9);
    expect(rate.name).toBe('kale_http_requests_total');
    expect(rate.labels).toEqual({ service: 'search', endpoint: '/query' });
    expect(rate.points).toHaveLength(11);
  });

  it('refuses a bad range', () => {
    expect(() => generateSeries(calm, { fromMs: 0, toMs: 10, stepMs: 0 })).toThrow('bad range');
    expect(() => generateSeries(calm, { fromMs: 10, toMs: 0, stepMs: 1 })).toThrow('bad range');
  });
});

describe('incidents', () => {
  const start = ANCHOR / 1000 - 3600;
  it('a spike scales the gauge by exactly 1 + factor during its hold, and leaves it alone outside', () => {
    const model = createModel({ anchorMs: ANCHOR, incidents: [spike('s', SPIKE, start, 300, 4)] });
    const s = model.byKey(SPIKE);
    const at = (t: number) => model.valueAt(s, t * 1000) / calm.valueAt(s, t * 1000);
    expect(at(start + 150)).toBeCloseTo(5, 9);
    expect(at(start - 1)).toBe(1);
    expect(at(start + 301)).toBe(1);
    expect(at(start + 15)).toBeCloseTo(1 + 4 * 0.5, 9);
  });

  it('a level shift adds factor × base to a counter rate from its start on, for good', () => {
    const model = createModel({ anchorMs: ANCHOR, incidents: [levelShift('l', [[REQUESTS, 0.6]], start)] });
    const s = model.byKey(REQUESTS);
    const excess = (fromMs: number) =>
      (meanOver(model, REQUESTS, fromMs, fromMs + H) - meanOver(calm, REQUESTS, fromMs, fromMs + H)) / s.base;
    expect(excess(start * 1000 + 10 * 60e3)).toBeCloseTo(0.6, 2);
    expect(excess(start * 1000 + 20 * H)).toBeCloseTo(0.6, 2);
    expect(excess(start * 1000 - 2 * H)).toBeCloseTo(0, 6);
  });

  it('a leak grows by perHour × base each hour and vanishes at the restart', () => {
    const model = createModel({ anchorMs: ANCHOR, incidents: [leak('m', [[MEMORY, 0.1]], start, start + 5 * 3600)] });
    const s = model.byKey(MEMORY);
    const grown = (t: number) => (model.valueAt(s, t * 1000) - calm.valueAt(s, t * 1000)) / s.base;
    expect(grown(start + 4 * 3600)).toBeCloseTo(0.4, 6);
    expect(grown(start + 5 * 3600 + 1)).toBeCloseTo(0, 6);
    expect(grown(start - 1)).toBeCloseTo(0, 6);
  });

  it('a cascade drives the target after the lag, not before', () => {
    const source = 'kale.payments.charge.latency_p99';
    const target = 'kale.checkout.checkout.errors';
    const model = createModel({ anchorMs: ANCHOR, incidents: [cascade('c', source, target, start, 1200, 3, 12, 120)] });
    const ratio = (key: string, t: number) =>
      model.valueAt(model.byKey(key), t * 1000) / calm.valueAt(calm.byKey(key), t * 1000);
    expect(ratio(source, start + 600)).toBeCloseTo(4, 9);
    const errRate = (m: Model, t: number) =>
      (m.valueAt(m.byKey(target), (t + 60) * 1000) - m.valueAt(m.byKey(target), t * 1000)) / 60;
    expect(errRate(model, start + 60)).toBeCloseTo(errRate(calm, start + 60), 0);
    expect(errRate(model, start + 600) / errRate(calm, start + 600)).toBeGreaterThan(8);
    expect(model.incidents[0].endSec).toBe(start + 1200 + 120);
  });

  it('the default story holds all four incident kinds', () => {
    const model = createModel({ anchorMs: ANCHOR });
    expect(model.incidents.map((i) => i.kind).sort()).toEqual(['cascade', 'leak', 'levelShift', 'spike', 'spike']);
  });
});
