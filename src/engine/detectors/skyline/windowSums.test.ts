import fc from 'fast-check';
import { twoPassMoments } from '../../stats/twoPassMoments';
import { EW_DECAY, ewWeights } from './ewWeights';
import { leastSquares } from './leastSquares';
import { meanSubtractionCumulation } from './meanSubtractionCumulation';
import { noise, windowOf } from './testWindows';
import { windowStats } from './windowStats';
import { windowSums } from './windowSums';

describe('ewWeights', () => {
  it('holds the doubles a per-window loop gives, and keeps them when it grows', () => {
    const small = ewWeights(3);
    let [weight, sw, sw2] = [1, 0, 0];
    for (let i = 0; i < 5000; i++) {
      sw += weight;
      sw2 += weight * weight;
      weight *= EW_DECAY;
    }
    const big = ewWeights(5000);
    expect([big.sums[5000], big.squareSums[5000], big.weights[4999] * EW_DECAY]).toEqual([sw, sw2, weight]);
    expect(big.sums[3]).toBe(small.sums[3]);
  });
});

describe('windowSums', () => {
  it('gives the head’s and the line’s sums as computed on their own', () => {
    const values = [...noise(97, 3).map((v) => 10 + v), -0, 4, 25];
    const w = windowOf(values, 10);
    const s = windowSums(w);
    const head = twoPassMoments(w.values, 0, values.length - 1);
    const shifted = values.slice(0, -1).map((v) => v - head.mean);
    const t = Array.from(w.timesMs, (ms) => (ms - w.timesMs[0]) / 1000);
    const meanT = twoPassMoments(Float64Array.from(t)).mean;
    expect(s.headMean).toBe(head.mean);
    expect(s.headShiftedMean).toBe(twoPassMoments(Float64Array.from(shifted)).mean);
    expect(s.headSquares).toBe(shifted.reduce((a, e) => a + e * e, 0));
    expect([s.meanT, s.maxT]).toEqual([meanT, t[t.length - 1]]);
    expect(s.ctt).toBe(t.reduce((a, ti) => a + (ti - meanT) * (ti - meanT), 0));
    expect(s.slope).toBe(s.cty / s.ctt);
    const mean = twoPassMoments(w.values).mean;
    const residual = (i: number): number => w.values[i] - mean - s.slope * (t[i] - meanT);
    const n = values.length;
    expect(s.residualTail).toBe((residual(n - 1) + residual(n - 2) + residual(n - 3)) / 3);
  });
});

describe('least_squares and mean_subtraction_cumulation without the extra passes', () => {
  /** The verdicts read off windowStats' exact two-pass spreads (the rule as written before). */
  function exactVerdicts(values: number[]) {
    const w = windowOf(values);
    const n = values.length;
    const s = windowStats(w);
    const sums = windowSums(w);
    const std = n > 2 ? Math.sqrt(s.headShiftedM2 / (n - 2)) : NaN;
    const sd = s.residualSd;
    const tail = sums.residualTail;
    return [
      n >= 3 && Math.abs(tail) > sd * 3 && sd > 0.5 && Math.abs(tail) > 0.5,
      Math.abs(values[n - 1] + 0 - sums.headMean) > 3 * std,
    ];
  }
  const verdicts = (values: number[]) => [leastSquares(windowOf(values)), meanSubtractionCumulation(windowOf(values))];

  it('agree with the two-pass spreads on random windows', () => {
    const value = fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), fc.integer({ min: -3, max: 3 }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 200 }), fc.constantFrom(1, 1e6, 1e12), (xs, level) => {
        const values = xs.map((x) => level + x);
        expect(verdicts(values)).toEqual(exactVerdicts(values));
      }),
      { numRuns: 500 }
    );
  });

  it('agree on the edge: a last value exactly 3 head standard deviations out, and one ulp either side', () => {
    const head = noise(300, 5).map((v) => 50 + 4 * v);
    const w = windowOf([...head, 0]);
    const s = windowStats(w);
    const edge = windowSums(w).headMean + 3 * Math.sqrt(s.headShiftedM2 / (head.length - 1));
    for (const last of [edge * (1 - 2 ** -52), edge, edge * (1 + 2 ** -52)]) {
      expect(verdicts([...head, last])).toEqual(exactVerdicts([...head, last]));
    }
  });
});
