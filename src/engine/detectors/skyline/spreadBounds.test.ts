import fc from 'fast-check';
import { headSpreadRange, residualSpreadRange } from './spreadBounds';
import { windowOf } from './testWindows';
import { windowStats } from './windowStats';
import { windowSums } from './windowSums';

/** windowStats' two-pass spreads, recovered from the fields it reports. */
function exactSpreads(values: number[], stepSec: number) {
  const w = windowOf(values, stepSec);
  const n = values.length;
  const stats = windowStats(w);
  return { w, residual: stats.residualSd ** 2 * n, head: stats.headShiftedM2 };
}

describe('spread ranges', () => {
  const level = fc.constantFrom(0, 1, -1e3, 1e6, 1e9 + 0.5, 1e12, 1e-3);
  const noise = fc.double({ min: -1, max: 1, noNaN: true });
  const scale = fc.constantFrom(1e-9, 1e-6, 1e-3, 1, 10, 1e4);
  const windows = fc.record({
    level,
    scale,
    slope: fc.constantFrom(0, 1e-6, -0.5, 3, 1e5),
    noise: fc.array(noise, { minLength: 3, maxLength: 300 }),
    step: fc.constantFrom(1, 10, 60, 86400),
  });

  it('holds the residuals’ exact spread (pass D) and the head’s (pass C)', () => {
    fc.assert(
      fc.property(windows, ({ level, scale, slope, noise, step }) => {
        const values = noise.map((v, i) => level + slope * i + scale * v);
        const { w } = exactSpreads(values, step);
        const stats = windowStats(w);
        const sums = windowSums(w);
        // residualSd = √(m2R/n): the range's bounds give sd bounds through the same monotone steps.
        const n = values.length;
        const r = residualSpreadRange(sums);
        const h = headSpreadRange(sums);
        const sdInRange =
          Math.sqrt(Math.max(r.lo, 0) / n) <= stats.residualSd && stats.residualSd <= Math.sqrt(r.hi / n);
        return sdInRange && h.lo <= stats.headShiftedM2 && stats.headShiftedM2 <= h.hi;
      }),
      { numRuns: 2000 }
    );
  });

  it('is narrow on ordinary data (so the verdicts need no extra pass) and unbounded when degenerate', () => {
    const values = Array.from({ length: 500 }, (_, i) => 100 + Math.sin(i * 7.3));
    const { w } = exactSpreads(values, 60);
    const r = residualSpreadRange(windowSums(w));
    expect((r.hi - r.lo) / r.hi).toBeLessThan(1e-8);
    const flat = windowSums(windowOf([5, 5, 5, 5]));
    expect(residualSpreadRange(flat)).toEqual({ lo: -Infinity, hi: Infinity });
    expect(headSpreadRange(windowSums(windowOf([1e200, -1e200, 1e200, 0])))).toEqual({ lo: -Infinity, hi: Infinity });
  });
});
