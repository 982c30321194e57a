import { threeSigma } from './anode/threeSigma';
import { KALE_IDS } from './kale';
import { detectMorgoth } from './morgoth';
import { consensusCount, DETECTOR_IDS, PRESETS, runDetectors } from './registry';
import { SKYLINE_ALGORITHMS } from './skyline';

const series = {
  name: 'r',
  timesMs: Float64Array.from({ length: 300 }, (_, i) => i * 60_000),
  values: Float64Array.from({ length: 300 }, (_, i) => Math.sin(i / 5) + (i === 250 ? 9 : 0)),
};

describe('detector registry', () => {
  it('lists the nine Skyline algorithms, the three fingerprinters, three_sigma and the kale parts, without duplicates', () => {
    expect(DETECTOR_IDS).toEqual([...SKYLINE_ALGORITHMS, 'sigma', 'kstest', 'jsdiv', 'three_sigma', ...KALE_IDS]);
  });

  it('turns a fraction into the least count that reaches it, robust to rounding', () => {
    expect(consensusCount({ fraction: 0.7 }, 10)).toBe(7);
    expect(consensusCount({ fraction: 0.5 }, 9)).toBe(5);
    expect(consensusCount({ fraction: 0 }, 9)).toBe(0);
    expect(consensusCount({ count: 4 }, 9)).toBe(4);
  });

  it('runs each family once and returns one track per id in the order asked', () => {
    const tracks = runDetectors(series, ['three_sigma', 'jsdiv', 'grubbs', 'sigma'], {});
    expect(tracks.map((t) => t.id)).toEqual(['three_sigma', 'jsdiv', 'grubbs', 'sigma']);
    const morgoth = detectMorgoth(series, { fingerprinters: [{ kind: 'jsdiv' }, { kind: 'sigma' }] }).detectors;
    expect(tracks[1]).toEqual(morgoth[0]);
    expect(tracks[3]).toEqual(morgoth[1]);
    expect(tracks[0]).toEqual(threeSigma(series).detectors[0]);
  });

  it('uses a configured fingerprinter of the kind asked for', () => {
    const options = { morgoth: { fingerprinters: [{ kind: 'kstest' as const, confidence: 0 }] } };
    const [track] = runDetectors(series, ['kstest'], options);
    expect(track).toEqual(detectMorgoth(series, options.morgoth).detectors[0]);
  });

  it('counts the voting detectors of each preset', () => {
    expect(PRESETS.skyline.detectorCount({})).toBe(9);
    expect(PRESETS.skyline.detectorCount({ skyline: { algorithms: ['grubbs', 'ks_test'] } })).toBe(2);
    expect(PRESETS.morgoth.detectorCount({})).toBe(1);
    expect(PRESETS['three-sigma'].detectorCount({})).toBe(1);
  });
});
