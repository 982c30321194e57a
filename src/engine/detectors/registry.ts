/*
 * The detector registry: every detector id the engine knows, grouped by family so a family runs
 * once per series however many of its detectors a request lists, and the named presets.
 * Rule: a custom list gets one track per id, in the order asked; Skyline ids come from one
 * `skylineEvery` run restricted to those algorithms, Morgoth ids (`sigma`, `kstest`, `jsdiv`) from
 * one `detectMorgoth` run with those fingerprinters, `three_sigma` from anode's detector.
 * Presets keep their original consensus: `skyline` (Etsy's CONSENSUS of the nine algorithms),
 * `morgoth` (votes / fingerprinters ≥ consensus), `three-sigma` (its one verdict), `kale` (its
 * combined score ≥ its threshold; a consensus given instead counts its parts' votes).
 * Source: etsy/skyline settings.py.example (ALGORITHMS, CONSENSUS); nathanielc/morgoth; mattrco/anode.
 */
import { type DetectionResult, type DetectorTrack, type Series, VERDICT_NONE } from '../types';
import { threeSigma, THREE_SIGMA_ID } from './anode/threeSigma';
import { kale, KALE_IDS } from './kale';
import { type ConsensusThreshold, combineTracks } from './consensus';
import { detectMorgoth, FINGERPRINTER_KINDS, type FingerprinterSpec, type MorgothOptions } from './morgoth';
import { resolveMorgothOptions } from './morgoth/options';
import { SKYLINE_ALGORITHMS, skylineEvery, type SkylineAlgorithmId, type SkylineOptions } from './skyline';

/** Per-family options, as each family's own entry point takes them. */
export interface DetectOptions {
  readonly skyline?: Partial<SkylineOptions>;
  readonly morgoth?: Partial<MorgothOptions>;
}

export type PresetName = 'skyline' | 'morgoth' | 'three-sigma' | 'kale';

interface DetectorFamily {
  readonly ids: readonly string[];
  /** One track per id (each one of this family's ids), in the order given. */
  tracks(series: Series, ids: readonly string[], options: DetectOptions): readonly DetectorTrack[];
}

/** The track of each id, in order; an id its family returned no track for gets one with no verdicts. */
function pick(tracks: readonly DetectorTrack[], ids: readonly string[], n: number): DetectorTrack[] {
  return ids.map(
    (id) =>
      tracks.find((t) => t.id === id) ?? {
        id,
        verdicts: new Int8Array(n).fill(VERDICT_NONE),
        score: new Float64Array(n).fill(NaN),
      }
  );
}

/** The configured fingerprinter of each kind asked for, or that kind with Morgoth's defaults. */
function fingerprinterSpecs(ids: readonly string[], options: DetectOptions): FingerprinterSpec[] {
  const configured = options.morgoth?.fingerprinters ?? [];
  return ids.map((id) => configured.find((s) => s.kind === id) ?? ({ kind: id } as FingerprinterSpec));
}

function isSkylineId(id: string): id is SkylineAlgorithmId {
  return (SKYLINE_ALGORITHMS as readonly string[]).includes(id);
}

const FAMILIES: readonly DetectorFamily[] = [
  {
    ids: SKYLINE_ALGORITHMS,
    tracks: (series, ids, options) =>
      pick(
        skylineEvery(series, { ...options.skyline, algorithms: ids.filter(isSkylineId) }).detectors,
        ids,
        series.values.length
      ),
  },
  {
    ids: FINGERPRINTER_KINDS,
    tracks: (series, ids, options) =>
      pick(
        detectMorgoth(series, { ...options.morgoth, fingerprinters: fingerprinterSpecs(ids, options) }).detectors,
        ids,
        series.values.length
      ),
  },
  {
    ids: [THREE_SIGMA_ID],
    tracks: (series) => threeSigma(series).detectors,
  },
  {
    ids: KALE_IDS,
    tracks: (series, ids) => pick(kale(series).detectors, ids, series.values.length),
  },
];

/** Every detector id a custom list may name. */
export const DETECTOR_IDS: readonly string[] = FAMILIES.flatMap((f) => f.ids);

/** One track per id, in the order of `ids`; each family runs once. Ids must be known and distinct. */
export function runDetectors(series: Series, ids: readonly string[], options: DetectOptions): DetectorTrack[] {
  const tracks = FAMILIES.flatMap((family) => {
    const mine = ids.filter((id) => family.ids.includes(id));
    return mine.length > 0 ? family.tracks(series, mine, options) : [];
  });
  return pick(tracks, ids, series.values.length);
}

/** A votes count for `n` detectors: a count as given, a fraction f as the least count with count/n ≥ f. */
export function consensusCount(threshold: ConsensusThreshold, n: number): number {
  return 'count' in threshold ? threshold.count : Math.max(0, Math.ceil(threshold.fraction * n - 1e-9));
}

interface Preset {
  /** How many detectors vote in this preset under `options`. */
  detectorCount(options: DetectOptions): number;
  run(series: Series, options: DetectOptions, threshold?: ConsensusThreshold): DetectionResult;
}

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  skyline: {
    detectorCount: (options) => options.skyline?.algorithms?.length ?? SKYLINE_ALGORITHMS.length,
    run(series, options, threshold) {
      const n = PRESETS.skyline.detectorCount(options);
      const consensus = threshold === undefined ? {} : { consensus: consensusCount(threshold, n) };
      return skylineEvery(series, { ...options.skyline, ...consensus });
    },
  },
  morgoth: {
    detectorCount: (options) => resolveMorgothOptions(options.morgoth).fingerprinters.length,
    run(series, options, threshold) {
      const n = PRESETS.morgoth.detectorCount(options);
      const fraction =
        threshold === undefined ? {} : { consensus: 'count' in threshold ? threshold.count / n : threshold.fraction };
      return detectMorgoth(series, { ...options.morgoth, ...fraction });
    },
  },
  'three-sigma': {
    detectorCount: () => 1,
    run(series, _options, threshold) {
      const result = threeSigma(series);
      return threshold === undefined ? result : combineTracks(series.name, series.timesMs, result.detectors, threshold);
    },
  },
  kale: {
    detectorCount: () => KALE_IDS.length,
    run(series, _options, threshold) {
      const result = kale(series);
      return threshold === undefined ? result : combineTracks(series.name, series.timesMs, result.detectors, threshold);
    },
  },
};
