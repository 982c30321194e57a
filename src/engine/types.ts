/*
 * Engine-wide types: one series representation and one detection result shape.
 * Times are epoch milliseconds in Float64Array, values are Float64Array with NaN for a missing
 * value (never null inside the engine). Conversions from Grafana frames or files live outside
 * the engine (src/frames/, src/cli/).
 */

/** Milliseconds since the Unix epoch. */
export type EpochMs = number;
/** Seconds since the Unix epoch (Skyline's and NAB's unit). */
export type EpochSec = number;

/** One time series: `timesMs[i]` belongs to `values[i]`; both have the same length. */
export interface Series {
  readonly name: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly timesMs: Float64Array;
  readonly values: Float64Array;
}

/** Per-point verdict codes stored in an Int8Array. */
export const VERDICT_NORMAL = 0;
export const VERDICT_ANOMALOUS = 1;
/** The detector gave no verdict at this point (Python's None, warm-up, or not evaluable). */
export const VERDICT_NONE = -1;
export type VerdictCode = typeof VERDICT_NORMAL | typeof VERDICT_ANOMALOUS | typeof VERDICT_NONE;

/** What one detector said about every point of one series. */
export interface DetectorTrack {
  /** Registry id, the original's public name (`median_absolute_deviation`, `sigma`, …). */
  readonly id: string;
  /** Per point: VERDICT_ANOMALOUS, VERDICT_NORMAL or VERDICT_NONE. */
  readonly verdicts: Int8Array;
  /** Per point score in [0, 1]; NaN where the detector gave no verdict. */
  readonly score: Float64Array;
  /** Expected band, where the detector has one; NaN where undefined. */
  readonly upper?: Float64Array;
  readonly lower?: Float64Array;
  /** Expected value (e.g. anode's running mean), where the detector has one; NaN where undefined. */
  readonly center?: Float64Array;
  /** Tuning figures for the whole run (e.g. Morgoth's `uniqueFingerprints`, `windows`). */
  readonly diagnostics?: Readonly<Record<string, number>>;
}

/** The combined result for one series: the same length as the series it describes. */
export interface DetectionResult {
  readonly name: string;
  readonly timesMs: Float64Array;
  /** Combined score in [0, 1] per point; NaN where nothing could be said. */
  readonly score: Float64Array;
  /** 1 where the consensus calls the point anomalous, else 0. */
  readonly anomalous: Uint8Array;
  /** Number of detectors whose vote counted towards the consensus at each point. */
  readonly votes: Uint8Array;
  /** Combined expected band, where any detector has one; NaN where undefined. */
  readonly upper?: Float64Array;
  readonly lower?: Float64Array;
  /** Each detector's own track, so a user can see who voted. */
  readonly detectors: readonly DetectorTrack[];
  /** Documented verdicts about the input (e.g. "Boring", "dropped 3 duplicate timestamps"). */
  readonly notices: readonly string[];
}
