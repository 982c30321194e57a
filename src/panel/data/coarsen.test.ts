import fc from 'fast-check';

import { coarsen } from './coarsen';
import type { PanelSeries } from './panelSeries';

const STEP = 60_000;
const T0 = 1_700_000_000_000;

function series(name: string, values: number[], startStep = 0, step = STEP): PanelSeries {
  return {
    name,
    labels: { name },
    timesMs: Float64Array.from(values, (_, i) => T0 + (startStep + i) * step),
    values: Float64Array.from(values),
  };
}

describe('coarsen', () => {
  it('leaves series no longer than maxPoints alone', () => {
    const input = [series('a', [1, 2, 3]), series('b', [4, 5])];
    const out = coarsen(input, 3);
    expect(out.factor).toBe(1);
    expect(out.series).toBe(input);
    expect(coarsen([], 3)).toEqual({ series: [], factor: 1 });
  });

  it('averages buckets of k steps on one grid, k = ⌈longest / maxPoints⌉', () => {
    const values = Array.from({ length: 2000 }, (_, i) => i);
    const out = coarsen([series('a', values), series('b', [10, 20, 30, 40, 50], 2)], 500);
    expect(out.factor).toBe(4);
    const [a, b] = out.series;
    expect(a.timesMs).toHaveLength(500);
    expect(Array.from(a.values.subarray(0, 3))).toEqual([1.5, 5.5, 9.5]);
    expect(a.timesMs[1] - a.timesMs[0]).toBe(4 * STEP);
    expect(a.name).toBe('a');
    // b starts 2 steps late: its first bucket holds 2 points, on the same grid as a.
    expect(Array.from(b.timesMs)).toEqual([T0, T0 + 4 * STEP]);
    expect(Array.from(b.values)).toEqual([15, 40]);
  });

  it('leaves NaN out of a mean; a bucket of NaN only is NaN; ±Infinity is kept', () => {
    const out = coarsen([series('a', [NaN, 2, NaN, NaN, Infinity, 1])], 3);
    expect(out.factor).toBe(2);
    expect(Array.from(out.series[0].values)).toEqual([2, NaN, Infinity]);
  });

  it('keeps a series with gaps in time on the grid', () => {
    const s: PanelSeries = {
      name: 'gappy',
      labels: {},
      timesMs: Float64Array.from([0, 1, 2, 3, 20, 21, 22, 23].map((k) => T0 + k * STEP)),
      values: Float64Array.from([1, 1, 3, 3, 5, 5, 7, 7]),
    };
    const out = coarsen([s], 4);
    expect(out.factor).toBe(2);
    expect(Array.from(out.series[0].timesMs, (t) => (t - T0) / STEP)).toEqual([0, 2, 20, 22]);
    expect(Array.from(out.series[0].values)).toEqual([1, 3, 5, 7]);
  });

  it('gives up (factor 1) when the step is unknown, and keeps empty series empty', () => {
    const same = { name: 'same', labels: {}, timesMs: new Float64Array(5).fill(T0), values: new Float64Array(5) };
    expect(coarsen([same], 2).factor).toBe(1);
    const out = coarsen([series('a', [1, 2, 3, 4]), series('empty', [])], 2);
    expect(out.series[1].timesMs).toHaveLength(0);
  });

  it('keeps every value: Σ mean × count per bucket is the sum of the non-NaN values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(NaN), fc.integer({ min: -1000, max: 1000 })), { minLength: 2, maxLength: 300 }),
        fc.integer({ min: 1, max: 50 }),
        (values, maxPoints) => {
          const { series: out, factor } = coarsen([series('a', values)], maxPoints);
          const k = Math.ceil(values.length / maxPoints);
          expect(factor).toBe(Math.max(1, k));
          if (factor === 1) {
            return;
          }
          let total = 0;
          out[0].timesMs.forEach((t, j) => {
            const from = (t - T0) / STEP;
            expect(from % factor).toBe(0);
            const present = values.slice(from, from + factor).filter((v) => !Number.isNaN(v));
            total += present.length > 0 ? out[0].values[j] * present.length : 0;
          });
          expect(total).toBeCloseTo(
            values.filter((v) => !Number.isNaN(v)).reduce((x, y) => x + y, 0),
            6
          );
          expect(out[0].timesMs.length).toBe(Math.ceil(values.length / factor));
        }
      )
    );
  });
});
