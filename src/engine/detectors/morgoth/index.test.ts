import fc from 'fast-check';
import { gaussian, seededRandom } from '../../stats/seededRandom';
import { type Series, VERDICT_ANOMALOUS, VERDICT_NONE, VERDICT_NORMAL } from '../../types';
import { detectMorgoth } from './index';

function series(values: ArrayLike<number>): Series {
  return {
    name: 'test',
    timesMs: Float64Array.from({ length: values.length }, (_, i) => i * 60_000),
    values: Float64Array.from(values),
  };
}

/** 100 windows of 10 noisy points around 0, with window `spikeWindow` lifted by 20. */
function noiseWithSpike(spikeWindow: number): Series {
  const random = seededRandom(3);
  return series(
    Array.from({ length: 1000 }, (_, i) => gaussian(random) + (Math.floor(i / 10) === spikeWindow ? 20 : 0))
  );
}

describe('detectMorgoth', () => {
  it('flags a never-seen window after warm-up with support 1/N, and gives each of its points that verdict', () => {
    const result = detectMorgoth(noiseWithSpike(60));
    const [sigma] = result.detectors;
    expect(sigma.id).toBe('sigma');
    for (let i = 600; i < 610; i++) {
      expect(result.anomalous[i]).toBe(1);
      expect(sigma.verdicts[i]).toBe(VERDICT_ANOMALOUS);
      expect(sigma.score[i]).toBeCloseTo(1 - 1 / 61, 15);
      expect(result.score[i]).toBeCloseTo(1 - 1 / 61, 15);
    }
    expect(result.anomalous.reduce((a, b) => a + b, 0)).toBe(10);
    // The spike's entry (count 1, delta 0) is pruned at N = 100 = ⌈1/e⌉, leaving one fingerprint.
    expect(sigma.diagnostics).toEqual({ uniqueFingerprints: 1, windows: 100 });
  });

  it('cannot flag anything in the first 19 windows (support ≥ 1/N > minSupport)', () => {
    const result = detectMorgoth(noiseWithSpike(5));
    expect(result.anomalous.slice(0, 190).every((a) => a === 0)).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 190 }), (xs) => {
        const r = detectMorgoth(series(xs), {
          fingerprinters: [{ kind: 'sigma' }, { kind: 'kstest' }, { kind: 'jsdiv' }],
        });
        expect(r.anomalous.every((a) => a === 0)).toBe(true);
      }),
      { numRuns: 50 }
    );
  });

  it('gives NaN points and the still-open last window no verdict', () => {
    const values = Array.from({ length: 25 }, (_, i) => i % 3);
    values[4] = NaN;
    const [track] = detectMorgoth(series(values)).detectors;
    expect(track.verdicts[4]).toBe(VERDICT_NONE);
    expect(track.score[4]).toBeNaN();
    expect(track.verdicts[5]).toBe(VERDICT_NORMAL);
    expect(Array.from(track.verdicts.slice(20))).toEqual([-1, -1, -1, -1, -1]);
  });

  it('combines fingerprinters by votes / fingerprinters ≥ consensus and scores 1 − average support', () => {
    const spiky = noiseWithSpike(60);
    const both = [{ kind: 'sigma' as const }, { kind: 'kstest' as const, confidence: 0 }];
    const either = detectMorgoth(spiky, { fingerprinters: both, consensus: 0.5 });
    const all = detectMorgoth(spiky, { fingerprinters: both, consensus: 1 });
    const [sigma, kstest] = either.detectors;
    for (let i = 0; i < 1000; i += 10) {
      const votes =
        (sigma.verdicts[i] === VERDICT_ANOMALOUS ? 1 : 0) + (kstest.verdicts[i] === VERDICT_ANOMALOUS ? 1 : 0);
      expect(either.votes[i]).toBe(votes);
      expect(either.anomalous[i]).toBe(votes >= 1 ? 1 : 0);
      expect(all.anomalous[i]).toBe(votes === 2 ? 1 : 0);
      expect(either.score[i]).toBeCloseTo((sigma.score[i] + kstest.score[i]) / 2, 15);
    }
  });

  it('with consensus −1 calls a window anomalous iff the average support ≤ minSupport', () => {
    const specs = [{ kind: 'sigma' as const }, { kind: 'sigma' as const, deviations: 100 }];
    const result = detectMorgoth(noiseWithSpike(60), { fingerprinters: specs, consensus: -1 });
    expect(result.detectors.map((t) => t.id)).toEqual(['sigma-0', 'sigma-1']);
    // sigma-0 alone flags the spike (support 1/61) but sigma-1 absorbs it: average support > 0.05.
    expect(result.detectors[0].verdicts[600]).toBe(VERDICT_ANOMALOUS);
    expect(result.votes[600]).toBe(1);
    expect(result.anomalous[600]).toBe(0);
  });

  it('learns a recurring pattern: a level that keeps coming back stops being anomalous', () => {
    const values = Array.from({ length: 2000 }, (_, i) => (Math.floor(i / 10) % 4 === 3 ? 10 : 0) + (i % 2) * 0.1);
    const result = detectMorgoth(series(values));
    expect(result.anomalous.every((a) => a === 0)).toBe(true);
    expect(result.detectors[0].diagnostics?.uniqueFingerprints).toBe(2);
  });

  it('handles empty, one-point, all-NaN, constant and huge series without throwing', () => {
    expect(detectMorgoth(series([])).anomalous.length).toBe(0);
    expect(Array.from(detectMorgoth(series([1])).detectors[0].verdicts)).toEqual([VERDICT_NONE]);
    const nan = detectMorgoth(series(new Array(30).fill(NaN)));
    expect(nan.detectors[0].verdicts.every((v) => v === VERDICT_NONE)).toBe(true);
    expect(nan.detectors[0].diagnostics).toEqual({ uniqueFingerprints: 0, windows: 0 });
    const constant = detectMorgoth(series(new Array(300).fill(5)), {
      fingerprinters: [{ kind: 'sigma' }, { kind: 'kstest' }, { kind: 'jsdiv' }],
    });
    expect(constant.anomalous.every((a) => a === 0)).toBe(true);
    expect(constant.detectors.map((t) => t.diagnostics?.uniqueFingerprints)).toEqual([1, 1, 1]);
    const huge = detectMorgoth(series(Array.from({ length: 300 }, (_, i) => (i % 2 ? 1 : -1) * Number.MAX_VALUE)));
    expect(huge.score.every((s) => Number.isNaN(s) || (s >= 0 && s <= 1))).toBe(true);
  });

  it('cuts windows by time when windowMs is set', () => {
    const result = detectMorgoth(series(Array.from({ length: 100 }, (_, i) => i)), { windowMs: 30 * 60_000 });
    expect(result.detectors[0].diagnostics?.windows).toBe(3);
    expect(result.detectors[0].verdicts[89]).toBe(VERDICT_NORMAL);
    expect(result.detectors[0].verdicts[90]).toBe(VERDICT_NONE);
  });
});
