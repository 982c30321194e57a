import fc from 'fast-check';
import { detect, detectBatch, detectRequestProblems, type DetectRequest } from './detect';
import { threeSigma } from './detectors/anode/threeSigma';
import { detectMorgoth } from './detectors/morgoth';
import { DETECTOR_IDS } from './detectors/registry';
import { skylineEvery } from './detectors/skyline';
import { batchFromSeries } from './series/batch';
import { gaussian, seededRandom } from './stats/seededRandom';
import { type DetectionResult, type Series, VERDICT_ANOMALOUS, VERDICT_NONE } from './types';

function noisy(n: number, seed = 1, name = 'noisy'): Series {
  const random = seededRandom(seed);
  const values = Float64Array.from({ length: n }, (_, i) => 100 + gaussian(random) + (i >= n - 5 ? 40 : 0));
  return { name, timesMs: Float64Array.from({ length: n }, (_, i) => 1.7e12 + i * 60_000), values };
}

const errors = (r: DetectionResult) => r.notices.filter((n) => n.startsWith('error:'));

function expectNoVerdicts(r: DetectionResult): void {
  expect(r.detectors).toEqual([]);
  expect(r.anomalous.every((a) => a === 0)).toBe(true);
  expect(r.score.every((s) => Number.isNaN(s))).toBe(true);
}

describe('detect', () => {
  const s = noisy(400);

  it('runs each preset exactly as its own entry point does', () => {
    expect(detect(s, { preset: 'three-sigma' })).toEqual(threeSigma(s));
    expect(detect(s, { preset: 'morgoth' })).toEqual(detectMorgoth(s));
    expect(detect(s, { preset: 'skyline' })).toEqual(skylineEvery(s));
    expect(detect(s, {})).toEqual(skylineEvery(s));
  });

  it('passes per-family options through', () => {
    const options = { morgoth: { windowPoints: 20, fingerprinters: [{ kind: 'kstest' as const, confidence: 2 }] } };
    expect(detect(s, { preset: 'morgoth', options })).toEqual(detectMorgoth(s, options.morgoth));
  });

  it('translates a consensus to the preset\u2019s own: a count for Skyline, a fraction for Morgoth', () => {
    expect(detect(s, { preset: 'skyline', consensus: 0.5 })).toEqual(skylineEvery(s, { consensus: 5 }));
    expect(detect(s, { preset: 'skyline', consensus: 3 })).toEqual(skylineEvery(s, { consensus: 3 }));
    const two = { fingerprinters: [{ kind: 'sigma' as const }, { kind: 'kstest' as const }] };
    expect(detect(s, { preset: 'morgoth', consensus: 2, options: { morgoth: two } })).toEqual(
      detectMorgoth(s, { ...two, consensus: 1 })
    );
  });

  it('mixes detectors of every family in a custom list, one track each in the order asked', () => {
    const result = detect(s, { detectors: ['grubbs', 'sigma', 'three_sigma'] });
    expect(result.detectors.map((t) => t.id)).toEqual(['grubbs', 'sigma', 'three_sigma']);
    expect(result.detectors[0]).toEqual(skylineEvery(s, { algorithms: ['grubbs'] }).detectors[0]);
    expect(result.detectors[1]).toEqual(detectMorgoth(s).detectors[0]);
    expect(result.detectors[2]).toEqual(threeSigma(s).detectors[0]);
    for (let i = 0; i < s.values.length; i++) {
      const votes = result.detectors.filter((t) => t.verdicts[i] === VERDICT_ANOMALOUS).length;
      const spoke = result.detectors.some((t) => t.verdicts[i] !== VERDICT_NONE);
      expect(result.votes[i]).toBe(votes);
      expect(result.anomalous[i]).toBe(spoke && votes >= 2 ? 1 : 0);
    }
    const any = detect(s, { detectors: ['grubbs', 'sigma', 'three_sigma'], consensus: 1 });
    expect(any.anomalous[s.values.length - 1]).toBe(1);
  });

  it('knows every Skyline algorithm, Morgoth fingerprinter, three_sigma and the kale parts', () => {
    expect(DETECTOR_IDS).toEqual(
      expect.arrayContaining([
        'median_absolute_deviation',
        'ks_test',
        'sigma',
        'kstest',
        'jsdiv',
        'three_sigma',
        'kale_value',
      ])
    );
    expect(DETECTOR_IDS).toHaveLength(16);
  });

  it.each<[DetectRequest, string]>([
    [{ detectors: ['grubs'] }, 'unknown detector "grubs"'],
    [{ detectors: [] }, 'detectors is empty'],
    [{ detectors: ['sigma', 'sigma'] }, 'detector "sigma" is listed twice'],
    [{ preset: 'skyline', detectors: ['sigma'] }, 'give preset or detectors, not both (got preset "skyline")'],
    [{ preset: 'kal' as 'skyline' }, 'unknown preset "kal"'],
    [{ detectors: ['sigma', 'grubbs'], consensus: 3 }, 'consensus 3 exceeds the 2 detector(s) that vote'],
    [
      { preset: 'three-sigma', consensus: 1.5 },
      'consensus must be an integer ≥ 1 (a count) or in [0, 1) (a fraction), got 1.5',
    ],
    [
      { preset: 'morgoth', options: { morgoth: { minSupport: 2 } } },
      'options.morgoth: minSupport must be in (errorTolerance, 1], got 2',
    ],
    [
      { preset: 'skyline', options: { skyline: { fullDurationSec: -1 } } },
      'options.skyline: Skyline option fullDurationSec',
    ],
  ])('turns a bad request into an error notice and no verdicts: %j', (request, message) => {
    const result = detect(s, request);
    expect(errors(result).join('\n')).toContain(message);
    expect(detectRequestProblems(request).join('\n')).toContain(message);
    expectNoVerdicts(result);
    expect(result.anomalous).toHaveLength(s.values.length);
  });

  it('reports a length mismatch without throwing', () => {
    const result = detect(
      { name: 'bad', timesMs: new Float64Array(3), values: new Float64Array(2) },
      { preset: 'three-sigma' }
    );
    expect(errors(result)).toEqual(['error: series "bad" has 3 timestamps and 2 values']);
    expectNoVerdicts(result);
  });

  it('cleans the input once and describes the result on the cleaned time axis', () => {
    const times = [3000, 1000, 2000, 2000, 4000, 5000, 6000];
    const values = [3, 1, 2, 2.5, Infinity, 5, 6];
    const result = detect(
      { name: 'dirty', timesMs: Float64Array.from(times), values: Float64Array.from(values) },
      { preset: 'three-sigma' }
    );
    expect(Array.from(result.timesMs)).toEqual([1000, 2000, 3000, 4000, 5000, 6000]);
    expect(result.notices).toHaveLength(3);
    expect(result.detectors[0].verdicts[3]).toBe(VERDICT_NONE);
    expect(errors(result)).toEqual([]);
  });

  it('returns valid results for empty, one-point, constant, all-NaN and huge series', () => {
    for (const values of [[], [1], [5, 5, 5, 5, 5], [NaN, NaN, NaN, NaN], [Number.MAX_VALUE, -Infinity, 1, 2, 3]]) {
      const series = {
        name: 'edge',
        timesMs: Float64Array.from(values, (_, i) => i),
        values: Float64Array.from(values),
      };
      for (const request of [
        { preset: 'skyline' as const },
        { preset: 'morgoth' as const },
        { detectors: DETECTOR_IDS },
      ]) {
        const result = detect(series, request);
        expect(errors(result)).toEqual([]);
        expect(result.anomalous).toHaveLength(values.length);
      }
    }
  });

  it('never throws and keeps scores in [0, 1] on arbitrary input', () => {
    const point = fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constant(NaN)),
      fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, Number.MAX_VALUE))
    );
    const request = fc.constantFrom<DetectRequest>(
      { preset: 'skyline' },
      { preset: 'morgoth' },
      { preset: 'three-sigma' },
      { detectors: ['grubbs', 'sigma', 'kstest', 'jsdiv', 'three_sigma'] }
    );
    fc.assert(
      fc.property(fc.array(point, { maxLength: 120 }), request, (points, req) => {
        const series = {
          name: 'p',
          timesMs: Float64Array.from(points, (p) => p[0] * 60_000),
          values: Float64Array.from(points, (p) => p[1]),
        };
        const result = detect(series, req);
        expect(errors(result)).toEqual([]);
        expect(result.score.length).toBe(result.timesMs.length);
        result.score.forEach((x) => expect(Number.isNaN(x) || (x >= 0 && x <= 1)).toBe(true));
      }),
      { numRuns: 60 }
    );
  });
});

describe('detectBatch', () => {
  it('detects every series of the batch in order', () => {
    const series = [noisy(100, 1, 'a'), noisy(50, 2, 'b')];
    const request: DetectRequest = { detectors: ['three_sigma', 'sigma'], consensus: 1 };
    const results = detectBatch(batchFromSeries(series), request);
    expect(results.map((r) => r.name)).toEqual(['a', 'b']);
    expect(results).toEqual(series.map((x) => detect(x, request)));
  });
});

describe('detect with a request missing at run time', () => {
  it('reports the failure instead of throwing', () => {
    const result = detect(noisy(10), undefined as unknown as DetectRequest);
    expect(errors(result)[0]).toMatch(/^error: detection failed: /);
    expectNoVerdicts(result);
  });
});

describe('detect with a score threshold (the data source sensitivity)', () => {
  it('flags exactly the points whose combined score reaches the threshold', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 1000 }), (threshold, seed) => {
        const series = noisy(200, seed);
        const result = detect(series, { preset: 'three-sigma', scoreThreshold: threshold });
        result.score.forEach((s, i) => expect(result.anomalous[i]).toBe(s >= threshold ? 1 : 0));
      }),
      { numRuns: 50 }
    );
  });

  it('at 0.5 agrees with three-sigma, whose score is 0.5 on the 3σ line', () => {
    const series = noisy(500, 7);
    expect(Array.from(detect(series, { preset: 'three-sigma', scoreThreshold: 0.5 }).anomalous)).toEqual(
      Array.from(detect(series, { preset: 'three-sigma' }).anomalous)
    );
  });

  it('refuses a threshold outside [0, 1]', () => {
    expect(detectRequestProblems({ preset: 'skyline', scoreThreshold: 1.5 })).toEqual([
      'scoreThreshold must be in [0, 1], got 1.5',
    ]);
  });
});

describe('detect with verdictsFromMs (a baseline that is not returned)', () => {
  it('gives Skyline no verdicts before that time and the same ones from it on', () => {
    const series = noisy(600, 3);
    const fromMs = series.timesMs[400];
    const all = detect(series, { preset: 'skyline' });
    const part = detect(series, { preset: 'skyline', verdictsFromMs: fromMs });
    const verdictsAt = (r: DetectionResult, i: number) => r.detectors.map((d) => d.verdicts[i]);
    expect(verdictsAt(part, 399)).toEqual(all.detectors.map(() => VERDICT_NONE));
    for (let i = 400; i < 600; i++) {
      expect(verdictsAt(part, i)).toEqual(verdictsAt(all, i));
      expect(part.anomalous[i]).toBe(all.anomalous[i]);
    }
    expect(part.anomalous.slice(595).every((a) => a === 1)).toBe(true);
  });
});
