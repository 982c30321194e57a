/*
 * The detector presets offered by both the data source's editors and the panel's options, with
 * the words users see: the engine's presets plus 'custom' (a list of detectors and a consensus).
 */
import type { ComboboxOption } from '@grafana/ui';

import type { PresetName } from '../engine/detect';

export type DetectorPreset = PresetName | 'custom';

export const PRESET_OPTIONS: Array<ComboboxOption<DetectorPreset>> = [
  {
    label: 'Kale',
    value: 'kale',
    description:
      'Our ensemble: range exceedance of the value, its trailing mean, and its change from the same time on recent days and weeks',
  },
  { label: 'Skyline', value: 'skyline', description: "Etsy Skyline's nine algorithms, 6 of 9 must agree" },
  {
    label: 'Morgoth',
    value: 'morgoth',
    description: 'Window fingerprints (sigma; KS test and JS divergence in a custom list) with lossy counting',
  },
  { label: 'Three-sigma', value: 'three-sigma', description: "anode's running mean ± 3σ" },
  { label: 'Custom', value: 'custom', description: 'Pick the detectors and the consensus yourself' },
];
