import { MORGOTH_DEFAULTS, morgothOptionProblems, resolveMorgothOptions } from './options';

describe('Morgoth options', () => {
  it('defaults to Morgoth\u2019s 0.05 / 0.01 / 0.5 and the README\u2019s sigma(3)', () => {
    expect(MORGOTH_DEFAULTS).toMatchObject({ minSupport: 0.05, errorTolerance: 0.01, consensus: 0.5 });
    expect(MORGOTH_DEFAULTS.fingerprinters).toEqual([{ kind: 'sigma' }]);
    expect(morgothOptionProblems(MORGOTH_DEFAULTS)).toEqual([]);
  });

  it('fills undefined fields from the defaults', () => {
    expect(resolveMorgothOptions({ minSupport: undefined, consensus: -1 })).toEqual({
      ...MORGOTH_DEFAULTS,
      consensus: -1,
    });
  });

  it('names every bad value', () => {
    const problems = morgothOptionProblems(
      resolveMorgothOptions({
        windowPoints: 0,
        windowMs: -5,
        errorTolerance: 0.1,
        minSupport: 0.05,
        consensus: 2,
        fingerprinters: [
          { kind: 'sigma', deviations: 0 },
          { kind: 'kstest', confidence: 6 },
          { kind: 'jsdiv', min: 0, max: 2, binWidth: 1, pValue: 0 },
          { kind: 'jsdiv', min: 0 },
        ],
      })
    );
    expect(problems).toEqual([
      'windowPoints must be an integer ≥ 1, got 0',
      'windowMs must be a finite number > 0, got -5',
      'minSupport must be in (errorTolerance, 1], got 0.05 with errorTolerance 0.1',
      'consensus must be in [0, 1] or −1, got 2',
      'sigma-0: deviations must be > 0, got 0',
      'kstest-1: confidence must be an integer 0–5, got 6',
      'jsdiv-2: pValue must be in (0, 1], got 0',
      'jsdiv-2: (max − min) / binWidth must be ≥ 3, got min 0, max 2, binWidth 1',
      'jsdiv-3: give all of min, max and binWidth, or none (derived from the series)',
    ]);
    expect(morgothOptionProblems({ ...MORGOTH_DEFAULTS, fingerprinters: [] })).toEqual([
      'fingerprinters must list at least one of sigma, kstest, jsdiv',
    ]);
  });
});
