/*
 * Checks a correlate() call's options once, at the boundary, and fills in the defaults.
 * Rule: method 'lagged', band 5 % of the length, max lag = the band in points (±50 at 1,000
 * points), top 10; Oculus slop 20 and radius 5 (its sample config), scorer 'fastdtw' (Oculus's own
 * default search type). A bad value throws a RangeError that names the option and the value.
 * Source: /work/shared/reference/correlation.md §4 (5 % band, ±5 % lag); etsy/oculus config.yml.sample,
 * oculusweb.rb (`/search`: search_type falls back to "FastDTW") and views/shared/header.haml (FastDTW
 * preselected when no type is given).
 */
import type { Collection } from '../collections/collection';
import type { CorrelateOptions, CorrelationMethod, OculusScorer } from './types';

export interface ResolvedOptions {
  readonly method: CorrelationMethod;
  readonly bandFraction: number;
  readonly maxLagPoints: number;
  readonly topK: number;
  readonly collections: readonly Collection[];
  readonly oculusSlop: number;
  readonly oculusScorer: OculusScorer;
  readonly oculusRadius: number;
}

const METHODS: readonly CorrelationMethod[] = ['pearson', 'dtw', 'lagged', 'oculus'];
const SCORERS: readonly OculusScorer[] = ['euclidean', 'fastdtw'];

export function validateOptions(options: CorrelateOptions, length: number): ResolvedOptions {
  const method = options.method ?? 'lagged';
  if (!METHODS.includes(method)) {
    throw new RangeError(`correlate: method must be one of ${METHODS.join(', ')}, got '${method}'`);
  }
  const bandFraction = options.bandFraction ?? 0.05;
  if (!(bandFraction >= 0 && bandFraction <= 1)) {
    throw new RangeError(`correlate: bandFraction must be in [0, 1], got ${bandFraction}`);
  }
  const maxLagPoints = options.maxLagPoints ?? Math.round(bandFraction * length);
  const oculusScorer = options.oculusScorer ?? 'fastdtw';
  if (!SCORERS.includes(oculusScorer)) {
    throw new RangeError(`correlate: oculusScorer must be one of ${SCORERS.join(', ')}, got '${oculusScorer}'`);
  }
  return {
    method,
    bandFraction,
    maxLagPoints: wholeNumber('maxLagPoints', maxLagPoints, 0),
    topK: wholeNumber('topK', options.topK ?? 10, 1),
    collections: options.collections ?? [],
    oculusSlop: wholeNumber('oculusSlop', options.oculusSlop ?? 20, 0),
    oculusScorer,
    oculusRadius: wholeNumber('oculusRadius', options.oculusRadius ?? 5, 0),
  };
}

function wholeNumber(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`correlate: ${name} must be an integer ≥ ${min}, got ${value}`);
  }
  return value;
}
