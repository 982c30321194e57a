import type { AnomalyRow } from './anomalyRows';
import { drawnSeries } from './drawnSeries';
import type { PanelSeries } from './panelSeries';

const s = (name: string): PanelSeries => ({
  name,
  labels: {},
  timesMs: new Float64Array(0),
  values: new Float64Array(0),
});
const row = (name: string): AnomalyRow => ({ name, peakScore: 1, whenMs: 0, regionCount: 1, voters: [] });

describe('drawnSeries', () => {
  const all = ['a', 'b', 'c', 'd', 'e'].map(s);

  it('draws the target and preview first, then anomalous series, in data order', () => {
    expect(drawnSeries(all, [row('d'), row('b')], 3, ['e', undefined]).map((x) => x.name)).toEqual(['b', 'd', 'e']);
  });

  it('draws everything when under the limit and at least one series', () => {
    expect(drawnSeries(all, [], 10, [])).toHaveLength(5);
    expect(drawnSeries(all, [], 0, [])).toHaveLength(1);
    expect(drawnSeries([], [], 5, ['x'])).toEqual([]);
  });
});
