import { fileSweep, OUTSIDE_WINDOW, PROBATIONARY } from './fileSweep';
import { scaledSigmoid } from './scaledSigmoid';

describe('fileSweep', () => {
  // 100 rows: probation = 15 rows; one window on rows 40..49 (W = 10).
  const sweep = fileSweep(100, [{ startRow: 40, endRow: 49 }]);

  it('marks probationary rows, window rows and outside rows', () => {
    expect(sweep.windowOf[14]).toBe(PROBATIONARY);
    expect(sweep.windowOf[15]).toBe(OUTSIDE_WINDOW);
    expect(sweep.windowOf[40]).toBe(0);
    expect(sweep.windowOf[49]).toBe(0);
    expect(sweep.windowOf[50]).toBe(OUTSIDE_WINDOW);
    expect(sweep.scoredWindows).toBe(1);
  });

  it('gives exactly 1 at the window start, ~0.86 at its middle and just above 0 at its end', () => {
    expect(sweep.gain[40]).toBe(1);
    expect(sweep.gain[45]).toBeCloseTo(scaledSigmoid(-0.5) / scaledSigmoid(-1), 12);
    expect(sweep.gain[45]).toBeCloseTo(0.86, 2);
    expect(sweep.gain[49]).toBeGreaterThan(0);
    expect(sweep.gain[49]).toBeLessThan(0.25);
  });

  it('weighs -1 before the first window and decays towards -1 after it', () => {
    expect(sweep.gain[20]).toBe(-1);
    expect(sweep.gain[50]).toBeLessThan(0);
    expect(sweep.gain[50]).toBeGreaterThan(-0.5);
    // one window length (W - 1 = 9 rows) after the end: S(1) = -0.98661
    expect(sweep.gain[58]).toBeCloseTo(-0.98661, 5);
    // beyond three window lengths: exactly -1
    expect(sweep.gain[49 + 28]).toBe(-1);
  });

  it('measures the penalty from the previous window only', () => {
    const two = fileSweep(200, [
      { startRow: 40, endRow: 49 },
      { startRow: 100, endRow: 119 },
    ]);
    expect(two.gain[121]).toBeCloseTo(scaledSigmoid(2 / 19), 12);
    expect(two.scoredWindows).toBe(2);
  });

  it('weighs rows after a one-row window -1 and counts a window cut by probation once', () => {
    const one = fileSweep(100, [{ startRow: 50, endRow: 50 }]);
    expect(one.gain[50]).toBe(1);
    expect(one.gain[51]).toBe(-1);
    const cut = fileSweep(100, [{ startRow: 10, endRow: 20 }]);
    expect(cut.windowOf[14]).toBe(PROBATIONARY);
    expect(cut.windowOf[15]).toBe(0);
    expect(cut.scoredWindows).toBe(1);
    const hidden = fileSweep(100, [{ startRow: 2, endRow: 5 }]);
    expect(hidden.scoredWindows).toBe(0);
  });

  it('handles an empty file', () => {
    const empty = fileSweep(0, []);
    expect(empty.gain.length).toBe(0);
    expect(empty.scoredWindows).toBe(0);
  });
});
