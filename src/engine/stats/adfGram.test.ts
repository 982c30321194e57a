import fc from 'fast-check';
import { adfStationary, adfStatistic, mackinnonPValueConstant } from './adf';
import { type AdfEstimate, adfByGram, adfFromRowSums } from './adfGram';
import { AdfRowSums } from './adfRowSums';
import { adfSeriesParameters, adfTestSeries, adfTestSlides } from './adfTestSeries';

const arbitrarySeries = adfSeriesParameters(400).map(({ kind, length, seed, scale, shift, runs }) =>
  adfTestSeries(kind, length, seed, scale, shift, runs)
);

const arbitrarySlidingSeries = adfSeriesParameters(300);

describe('adfByGram', () => {
  it('agrees with the QR τ within its error bound whenever it answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(arbitrarySeries, (x) => {
        const fast = adfByGram(x, 10);
        const exact = adfStatistic(x, 10);
        if (fast !== null) {
          answered++;
          expect(Math.abs(fast.tau - exact)).toBeLessThanOrEqual(fast.tauError);
        }
      }),
      { numRuns: 400, seed: 20261121 }
    );
    expect(answered).toBeGreaterThan(200);
  });

  it('refuses below 2·maxLag + 4 points, and on NaN, ±Infinity, overflowing and constant series', () => {
    expect(adfByGram(new Float64Array(0), 10)).toBeNull();
    expect(adfByGram(new Float64Array(1), 10)).toBeNull();
    expect(adfByGram(adfTestSeries(0, 23, 1, 1, 0, false), 10)).toBeNull();
    for (const bad of [NaN, Infinity, -Infinity, Number.MAX_VALUE]) {
      const x = adfTestSeries(1, 100, 3, 1, 0, false);
      x[50] = bad;
      expect(adfByGram(x, 10)).toBeNull();
    }
    expect(adfByGram(adfTestSeries(1, 100, 3, 1e300, 0, false), 10)).toBeNull();
  });

  it('refuses a constant series and one whose level is a line (collinear with the constant)', () => {
    expect(adfByGram(new Float64Array(100).fill(3), 10)).toBeNull();
    expect(
      adfByGram(
        Float64Array.from({ length: 100 }, (_, i) => i),
        10
      )
    ).toBeNull();
  });

  it('matches the statsmodels reference τ on a random walk to 8 digits', () => {
    const walk = adfTestSeries(0, 300, 12, 1, 0, false);
    expect(adfByGram(walk, 10)?.tau).toBeCloseTo(adfStatistic(walk, 10), 8);
  });
});

describe('adfFromRowSums on sliding windows', () => {
  it('agrees with the QR τ, and with the from-scratch estimate, within its error bound', () => {
    let [answered, slid] = [0, 0];
    const out: AdfEstimate = { tau: NaN, tauError: NaN, lag: NaN };
    fc.assert(
      fc.property(arbitrarySlidingSeries, ({ kind, length, seed, scale, shift, runs }) => {
        const x = adfTestSeries(kind, 2 * length + 60, seed, scale, shift, runs);
        const sums = new AdfRowSums(10);
        for (const [start, end] of adfTestSlides(x.length, length, seed)) {
          sums.sync(x, start, end);
          const fast = adfFromRowSums(sums, out);
          if (fast !== null) {
            const window = x.subarray(start, end);
            const scratch = adfByGram(window, 10);
            answered++;
            slid += sums.updates > 0 ? 1 : 0;
            expect(Math.abs(fast.tau - adfStatistic(window, 10))).toBeLessThanOrEqual(fast.tauError);
            if (scratch !== null) {
              expect(Math.abs(fast.tau - scratch.tau)).toBeLessThanOrEqual(fast.tauError + scratch.tauError);
            }
          }
        }
      }),
      { numRuns: 150, seed: 20261122 }
    );
    expect(answered).toBeGreaterThan(2000);
    expect(slid).toBeGreaterThan(1700);
  });
});

describe('adfStationary', () => {
  it('gives the QR verdict at 5 %', () => {
    fc.assert(
      fc.property(arbitrarySeries, (x) => {
        expect(adfStationary(x, 10, 0.05)).toBe(mackinnonPValueConstant(adfStatistic(x, 10)) < 0.05);
      }),
      { numRuns: 400, seed: 7 }
    );
  });
});
