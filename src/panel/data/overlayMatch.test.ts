import { overlayMatch } from './overlayMatch';
import type { PanelSeries } from './panelSeries';

const s = (name: string, values: number[], stepMs = 60_000): PanelSeries => ({
  name,
  labels: {},
  timesMs: Float64Array.from(values, (_, i) => i * stepMs),
  values: Float64Array.from(values),
});

describe('overlayMatch', () => {
  const target = s('t', [10, 20, 30, 20, 10]);

  it('rescales the match to the target’s mean and spread', () => {
    const out = overlayMatch(target, s('m', [1, 2, 3, 2, 1]), 0, false);
    expect(Array.from(out.values)).toEqual([10, 20, 30, 20, 10].map((v) => expect.closeTo(v, 9)));
    expect(Array.from(out.timesMs)).toEqual(Array.from(target.timesMs));
  });

  it('flips an anticorrelated match and shifts by the lag in target steps', () => {
    const out = overlayMatch(target, s('m', [1, 2, 3, 2, 1]), 2, true);
    // mean 18, spread ×10: the peak 3 (1.2 above 1.8) lands 12 below the target mean.
    expect(out.values[2]).toBeCloseTo(18 - 12, 9);
    expect(out.timesMs[0]).toBe(-120_000);
  });

  it('keeps NaN as missing and draws a constant match flat at the target mean', () => {
    expect(Number.isNaN(overlayMatch(target, s('m', [1, NaN, 3, 2, 1]), 0, false).values[1])).toBe(true);
    expect(Array.from(overlayMatch(target, s('c', [5, 5, 5, 5, 5]), 0, false).values)).toEqual([18, 18, 18, 18, 18]);
  });
});
