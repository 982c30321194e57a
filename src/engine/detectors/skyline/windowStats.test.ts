import fc from 'fast-check';
import { twoPassMoments } from '../../stats/twoPassMoments';
import { BINS, HISTOGRAM } from './histogramEdges';
import { windowOf } from './testWindows';
import { type SkylineWindow, tailAverage } from './window';
import { EW_DECAY } from './ewWeights';
import { windowStats } from './windowStats';
import { windowSums } from './windowSums';

const { histogramEdges, tailBin } = HISTOGRAM;

/** Each statistic computed on its own, as each algorithm's plain form did before the fused passes. */
function reference(values: number[], stepSec: number) {
  const w = windowOf(values, stepSec);
  const x = w.values;
  const n = x.length;
  const moments = twoPassMoments(x);
  const headMean = twoPassMoments(x, 0, n - 1).mean;
  const shifted = Float64Array.from(x.subarray(0, n - 1), (v) => (v === 0 ? 0 : v) - headMean);
  let [weight, sw, sw2, swx] = [1, 0, 0, 0];
  for (let i = n - 1; i >= 0; i--) {
    sw += weight;
    sw2 += weight * weight;
    swx += weight * x[i];
    weight *= EW_DECAY;
  }
  const ewMean = swx / sw;
  let sdd = 0;
  weight = 1;
  for (let i = n - 1; i >= 0; i--) {
    sdd += weight * (x[i] - ewMean) * (x[i] - ewMean);
    weight *= EW_DECAY;
  }
  const t = Float64Array.from(w.timesMs, (ms) => (ms - w.timesMs[0]) / 1000);
  const meanT = twoPassMoments(t).mean;
  let [ctt, cty] = [0, 0];
  for (let i = 0; i < n; i++) {
    ctt += (t[i] - meanT) * (t[i] - meanT);
    cty += (t[i] - meanT) * (x[i] - moments.mean);
  }
  const residuals = Float64Array.from(x, (v, i) => v - moments.mean - (cty / ctt) * (t[i] - meanT));
  const residualMoments = twoPassMoments(residuals);
  const edges = new Float64Array(BINS + 1);
  histogramEdges(Math.min(...values), Math.max(...values), edges);
  const countIn = (bin: number): number =>
    values.filter((v) => v >= edges[bin] && (v < edges[bin + 1] || (bin === BINS - 1 && v <= edges[bin + 1]))).length;
  return {
    w,
    want: {
      moments,
      headMean,
      headShiftedM2: twoPassMoments(shifted).m2,
      ewMean,
      ewVariance: (sdd / sw) * ((sw * sw) / (sw * sw - sw2)),
      residualSd: Math.sqrt(residualMoments.m2 / n),
      residualTail: tailAverage(residuals, n),
      firstBinCount: countIn(0),
      tailBinCount: countIn(tailBin(edges, tailAverage(x, n))),
    },
  };
}

/** The statistics of both files' passes, as one object. */
function fused(w: SkylineWindow) {
  const sums = windowSums(w);
  const spreads = windowStats(w);
  return {
    moments: sums.moments,
    headMean: sums.headMean,
    headShiftedM2: spreads.headShiftedM2,
    ewMean: sums.ewMean,
    ewVariance: sums.ewVariance,
    residualSd: spreads.residualSd,
    residualTail: sums.residualTail,
    firstBinCount: sums.firstBinCount,
    tailBinCount: sums.tailBinCount,
    min: sums.min,
    max: sums.max,
  };
}

describe('windowSums and windowStats', () => {
  const value = fc.oneof(
    { weight: 5, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
    { weight: 4, arbitrary: fc.integer({ min: -3, max: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom(-0, 0.1, 1e9 + 0.5, 1e300, Number.MAX_VALUE) }
  );

  it('gives every statistic bit for bit as the separate computations do', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 400 }), fc.constantFrom(1, 10, 60), (values, step) => {
        const { w, want } = reference(values, step);
        const got = fused(w);
        expect({ ...got, min: undefined, max: undefined }).toEqual({ ...want, min: undefined, max: undefined });
        expect([got.min === Math.min(...values), got.max === Math.max(...values)]).toEqual([true, true]);
      }),
      { numRuns: 300 }
    );
  });

  it('handles one point, a constant window and two levels', () => {
    for (const values of [[4], [2, 2, 2, 2], [0, 1, 0, 1, 1, 0, 0, 1]]) {
      const { w, want } = reference(values, 60);
      expect(fused(w)).toMatchObject(want);
    }
    expect(fused(windowOf([4])).headMean).toBeNaN();
  });

  it('is computed once per window object and again for a new one', () => {
    const w = windowOf([1, 2, 3, 4, 10]);
    expect(windowStats(w)).toBe(windowStats(w));
    expect(windowStats(windowOf([1, 2, 3, 4, 10]))).not.toBe(windowStats(w));
  });
});
