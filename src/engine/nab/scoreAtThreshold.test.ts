import { fileSweep, OUTSIDE_WINDOW, PROBATIONARY, type FileSweep } from './fileSweep';
import { optimizeThreshold } from './optimizeThreshold';
import { scoreAtThreshold } from './scoreAtThreshold';

// The cases of numenta/NAB tests/unit/scorer_test.py (cost matrix and expected figures as there).
const COST = { tpWeight: 1.1, fpWeight: 0.11, fnWeight: 1.2 };
const S_HALF = 0.8482836399575131; // scaledSigmoid(-0.5), as hard-coded in NAB's test
const S_ONE = 0.9866142981514305; // scaledSigmoid(-1)

function score(predictions: number[], windows: Array<[number, number]>, probationFraction = 0): number {
  const sweep = fileSweep(
    predictions.length,
    windows.map(([startRow, endRow]) => ({ startRow, endRow })),
    probationFraction
  );
  return scoreAtThreshold(Float64Array.from(predictions), sweep, COST, 1).raw;
}

describe('scoreAtThreshold (NAB scorer_test.py cases)', () => {
  it('null and false positives', () => {
    expect(score([0, 0, 0, 0, 0], [])).toBe(0);
    expect(score([0, 1, 0, 1, 0], [])).toBeCloseTo(-2 * COST.fpWeight, 12);
  });

  it('false negatives', () => {
    expect(
      score(
        [0, 0, 0, 0, 0, 0, 0],
        [
          [1, 2],
          [4, 5],
        ]
      )
    ).toBeCloseTo(-2 * COST.fnWeight, 12);
  });

  it('false positives in and after the probationary period', () => {
    // NAB's test passes a probationary length; 0.8 × 5 = 4 rows and 0.6 × 5 = 3 rows here.
    expect(score([0, 1, 0, 1, 0], [], 0.8)).toBe(0);
    expect(score([0, 1, 0, 1, 0], [], 0.6)).toBeCloseTo(-COST.fpWeight, 12);
  });

  it('true positives: late, early, repeated and several windows', () => {
    const first = (S_HALF * COST.tpWeight) / S_ONE;
    expect(score([0, 0, 1, 0, 0, 0, 0], [[1, 2]])).toBeCloseTo(first, 12);
    const twoWindows: Array<[number, number]> = [
      [1, 2],
      [4, 5],
    ];
    expect(score([0, 0, 1, 0, 0, 0, 0], twoWindows)).toBeCloseTo(first - COST.fnWeight, 12);
    expect(score([0, 0, 0, 0, 1, 0, 0], [[4, 5]])).toBeCloseTo(COST.tpWeight, 12);
    expect(score([0, 0, 0, 0, 1, 1, 0], [[4, 5]])).toBeCloseTo(COST.tpWeight, 12);
    expect(score([0, 0, 1, 0, 1, 0, 0], twoWindows)).toBeCloseTo(first + COST.tpWeight, 12);
  });

  it('counts rows as NAB does and skips probationary ones', () => {
    const sweep = fileSweep(7, [{ startRow: 4, endRow: 5 }], 0.3); // 2 probationary rows
    expect(scoreAtThreshold(Float64Array.from([1, 1, 1, 0, 1, 0, 0]), sweep, COST, 0.5)).toMatchObject({
      tp: 1,
      fn: 1,
      fp: 1,
      tn: 2,
    });
  });
});

describe('optimizeThreshold (NAB sweeper_test.py testCalcScoreByThresholdReturnsExpectedScores)', () => {
  it('keeps the best window row, not the first, and finds threshold 0.2 with raw 22', () => {
    // Rows: 2 probationary, then scores/sweep scores as in NAB's test (weights folded into gain).
    const sweep: FileSweep = {
      gain: Float64Array.from([-1000, -1000, -3, 20, 10, 5, -3]),
      windowOf: Int32Array.from([PROBATIONARY, PROBATIONARY, OUTSIDE_WINDOW, 0, 0, 1, OUTSIDE_WINDOW]),
      scoredWindows: 2,
    };
    const anomalyScores = Float64Array.from([0.5, 0.5, 0.0, 0.2, 0.3, 0.5, 0.5]);
    const best = optimizeThreshold([{ name: 'f', anomalyScores, sweep }], { tpWeight: 1, fpWeight: 1, fnWeight: 5 });
    expect(best).toEqual({ threshold: 0.2, raw: 5 - 3 + 20, counts: { tp: 3, tn: 1, fp: 1, fn: 0 }, scoredWindows: 2 });
  });
});
