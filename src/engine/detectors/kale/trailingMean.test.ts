import fc from 'fast-check';
import { trailingMean } from './trailingMean';

describe('trailingMean', () => {
  it('averages each value with the span − 1 before it (fewer at the start)', () => {
    const long = Float64Array.from({ length: 40 }, (_, i) => (i * 7) % 11);
    trailingMean(long, 5).forEach((m, i) => {
      const part = Array.from(long.slice(Math.max(0, i - 4), i + 1));
      expect(m).toBeCloseTo(part.reduce((a, b) => a + b, 0) / part.length, 12);
    });
    expect(Array.from(trailingMean(Float64Array.of(1, 2, 3, 4, 5), 3))).toEqual([1, 1.5, 2, 3, 4]);
    expect(Array.from(trailingMean(Float64Array.of(4, -4), 1))).toEqual([4, -4]);
    expect(trailingMean(new Float64Array(0), 3).length).toBe(0);
  });

  it('keeps a constant constant and stays within the values it averages', () => {
    expect(Array.from(trailingMean(new Float64Array(6).fill(0.1), 4))).toEqual(new Array(6).fill(0.1));
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e150, max: 1e150, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 1, max: 12 }),
        (ys, span) => {
          const m = trailingMean(Float64Array.from(ys), span);
          ys.forEach((_, i) => {
            const part = ys.slice(Math.max(0, i - span + 1), i + 1);
            // Rounding is relative to the anchor, a value among the last 2·span.
            const near = ys.slice(Math.max(0, i - 2 * span), i + 1);
            const tol = 1e-12 * Math.max(...near.map(Math.abs));
            expect(m[i]).toBeGreaterThanOrEqual(Math.min(...part) - tol);
            expect(m[i]).toBeLessThanOrEqual(Math.max(...part) + tol);
          });
        }
      )
    );
  });
});
