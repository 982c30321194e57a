import { anomalyRegions, regionsFrame } from '../../frames/anomalyRegions';
import type { DetectionResult } from '../../engine/types';
import { readRegions, regionsBySeries, regionsFromResults } from './regions';

function result(name: string, anomalous: number[], votes: Record<string, number[]>): DetectionResult {
  const n = anomalous.length;
  return {
    name,
    timesMs: Float64Array.from({ length: n }, (_, i) => i * 1000),
    score: Float64Array.from(anomalous, (a) => (a ? 0.9 : 0.1)),
    anomalous: Uint8Array.from(anomalous),
    votes: new Uint8Array(n),
    detectors: Object.entries(votes).map(([id, v]) => ({
      id,
      verdicts: Int8Array.from(v),
      score: new Float64Array(n),
    })),
    notices: [],
  };
}

describe('regions', () => {
  const a = result('api <b>', [0, 1, 1, 0, 1], { grubbs: [0, 1, 0, 0, 0], ks_test: [0, 1, 1, 0, 0] });

  it('reads back the data source’s region frames, voters included', () => {
    const frame = regionsFrame(anomalyRegions(a, 0), 'A', ['kale']);
    expect(readRegions([frame])).toEqual([
      { seriesName: 'api <b>', startMs: 1000, endMs: 2000, voters: ['grubbs', 'ks_test'] },
      { seriesName: 'api <b>', startMs: 4000, endMs: 4000, voters: [] },
    ]);
  });

  it('is the same as the panel’s own regions from the results', () => {
    const frame = regionsFrame(anomalyRegions(a, 0), 'A', []);
    expect(readRegions([frame])).toEqual(regionsFromResults([a], -Infinity));
  });

  it('ignores other annotation frames and tolerates none', () => {
    const other = { ...regionsFrame(anomalyRegions(a, 0), 'A', []), name: 'Deploys' };
    expect(readRegions([other])).toEqual([]);
    expect(readRegions(undefined)).toEqual([]);
  });

  it('groups by series', () => {
    const b = result('db', [1, 0], { grubbs: [1, 0] });
    const grouped = regionsBySeries(regionsFromResults([a, b], -Infinity));
    expect([...grouped.keys()]).toEqual(['api <b>', 'db']);
    expect(grouped.get('api <b>')).toHaveLength(2);
  });
});
