/*
 * Skyline's settings as typed options, with the defaults of etsy/skyline settings.py.example,
 * and the algorithm ids in Etsy's ALGORITHMS order.
 * Rule: every setting the analyzer reads is an option; `consensusMode` 'skyline' counts a None
 * (median_absolute_deviation's normal answer) as a vote as Etsy does, 'strict' counts only True.
 * Source: etsy/skyline src/settings.py.example and src/analyzer/algorithms.py @ 22ae09da.
 * Deviation: `firstHourAgoSec` is NAB's variant of first_hour_average (nab/detectors/skyline,
 * which keeps all history but still looks one day back). `nanPolicy` and `verdictsFromMs` are
 * ours. Redis never holds a null, so 'drop' (default) treats NaN as a missing pair; 'fail' keeps
 * it, and any window holding it is void (status 'Error'), as Skyline's bare except would make it.
 * ENABLE_SECOND_ORDER (off by default, stateful) is not offered.
 */

export const SKYLINE_ALGORITHMS = [
  'first_hour_average',
  'mean_subtraction_cumulation',
  'stddev_from_average',
  'stddev_from_moving_average',
  'least_squares',
  'grubbs',
  'histogram_bins',
  'median_absolute_deviation',
  'ks_test',
] as const;

export type SkylineAlgorithmId = (typeof SKYLINE_ALGORITHMS)[number];

export interface SkylineOptions {
  /** Rolling window kept in Redis, and first_hour_average's reference (FULL_DURATION). */
  readonly fullDurationSec: number;
  /** Skip as Stale if now − last timestamp > this (STALE_PERIOD). */
  readonly stalePeriodSec: number;
  /** Skip as TooShort below this many points (MIN_TOLERABLE_LENGTH). */
  readonly minTolerableLength: number;
  /** Tail length examined by the boring check (MAX_TOLERABLE_BOREDOM). */
  readonly maxTolerableBoredom: number;
  /** Boring iff the tail holds exactly this many distinct values (BOREDOM_SET_SIZE). */
  readonly boredomSetSize: number;
  /** Votes needed (CONSENSUS). */
  readonly consensus: number;
  /** Algorithms run, in this order (ALGORITHMS). */
  readonly algorithms: readonly SkylineAlgorithmId[];
  /** 'skyline': a None result counts as a vote (Etsy); 'strict': only True counts. */
  readonly consensusMode: 'skyline' | 'strict';
  /** 'drop': NaN values are missing points; 'fail': a NaN in the window voids it (status 'Error'). */
  readonly nanPolicy: 'drop' | 'fail';
  /**
   * first_hour_average's reference hour. null (Etsy): the window's first hour, the points older
   * than now − (FULL_DURATION − 1 h). A number F (NAB's variant, F = 86400): the hour
   * now − F ≤ t < now − F + 1 h, whatever the window's length.
   */
  readonly firstHourAgoSec: number | null;
  /**
   * Every-point mode only: points before this time feed the windows but get no verdict (the
   * data source's baseline, which it never returns). −Infinity (default): every point.
   */
  readonly verdictsFromMs: number;
}

export const SKYLINE_DEFAULTS: SkylineOptions = {
  fullDurationSec: 86400,
  stalePeriodSec: 500,
  minTolerableLength: 1,
  maxTolerableBoredom: 100,
  boredomSetSize: 1,
  consensus: 6,
  algorithms: SKYLINE_ALGORITHMS,
  consensusMode: 'skyline',
  nanPolicy: 'drop',
  firstHourAgoSec: null,
  verdictsFromMs: -Infinity,
};

/** Defaults overlaid with `options`; throws a RangeError naming the first invalid setting. */
export function resolveSkylineOptions(options?: Partial<SkylineOptions>): SkylineOptions {
  if (options === undefined) {
    return SKYLINE_DEFAULTS;
  }
  const o: SkylineOptions = { ...SKYLINE_DEFAULTS, ...options };
  const positive: Array<[string, number]> = [
    ['fullDurationSec', o.fullDurationSec],
    ['maxTolerableBoredom', o.maxTolerableBoredom],
  ];
  for (const [name, value] of positive) {
    if (!(value > 0) || !Number.isFinite(value)) {
      throw new RangeError(`Skyline option ${name} must be a positive finite number, got ${value}`);
    }
  }
  for (const [name, value] of [
    ['stalePeriodSec', o.stalePeriodSec],
    ['minTolerableLength', o.minTolerableLength],
    ['boredomSetSize', o.boredomSetSize],
    ['consensus', o.consensus],
    ['verdictsFromMs', o.verdictsFromMs],
  ] as Array<[string, number]>) {
    if (Number.isNaN(value)) {
      throw new RangeError(`Skyline option ${name} must be a number, got NaN`);
    }
  }
  if (o.firstHourAgoSec !== null && !(o.firstHourAgoSec >= 3600 && Number.isFinite(o.firstHourAgoSec))) {
    throw new RangeError(
      `Skyline option firstHourAgoSec must be null or a finite number ≥ 3600, got ${o.firstHourAgoSec}`
    );
  }
  const unknown = o.algorithms.find((id) => !(SKYLINE_ALGORITHMS as readonly string[]).includes(id));
  if (unknown !== undefined) {
    throw new RangeError(`Skyline option algorithms holds an unknown id: ${String(unknown)}`);
  }
  return o;
}
