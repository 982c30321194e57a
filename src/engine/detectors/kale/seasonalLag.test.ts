import { medianStepMs, seasonalLag, STEP_SAMPLE } from './seasonalLag';

describe('seasonalLag', () => {
  it('counts the points in a period at the median step', () => {
    expect(seasonalLag(300_000, 86_400_000)).toBe(288);
    expect(seasonalLag(3_600_000, 7 * 86_400_000)).toBe(168);
  });

  it('gives 0 (no seasonal baseline) for fewer than two points per period or an unknown step', () => {
    expect(seasonalLag(86_400_000, 86_400_000)).toBe(0);
    expect(seasonalLag(NaN, 86_400_000)).toBe(0);
    expect(seasonalLag(0, 86_400_000)).toBe(0);
  });

  it('takes the median step of the first STEP_SAMPLE steps only, so later points cannot change it', () => {
    const times = Float64Array.from({ length: 100 }, (_, i) => i * 60_000);
    expect(medianStepMs(times)).toBe(60_000);
    times[1] = 30_000; // one odd step does not move the median
    expect(medianStepMs(times)).toBe(60_000);
    const later = times.slice();
    later.fill(0, STEP_SAMPLE + 1);
    expect(medianStepMs(later)).toBe(medianStepMs(times));
    expect(medianStepMs(Float64Array.of(5))).toBeNaN();
    expect(medianStepMs(new Float64Array(0))).toBeNaN();
  });
});
