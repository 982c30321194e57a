/*
 * Choices offered by the query and config editors, with the words users see.
 */
import type { ComboboxOption } from '@grafana/ui';

import type { CorrelationMethod, KaleMode } from '../types';

export const CHILD_TYPES = ['prometheus', 'graphite', 'grafana-testdata-datasource'];

export const MODE_OPTIONS: Array<{ label: string; value: KaleMode }> = [
  { label: 'Detect anomalies', value: 'detect' },
  { label: 'Correlate', value: 'correlate' },
];

export const METHOD_OPTIONS: Array<ComboboxOption<CorrelationMethod>> = [
  {
    label: 'Lagged',
    value: 'lagged',
    description: 'Best correlation over the overlap within ± max lag (5 % of the length): who leads whom (default)',
  },
  { label: 'Pearson', value: 'pearson', description: 'Shape correlation at zero lag, anti-correlation reported' },
  { label: 'DTW', value: 'dtw', description: 'Exact dynamic time warping within a 5 % band' },
  { label: 'Oculus', value: 'oculus', description: "Etsy Oculus's original fingerprint search" },
];

export const BASELINE_OPTIONS: Array<ComboboxOption<number>> = [
  { label: 'None', value: 0 },
  { label: '1 hour', value: 3_600 },
  { label: '6 hours', value: 21_600 },
  { label: '24 hours (Skyline)', value: 86_400 },
  { label: '7 days', value: 604_800 },
];
