import fc from 'fast-check';
import { AdfRowSums } from './adfRowSums';
import { ADF_TEST_KINDS, adfTestSeries, adfTestSlides } from './adfTestSeries';

const U = 2 ** -53;

/** Σ(w − w̄)² and Σ(w − w̄)Δ_K from the sums: independent of where the level was measured from. */
function centred(s: AdfRowSums): [number, number] {
  const rows = s.last - s.first + 1;
  const mean = s.sumLevel / rows;
  return [s.sumLevel2 - s.sumLevel * mean, s.levelProducts[0] - mean * s.sumY];
}

describe('AdfRowSums', () => {
  it('slid sums equal rebuilt sums within u·(rows + updates) times the peaks of the partial sums', () => {
    let slid = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ADF_TEST_KINDS - 1 }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.constantFrom(1e-6, 1, 1e9),
        fc.constantFrom(0, 1e9, -1e6),
        fc.boolean(),
        (kind, seed, scale, shift, runs) => {
          const x = adfTestSeries(kind, 700, seed, scale, shift, runs);
          const sums = new AdfRowSums(10);
          const fresh = new AdfRowSums(10);
          for (const [start, end] of adfTestSlides(x.length, 122, seed)) {
            sums.sync(x, start, end);
            fresh.rebuild(x, start, end);
            slid += sums.updates > 0 ? 1 : 0;
            expect([sums.first, sums.last]).toEqual([start + 10, end - 2]);
            const count = sums.last - sums.first + 3 + sums.updates;
            const lagTol = 4 * U * count * sums.peakSpan2;
            for (let d = 0; d <= 10; d++) {
              expect(Math.abs(sums.lagProducts[d] - fresh.lagProducts[d])).toBeLessThanOrEqual(lagTol);
            }
            expect(Math.abs(sums.sumSpan2 - fresh.sumSpan2)).toBeLessThanOrEqual(lagTol);
            const rows = sums.last - sums.first + 1;
            expect(Math.abs(sums.sumY - fresh.sumY)).toBeLessThanOrEqual(
              4 * U * count * Math.sqrt(rows * sums.peakSpan2)
            );
            const [level2, levelY] = centred(sums);
            const [freshLevel2, freshLevelY] = centred(fresh);
            // The level measured from another origin: the centring cancels up to the peak Σw².
            const levelScale = sums.peakLevel2 + fresh.peakLevel2;
            expect(Math.abs(level2 - freshLevel2)).toBeLessThanOrEqual(8 * U * count * levelScale);
            expect(Math.abs(levelY - freshLevelY)).toBeLessThanOrEqual(
              8 * U * count * Math.sqrt(levelScale * sums.peakSpan2)
            );
          }
        }
      ),
      { numRuns: 25, seed: 11 }
    );
    expect(slid).toBeGreaterThan(1000);
  });

  it('rebuilds when the window moves back, jumps past its rows, changes array, or a spike leaves', () => {
    const x = adfTestSeries(0, 600, 5, 1, 0, false);
    const sums = new AdfRowSums(10);
    sums.sync(x, 0, 200);
    sums.sync(x, 3, 203);
    expect(sums.updates).toBe(6);
    sums.sync(x, 2, 203);
    expect(sums.updates).toBe(0);
    sums.sync(x, 3, 204);
    sums.sync(x, 300, 500);
    expect(sums.updates).toBe(0);
    sums.sync(x.slice(), 301, 501);
    expect(sums.updates).toBe(0);
    const spiky = x.slice();
    spiky[250] = 1e8;
    sums.sync(spiky, 200, 400);
    sums.sync(spiky, 201, 401);
    expect(sums.updates).toBe(2);
    sums.sync(spiky, 251, 451);
    expect(sums.updates).toBe(0);
    expect(sums.peakSpan2).toBe(sums.sumSpan2);
  });

  it('rebuilds after REBUILD_ROWS × rows updates, so the count in the bound stays within 3 × rows', () => {
    const x = adfTestSeries(1, 2000, 9, 1, 0, false);
    const sums = new AdfRowSums(10);
    let most = 0;
    for (let start = 0; start + 100 <= x.length; start++) {
      sums.sync(x, start, start + 100);
      most = Math.max(most, sums.updates);
    }
    expect(most).toBeGreaterThan(160);
    expect(most).toBeLessThanOrEqual(2 * 89);
  });

  it('has exact zero level sums on a constant window measured from its own mean', () => {
    const sums = new AdfRowSums(10);
    sums.sync(new Float64Array(50).fill(3), 0, 50);
    expect([sums.sumLevel, sums.sumLevel2, sums.sumY, sums.sumSpan2, sums.peakAbs]).toEqual([0, 0, 0, 0, 3]);
    expect(Array.from(sums.lagProducts)).toEqual(new Array(11).fill(0));
  });

  it('keeps NaN and ±Infinity in the sums (adfGram.ts then refuses), and recovers after they leave', () => {
    const x = adfTestSeries(0, 300, 3, 1, 0, false);
    x[100] = NaN;
    x[101] = Infinity;
    const sums = new AdfRowSums(10);
    sums.sync(x, 60, 160);
    expect(Number.isNaN(sums.lagProducts[0])).toBe(true);
    for (let start = 61; start <= 120; start++) {
      sums.sync(x, start, start + 100);
    }
    const fresh = new AdfRowSums(10);
    fresh.rebuild(x, 120, 220);
    expect(Number.isFinite(sums.lagProducts[3])).toBe(true);
    expect(sums.lagProducts[3]).toBeCloseTo(fresh.lagProducts[3], 10);
  });
});
