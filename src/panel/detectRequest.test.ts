import { detectRequestProblems } from '../engine/detect';
import { detectRequestFromOptions } from './detectRequest';

describe('detectRequestFromOptions', () => {
  it('uses the preset with its own consensus when consensus is 0', () => {
    expect(detectRequestFromOptions({ preset: 'morgoth', detectors: ['grubbs'], consensus: 0 })).toEqual({
      preset: 'morgoth',
    });
  });

  it('passes a consensus count or fraction to a preset', () => {
    expect(detectRequestFromOptions({ preset: 'skyline', detectors: [], consensus: 5 })).toEqual({
      preset: 'skyline',
      consensus: 5,
    });
    expect(detectRequestFromOptions({ preset: 'skyline', detectors: [], consensus: 0.4 })).toEqual({
      preset: 'skyline',
      consensus: 0.4,
    });
  });

  it('lists the custom detectors (a copy) and gives a request the engine accepts', () => {
    const detectors = ['grubbs', 'three_sigma'];
    const request = detectRequestFromOptions({ preset: 'custom', detectors, consensus: 1 });
    expect(request).toEqual({ detectors: ['grubbs', 'three_sigma'], consensus: 1 });
    expect(request.detectors).not.toBe(detectors);
    expect(detectRequestProblems(request)).toEqual([]);
  });

  it('an empty custom list is reported by the engine, not hidden', () => {
    expect(
      detectRequestProblems(detectRequestFromOptions({ preset: 'custom', detectors: [], consensus: 0 })).join(' ')
    ).toMatch(/detectors is empty/);
  });
});
