import type { DetectionResult, DetectorTrack } from '../engine/types';
import { nabAnomalyScores } from './nabScores';

function result(timesMs: number[], score: number[], votes: number[], tracks = 2): DetectionResult {
  const n = timesMs.length;
  const track: DetectorTrack = { id: 'x', verdicts: new Int8Array(n), score: new Float64Array(n) };
  return {
    name: 's',
    timesMs: Float64Array.from(timesMs),
    score: Float64Array.from(score),
    anomalous: new Uint8Array(n),
    votes: Uint8Array.from(votes),
    detectors: Array.from({ length: tracks }, () => track),
    notices: [],
  };
}

describe('nabAnomalyScores', () => {
  it('takes the score at each row, NaN as 0, clamped to [0, 1]', () => {
    const r = result([1, 2, 3, 4], [0.25, NaN, 1.5, -0.5], [0, 0, 0, 0]);
    expect(Array.from(nabAnomalyScores(Float64Array.from([1, 2, 3, 4]), r, 'score'))).toEqual([0.25, 0, 1, 0]);
  });

  it('maps rows by timestamp when the engine sorted the series', () => {
    const r = result([1, 2, 3], [0.1, 0.2, 0.3], [0, 1, 2]);
    expect(Array.from(nabAnomalyScores(Float64Array.from([3, 1, 2]), r, 'score'))).toEqual([0.3, 0.1, 0.2]);
  });

  it('scores only the last of rows sharing a timestamp', () => {
    const r = result([1, 2], [0.5, 0.75], [1, 2]);
    expect(Array.from(nabAnomalyScores(Float64Array.from([1, 2, 2]), r, 'score'))).toEqual([0.5, 0, 0.75]);
  });

  it('with votes, scores the share of detectors voting anomalous', () => {
    const r = result([1, 2, 3], [NaN, NaN, NaN], [0, 1, 2], 2);
    expect(Array.from(nabAnomalyScores(Float64Array.from([1, 2, 3]), r, 'votes'))).toEqual([0, 0.5, 1]);
  });

  it('handles an empty file and a result without detectors', () => {
    expect(nabAnomalyScores(new Float64Array(0), result([], [], []), 'score').length).toBe(0);
    expect(Array.from(nabAnomalyScores(Float64Array.from([1]), result([1], [NaN], [0], 0), 'votes'))).toEqual([0]);
  });
});
