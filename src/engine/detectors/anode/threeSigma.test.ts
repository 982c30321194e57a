import fc from 'fast-check';
import { type Series, VERDICT_ANOMALOUS, VERDICT_NONE, VERDICT_NORMAL } from '../../types';
import { threeSigma, threeSigmaScore } from './threeSigma';

function series(values: ArrayLike<number>): Series {
  return {
    name: 's',
    timesMs: Float64Array.from({ length: values.length }, (_, i) => i * 1000),
    values: Float64Array.from(values),
  };
}

/** Straight from the definition: μ, sample σ over x[0..i], MA3 of the last three. */
function reference(xs: number[], i: number) {
  const seen = xs.slice(0, i + 1);
  const mean = seen.reduce((a, b) => a + b, 0) / seen.length;
  const sd = Math.sqrt(seen.reduce((a, b) => a + (b - mean) ** 2, 0) / (seen.length - 1));
  const ma3 = (xs[i - 2] + xs[i - 1] + xs[i]) / 3;
  return { mean, sd, ma3 };
}

describe('threeSigma', () => {
  it('gives the first two points no verdict, then tests |MA3 − μ| > 3σ against every point so far', () => {
    // A 30-point baseline 9, 10, 11, … then a jump to 100: all-history σ inflates fast, so only
    // the third 100 (MA3 = 100) leaves the band.
    const xs = [...Array.from({ length: 30 }, (_, i) => 10 + ((i % 3) - 1)), 100, 100, 100, 100, 10];
    const result = threeSigma(series(xs));
    const [track] = result.detectors;
    expect(track.id).toBe('three_sigma');
    expect(Array.from(track.verdicts.slice(0, 2))).toEqual([VERDICT_NONE, VERDICT_NONE]);
    expect(track.verdicts[2]).toBe(VERDICT_NORMAL);
    for (let i = 2; i < xs.length; i++) {
      const { mean, sd, ma3 } = reference(xs, i);
      expect(track.center![i]).toBeCloseTo(mean, 12);
      expect(track.upper![i]).toBeCloseTo(mean + 3 * sd, 12);
      expect(track.lower![i]).toBeCloseTo(mean - 3 * sd, 12);
      expect(track.verdicts[i]).toBe(Math.abs(ma3 - mean) > 3 * sd ? VERDICT_ANOMALOUS : VERDICT_NORMAL);
    }
    expect(
      Array.from(result.anomalous)
        .map((a, i) => (a ? i : -1))
        .filter((i) => i >= 0)
    ).toEqual([32]);
    expect(result.score[32]).toBeGreaterThan(0.5);
    expect(result.upper![32]).toBe(track.upper![32]);
  });

  it('maps z = |MA3 − μ| / σ to z / (z + 3): 0 at the mean, ½ on the boundary, 1 at infinity', () => {
    expect(threeSigmaScore(0)).toBe(0);
    expect(threeSigmaScore(3)).toBe(0.5);
    expect(threeSigmaScore(9)).toBe(0.75);
    expect(threeSigmaScore(Infinity)).toBe(1);
  });

  it('keeps a constant series normal with score 0, whatever the constant', () => {
    for (const c of [0.1, -7.3, 1e-300, 1e150]) {
      const [track] = threeSigma(series(new Array(20).fill(c))).detectors;
      expect(Array.from(track.verdicts.slice(2))).toEqual(new Array(18).fill(VERDICT_NORMAL));
      expect(Array.from(track.score.slice(2))).toEqual(new Array(18).fill(0));
    }
  });

  it('skips NaN points: they get no verdict and do not enter μ, σ or MA3', () => {
    const withGaps = threeSigma(series([1, NaN, 2, 3, NaN, 10])).detectors[0];
    const without = threeSigma(series([1, 2, 3, 10])).detectors[0];
    expect(Array.from(withGaps.verdicts)).toEqual([-1, -1, -1, without.verdicts[2], -1, without.verdicts[3]]);
    expect(withGaps.score[5]).toBe(without.score[3]);
  });

  it('handles empty, short and huge series without throwing', () => {
    expect(threeSigma(series([])).anomalous.length).toBe(0);
    expect(Array.from(threeSigma(series([1, 2])).detectors[0].verdicts)).toEqual([-1, -1]);
    const huge = threeSigma(series([1e150, -1e150, 1e150, -1e150, 1e150])).detectors[0];
    expect(huge.verdicts.slice(2).every((v) => v === VERDICT_NORMAL)).toBe(true);
    const max = threeSigma(series([Number.MAX_VALUE, 0, Number.MAX_VALUE])).detectors[0];
    expect(max.score[2]).toBeGreaterThanOrEqual(0);
    expect(max.score[2]).toBeLessThanOrEqual(1);
  });

  it('never changes a verdict when the series is shifted or scaled (away from the 3σ boundary)', () => {
    const values = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 60 });
    fc.assert(
      fc.property(
        values,
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        (xs, shift, scale) => {
          const base = threeSigma(series(xs)).detectors[0];
          const moved = threeSigma(series(xs.map((x) => (x + shift) * scale))).detectors[0];
          for (let i = 0; i < xs.length; i++) {
            if (Math.abs(base.score[i] - 0.5) > 1e-6) {
              expect(moved.verdicts[i]).toBe(base.verdicts[i]);
              expect(moved.score[i]).toBeCloseTo(base.score[i], 6);
            }
          }
        }
      )
    );
  });

  it('keeps every score in [0, 1] and flags exactly the points scoring above ½', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { maxLength: 80 }), (xs) => {
        const [track] = threeSigma(series(xs)).detectors;
        track.score.forEach((s, i) => {
          if (track.verdicts[i] !== VERDICT_NONE) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(1);
            if (Math.abs(s - 0.5) > 1e-9) {
              expect(track.verdicts[i]).toBe(s > 0.5 ? VERDICT_ANOMALOUS : VERDICT_NORMAL);
            }
          }
        });
      })
    );
  });
});
