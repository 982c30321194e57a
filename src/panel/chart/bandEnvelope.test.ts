import fc from 'fast-check';

import { bandColumns, columnSpans, type BandValues, type PixelScale } from './bandEnvelope';

interface Emitted {
  column: number;
  top: number;
  bottom: number;
  coverage: number;
}

/** y = 100 − 10·v: values go up the screen. */
const Y: PixelScale = { origin: 0, at: 100, perUnit: -10 };

function run(xPx: number[], lower: BandValues, upper: BandValues, width = 1000, y = Y): Emitted[] {
  const spans = columnSpans(width);
  spans.coverage.fill(0.5);
  bandColumns(xPx, lower, upper, y, spans);
  const out: Emitted[] = [];
  spans.coverage.forEach((coverage, column) => {
    if (coverage > 0) {
      out.push({ column, top: spans.top[column], bottom: spans.bottom[column], coverage });
    }
  });
  return out;
}

describe('bandColumns', () => {
  it('reduces a flat band to one full span per column, with the run’s ends partly covered', () => {
    const xs = [0.5, 1.5, 2.5, 3.5];
    const out = run(xs, [0, 0, 0, 0], [2, 2, 2, 2]);
    expect(out.map((o) => o.column)).toEqual([0, 1, 2, 3]);
    for (const o of out) {
      expect(o.top).toBeCloseTo(80);
      expect(o.bottom).toBeCloseTo(100);
    }
    expect(out.map((o) => o.coverage)).toEqual([0.5, 1, 1, 0.5]);
  });

  it('takes the lowest lower and highest upper of the points in a column', () => {
    const out = run([0.1, 0.4, 0.8, 1.2], [1, -3, 0, 0], [2, 2, 5, 2]);
    expect(out[0].column).toBe(0);
    expect(out[0].top).toBeCloseTo(50);
    expect(out[0].bottom).toBeCloseTo(130);
  });

  it('spreads a steep stretch’s ink over its span instead of filling the span', () => {
    // One column, the band 1 unit thick (10 px), jumping 9 units (90 px) across it.
    const out = run([0, 1], [0, 9], [1, 10]);
    expect(out).toHaveLength(1);
    expect(out[0].bottom - out[0].top).toBeCloseTo(100);
    expect(out[0].coverage).toBeCloseTo(10 / 100);
  });

  it('breaks the band at null, NaN and ±Infinity', () => {
    const xs = [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5];
    const lower = [0, 0, null, 0, 0, NaN, 0, 0, 0];
    const upper = [1, 1, 1, 1, 1, 1, 1, Infinity, 1];
    // Stretches left: 0.5–1.5, 3.5–4.5; points 6 and 8 are alone.
    expect(run(xs, lower, upper).map((o) => o.column)).toEqual([0, 1, 3, 4]);
  });

  it('draws nothing for no points, one point, a zero-thickness band or duplicate times', () => {
    expect(run([], [], [])).toEqual([]);
    expect(run([3.2], [0], [1])).toEqual([]);
    expect(run([0.5, 1.5, 2.5], [4, 4, 4], [4, 4, 4])).toEqual([]);
    expect(run([2, 2, 2], [0, 0, 0], [1, 1, 1])).toEqual([]);
  });

  it('clips to the columns 0 to width − 1', () => {
    const out = run([-5.5, 2.5, 12.5], [0, 0, 0], [1, 1, 1], 10);
    expect(out.map((o) => o.column)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(out.every((o) => o.coverage === 1)).toBe(true);
  });

  it('stays finite at Number.MAX_VALUE', () => {
    const out = run([0.5, 1.5], [-Number.MAX_VALUE, 0], [Number.MAX_VALUE, 1], 10, { origin: 0, at: 0, perUnit: -1 });
    expect(out.length).toBeGreaterThan(0);
    for (const o of out) {
      expect(o.coverage).toBeGreaterThan(0);
      expect(o.coverage).toBeLessThanOrEqual(1);
    }
  });

  it('keeps the band’s area, covers every point and reports each column once, in order', () => {
    const point = fc.record({
      dx: fc.double({ min: 0.05, max: 3, noNaN: true }),
      mid: fc.double({ min: -20, max: 20, noNaN: true }),
      half: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 5, noNaN: true })),
      gap: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 80 }), (points) => {
        const xs: number[] = [];
        const lower: Array<number | null> = [];
        const upper: Array<number | null> = [];
        let x = 0;
        for (const p of points) {
          x += p.dx;
          xs.push(x);
          lower.push(p.gap ? null : p.mid - p.half);
          upper.push(p.gap ? null : p.mid + p.half);
        }
        const out = run(xs, lower, upper);
        // Area by the trapezoid rule over neighbouring points that are both present, in px².
        let area = 0;
        for (let i = 1; i < xs.length; i++) {
          if (lower[i] !== null && lower[i - 1] !== null) {
            const t0 = 10 * (upper[i - 1]! - lower[i - 1]!);
            const t1 = 10 * (upper[i]! - lower[i]!);
            area += ((xs[i] - xs[i - 1]) * (t0 + t1)) / 2;
          }
        }
        const ink = out.reduce((sum, o) => sum + o.coverage * (o.bottom - o.top), 0);
        expect(Math.abs(ink - area)).toBeLessThanOrEqual(1e-9 * Math.max(1, area));
        for (let k = 1; k < out.length; k++) {
          expect(out[k].column).toBeGreaterThan(out[k - 1].column);
        }
        for (const o of out) {
          expect(o.coverage).toBeGreaterThan(0);
          expect(o.coverage).toBeLessThanOrEqual(1);
        }
        // A point with some thickness next to a present point lies in the span of its column
        // (or of the column to its left when it sits on a column's left edge).
        xs.forEach((px, i) => {
          const present = (j: number) => j >= 0 && j < xs.length && lower[j] !== null;
          if (!present(i) || upper[i]! <= lower[i]! || !(present(i - 1) || present(i + 1))) {
            return;
          }
          const yu = Y.at + Y.perUnit * upper[i]!;
          const yl = Y.at + Y.perUnit * lower[i]!;
          const holds = out.some(
            (o) =>
              (o.column === Math.floor(px) || o.column === Math.ceil(px) - 1) &&
              o.top <= yu + 1e-9 &&
              o.bottom >= yl - 1e-9
          );
          expect(holds).toBe(true);
        });
      })
    );
  });
});
