import { VERDICT_ANOMALOUS, VERDICT_NONE, VERDICT_NORMAL, type DetectionResult } from '../engine/types';
import { anomalyRegions, eventsFromRegionFrames, readRegionFrames, regionsFrame } from './anomalyRegions';
import { REGION_PEAK_FIELD, REGION_SERIES_FIELD } from './fieldNames';

function result(anomalous: number[], grubbs: number[], score: number[]): DetectionResult {
  const n = anomalous.length;
  return {
    name: 'api latency',
    timesMs: Float64Array.from({ length: n }, (_, i) => i * 60_000),
    score: Float64Array.from(score),
    anomalous: Uint8Array.from(anomalous),
    votes: new Uint8Array(n),
    detectors: [
      { id: 'grubbs', verdicts: Int8Array.from(grubbs), score: new Float64Array(n) },
      { id: 'ks_test', verdicts: new Int8Array(n).fill(VERDICT_NONE), score: new Float64Array(n) },
    ],
    notices: [],
  };
}

describe('anomalyRegions', () => {
  const A = VERDICT_ANOMALOUS;
  const N = VERDICT_NORMAL;
  const r = result([1, 0, 1, 1, 0, 1], [A, N, N, A, N, N], [0.9, 0.1, 0.7, 0.8, 0, 0.6]);

  it('makes one region per run of anomalous points, naming who voted', () => {
    expect(anomalyRegions(r, 0)).toEqual([
      { seriesName: 'api latency', startMs: 0, endMs: 0, peakScore: 0.9, voters: ['grubbs'] },
      { seriesName: 'api latency', startMs: 120_000, endMs: 180_000, peakScore: 0.8, voters: ['grubbs'] },
      { seriesName: 'api latency', startMs: 300_000, endMs: 300_000, peakScore: 0.6, voters: [] },
    ]);
  });

  it('leaves out points before the visible range', () => {
    expect(anomalyRegions(r, 150_000).map((x) => [x.startMs, x.endMs])).toEqual([
      [180_000, 180_000],
      [300_000, 300_000],
    ]);
  });

  it('reads its regions back from the frame, and nothing from frames of another name', () => {
    const regions = anomalyRegions(r, 0);
    const frame = regionsFrame(regions, 'A', ['kale']);
    expect(readRegionFrames([frame, { ...frame, name: 'Deploys' }])).toEqual(regions);
  });

  it('round-trips through an annotation frame into annotation events', () => {
    const frame = regionsFrame(anomalyRegions(r, 0), 'A', ['kale', 'skyline']);
    expect(frame.meta?.dataTopic).toBe('annotations');
    expect(frame.fields.find((f) => f.name === REGION_SERIES_FIELD)?.values).toEqual([r.name, r.name, r.name]);
    const peaks = frame.fields.find((f) => f.name === REGION_PEAK_FIELD)?.values ?? [];
    expect(peaks).toEqual(anomalyRegions(r, 0).map((region) => region.peakScore));
    const events = eventsFromRegionFrames([frame]);
    expect(events).toHaveLength(3);
    expect(events[1]).toMatchObject({ time: 120_000, timeEnd: 180_000, isRegion: true, tags: ['kale', 'skyline'] });
    expect(events[1].text).toContain('Voted: grubbs');
    expect(events[0].isRegion).toBe(false);
  });
});
