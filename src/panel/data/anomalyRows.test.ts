import { anomalyRows } from './anomalyRows';
import type { PanelSeries } from './panelSeries';
import type { PanelRegion } from './regions';

const times = Float64Array.from([0, 1000, 2000, 3000, 4000]);
const series = (name: string, score?: number[]): PanelSeries => ({
  name,
  labels: {},
  timesMs: times,
  values: new Float64Array(5),
  score: score ? Float64Array.from(score) : undefined,
});
const region = (seriesName: string, startMs: number, endMs: number, voters: string[] = []): PanelRegion => ({
  seriesName,
  startMs,
  endMs,
  voters,
});

describe('anomalyRows', () => {
  it('lists only series with a region in the visible range, by peak score inside it', () => {
    const all = [
      series('a', [0, 0.5, 0, 0, 0]),
      series('b', [0, 0, 0, 0.9, 0]),
      series('c', [1, 0, 0, 0, 0]),
      series('quiet', [0, 0, 0, 0, 0]),
    ];
    const regions = new Map([
      ['a', [region('a', 1000, 1000, ['grubbs'])]],
      ['b', [region('b', 3000, 3000, ['ks_test']), region('b', 1000, 1000, ['grubbs'])]],
      ['c', [region('c', 0, 0)]],
    ]);
    const rows = anomalyRows(all, regions, 500, 4000);
    expect(rows.map((r) => [r.name, r.peakScore, r.whenMs, r.regionCount])).toEqual([
      ['b', 0.9, 3000, 2],
      ['a', 0.5, 1000, 1],
    ]);
    expect(rows[0].voters).toEqual(['ks_test', 'grubbs']);
  });

  it('ranks series without scores at 0, newest region first', () => {
    const rows = anomalyRows(
      [series('x'), series('y')],
      new Map([
        ['x', [region('x', 1000, 1000)]],
        ['y', [region('y', 3000, 4000)]],
      ]),
      0,
      4000
    );
    expect(rows.map((r) => [r.name, r.peakScore])).toEqual([
      ['y', 0],
      ['x', 0],
    ]);
  });

  it('ignores NaN scores and gives nothing without regions', () => {
    expect(
      anomalyRows([series('n', [NaN, NaN, 0.3, NaN, NaN])], new Map([['n', [region('n', 0, 4000)]]]), 0, 4000)[0]
        .peakScore
    ).toBe(0.3);
    expect(anomalyRows([series('a', [1, 1, 1, 1, 1])], new Map(), 0, 4000)).toEqual([]);
  });
});
