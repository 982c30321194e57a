import { medianStepMs, periodAgo, seasonalLag, STEP_SAMPLE } from './seasonalLag';

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

  it('finds the point one period earlier by time, within half a step, and −1 across a gap', () => {
    const times = Float64Array.of(0, 10, 20, 30, 44, 50, 60, 85, 90);
    // 85 − 30 = 55: 50 and 60 are both within 5; the later one is taken.
    expect(Array.from(periodAgo(times, 10, 30))).toEqual([-1, -1, -1, 0, 1, 2, 3, 6, 6]);
    expect(Array.from(periodAgo(times, 10, 40))).toEqual([-1, -1, -1, -1, 0, 1, 2, 5, 5]);
    // 47 − 20 = 27: the nearest earlier point, 20, is 7 away (a gap).
    expect(Array.from(periodAgo(Float64Array.of(0, 20, 47), 10, 20))).toEqual([-1, 0, -1]);
  });

  it('gives −1 everywhere for an unknown step, and nothing for no points', () => {
    expect(Array.from(periodAgo(Float64Array.of(0, 10, 20), NaN, 10))).toEqual([-1, -1, -1]);
    expect(periodAgo(new Float64Array(0), 10, 10).length).toBe(0);
  });
});
