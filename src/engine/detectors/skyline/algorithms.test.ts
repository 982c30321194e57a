import { firstHourAverage } from './firstHourAverage';
import { grubbs } from './grubbs';
import { histogramBins } from './histogramBins';
import { leastSquares } from './leastSquares';
import { meanSubtractionCumulation } from './meanSubtractionCumulation';
import { medianAbsoluteDeviation } from './medianAbsoluteDeviation';
import { SKYLINE_DEFAULTS } from './options';
import { stddevFromAverage } from './stddevFromAverage';
import { stddevFromMovingAverage } from './stddevFromMovingAverage';
import { noise, windowOf } from './testWindows';
import { tailAverage } from './window';

const o = SKYLINE_DEFAULTS;

describe('tailAverage', () => {
  it('averages the last three values, or returns the last one below three', () => {
    expect(tailAverage(Float64Array.from([1, 1, 1000]), 3)).toBe(334);
    expect(tailAverage(Float64Array.from([7, 9]), 2)).toBe(9);
    expect(tailAverage(Float64Array.from([5, 1, 2, 3]), 4, 1)).toBe(2);
  });
});

describe('median_absolute_deviation', () => {
  it('is True above 6 MADs, None (not False) otherwise, False when MAD = 0', () => {
    expect(medianAbsoluteDeviation(windowOf([1, 2, 3, 2, 1, 2, 3, 2, 40]))).toBe(true);
    expect(medianAbsoluteDeviation(windowOf([1, 2, 3]))).toBeNull();
    expect(medianAbsoluteDeviation(windowOf([5, 5, 5, 5, 1e9]))).toBe(false);
    expect(medianAbsoluteDeviation(windowOf([4]))).toBe(false);
  });

  it('uses a strict > 6: exactly 6 MADs is None', () => {
    // med 2, deviations 1,0,1,0,6 → MAD 1, last deviation 6.
    expect(medianAbsoluteDeviation(windowOf([1, 2, 3, 2, 8]))).toBeNull();
    expect(medianAbsoluteDeviation(windowOf([1, 2, 3, 2, 8.01]))).toBe(true);
  });
});

describe('grubbs', () => {
  const base = noise(200);
  it('fires on an upward tail, never on a downward one', () => {
    expect(grubbs(windowOf([...base, 10, 10, 10]))).toBe(true);
    expect(grubbs(windowOf([...base, -10, -10, -10]))).toBe(false);
  });

  it('is False for n ≤ 2 and for a constant window (0/0)', () => {
    expect(grubbs(windowOf([1, 100]))).toBe(false);
    expect(grubbs(windowOf([3, 3, 3, 3]))).toBe(false);
  });
});

describe('first_hour_average', () => {
  const day = noise(1440);
  it('compares the tail with the first hour of a 24 h window at 60 s', () => {
    expect(firstHourAverage(windowOf([...day.slice(0, 1437), 9, 9, 9]), o)).toBe(true);
    expect(firstHourAverage(windowOf(day), o)).toBe(false);
  });

  it('is False when fewer than two points are older than 23 h (a short series)', () => {
    expect(firstHourAverage(windowOf([...noise(100), 50, 50, 50]), o)).toBe(false);
  });

  it('depends on now: moving now back empties the first hour', () => {
    const w = windowOf([...day.slice(0, 1437), 9, 9, 9]);
    expect(firstHourAverage({ ...w, nowMs: w.nowMs - 3_600_000 }, o)).toBe(false);
  });
});

describe("first_hour_average, NAB's variant (firstHourAgoSec)", () => {
  // Two days at 5 min: a wide first hour of history, a quiet hour one day ago, a tail at 9.
  const values = [...noise(12, 3).map((x) => 100 * x), ...noise(562, 4), 9, 9, 9];
  const twoDays = { ...o, fullDurationSec: 2 * 86400 + 1 };
  const nab = { ...twoDays, firstHourAgoSec: 86400 };
  const dayAgo = values.length - 1 - 288;

  it('compares the tail with the hour one day ago, not the first hour of history', () => {
    expect(firstHourAverage(windowOf(values, 300), twoDays)).toBe(false);
    expect(firstHourAverage(windowOf(values, 300), nab)).toBe(true);
  });

  it('includes the point exactly one day ago (now − F ≤ t)', () => {
    const outlier = values.map((v, i) => (i === dayAgo ? 1000 : v));
    expect(firstHourAverage(windowOf(outlier, 300), nab)).toBe(false);
    const after = values.map((v, i) => (i === dayAgo + 12 ? 1000 : v));
    expect(firstHourAverage(windowOf(after, 300), nab)).toBe(true);
  });
});

describe('stddev_from_average', () => {
  it('fires when the tail average is beyond 3 sample std devs', () => {
    expect(stddevFromAverage(windowOf([...noise(100), 10, 10, 10]))).toBe(true);
    expect(stddevFromAverage(windowOf(noise(100)))).toBe(false);
  });

  it('is False for one point (NaN std) and decided by strict > on ties', () => {
    expect(stddevFromAverage(windowOf([5]))).toBe(false);
    expect(stddevFromAverage(windowOf([2, 2, 2, 2]))).toBe(false);
  });
});

describe('mean_subtraction_cumulation', () => {
  it('compares the last raw value with the values before it', () => {
    expect(meanSubtractionCumulation(windowOf([1, 2, 1, 2, 1, 2, 50]))).toBe(true);
    expect(meanSubtractionCumulation(windowOf([1, 2, 1, 2, 1, 2, 2]))).toBe(false);
  });

  it('is False for n ≤ 2; on a constant run the rounding of the mean decides, as in Skyline', () => {
    expect(meanSubtractionCumulation(windowOf([1, 100]))).toBe(false);
    expect(meanSubtractionCumulation(windowOf(new Array(50).fill(3)))).toBe(false);
    expect(meanSubtractionCumulation(windowOf(new Array(50).fill(0.1)))).toBe(true);
  });
});

describe('stddev_from_moving_average', () => {
  it('fires on a jump of the last value against the EWMA band', () => {
    expect(stddevFromMovingAverage(windowOf([...noise(200), 30]))).toBe(true);
    expect(stddevFromMovingAverage(windowOf([...noise(200), 0.5]))).toBe(false);
  });

  it('is False for one point', () => {
    expect(stddevFromMovingAverage(windowOf([3]))).toBe(false);
  });
});

describe('least_squares', () => {
  const line = noise(100).map((e, i) => 2 * i + e);
  it('fires when the last residuals leave a trend', () => {
    expect(leastSquares(windowOf([...line, 250, 252, 254]))).toBe(true);
    expect(leastSquares(windowOf(line))).toBe(false);
  });

  it('never fires below 0.5 absolute units (the rounding gates) and needs 3 points', () => {
    const small = line.map((v) => v / 1000);
    expect(leastSquares(windowOf([...small, 0.25, 0.252, 0.254]))).toBe(false);
    expect(leastSquares(windowOf([1, 50]))).toBe(false);
  });
});

describe('histogram_bins', () => {
  it('fires when the tail falls in a sparse bin, but not when it sits at the maximum', () => {
    const spread = noise(100).map((v) => (v + 1) / 2);
    expect(histogramBins(windowOf([...spread, 50, 50, 20]))).toBe(true);
    expect(histogramBins(windowOf([...spread, 50, 50, 50]))).toBe(false);
  });

  it('is False for a constant series longer than 20 (all in bin 7), True for n ≤ 20', () => {
    expect(histogramBins(windowOf(new Array(30).fill(4)))).toBe(false);
    expect(histogramBins(windowOf([1, 2, 3]))).toBe(true);
  });

  it('never flags T = max through the last bin (half-open), and T = min only in bin 0', () => {
    const dense = [...new Array(30).fill(0), ...new Array(30).fill(10)];
    expect(histogramBins(windowOf([...dense, 10, 10, 10]))).toBe(false);
    const sparseMax = [...new Array(40).fill(0), 5, 10];
    expect(histogramBins(windowOf([...sparseMax, 10, 10, 10]))).toBe(false);
  });
});
