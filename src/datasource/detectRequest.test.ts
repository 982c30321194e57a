import { detectRequestFor } from './detectRequest';

describe('detectRequestFor', () => {
  it('sends the preset with the consensus the user set', () => {
    expect(detectRequestFor({ refId: 'A', preset: 'morgoth', consensus: 1 })).toEqual({
      preset: 'morgoth',
      consensus: 1,
      scoreThreshold: undefined,
    });
  });

  it('sends the custom list for the custom preset', () => {
    expect(detectRequestFor({ refId: 'A', preset: 'custom', detectors: ['grubbs', 'sigma'] })).toEqual({
      detectors: ['grubbs', 'sigma'],
      consensus: undefined,
      scoreThreshold: undefined,
    });
  });

  it('turns sensitivity into a score threshold: higher sensitivity, lower threshold', () => {
    expect(detectRequestFor({ refId: 'A', sensitivity: 0.25 }).scoreThreshold).toBe(0.75);
    expect(detectRequestFor({ refId: 'A', sensitivity: 1 }).scoreThreshold).toBe(0);
  });
});
