/*
 * Latest-point mode: Skyline's single verdict over one window, as run_selected_algorithm gives it.
 * Rule: skip checks (TooShort, Stale, Boring) first; a window holding a non-finite value, or an
 * algorithm that raises (ks_test's ADF refusal), voids the ensemble: status 'Error', not
 * anomalous (Skyline's bare except returns (False, [], 1)); otherwise all algorithms run in order
 * and the consensus decides. The window is the points with now − FULL_DURATION < t ≤ now.
 * Source: etsy/skyline src/analyzer/algorithms.py (run_selected_algorithm) @ 22ae09da.
 * Deviation: now defaults to the last timestamp (as Etsy's tests mock it), not the wall clock.
 */
import type { Series } from '../../types';
import { upperBound } from '../../stats/orderStatistics';
import { consensusReached, voteOf } from './etsyConsensus';
import { type SkylineAlgorithmId, type SkylineOptions, resolveSkylineOptions } from './options';
import { prepareSeries } from './prepareSeries';
import { SKYLINE_REGISTRY } from './registry';
import { type SkipStatus, skipStatus } from './skipChecks';
import { RAISES } from './window';
import { windowSums } from './windowSums';

export type SkylineStatus = 'ok' | SkipStatus | 'Error';

export interface SkylineVerdict {
  readonly status: SkylineStatus;
  readonly anomalous: boolean;
  /** Results counted as votes (True, plus None in 'skyline' mode). */
  readonly votes: number;
  /** Each algorithm's result (null = Python's None); empty unless status is 'ok'. */
  readonly verdicts: Partial<Record<SkylineAlgorithmId, boolean | null>>;
  readonly notices: readonly string[];
}

const VOID = { anomalous: false, votes: 0, verdicts: {} };

/** Skyline's verdict on the window [start, end) of prepared (sorted, unique) points at nowMs. */
export function evaluateWindow(
  timesMs: Float64Array,
  values: Float64Array,
  start: number,
  end: number,
  nowMs: number,
  o: SkylineOptions,
  notices: readonly string[] = []
): SkylineVerdict {
  const skipped = skipStatus(timesMs, values, start, end, nowMs, o);
  if (skipped !== null) {
    return { status: skipped, ...VOID, notices };
  }
  // The whole series is the usual window: no views to make then.
  const whole = start === 0 && end === timesMs.length;
  const w = {
    timesMs: whole ? timesMs : timesMs.subarray(start, end),
    values: whole ? values : values.subarray(start, end),
    nowMs,
  };
  const { mean, m2 } = windowSums(w).moments;
  // A non-finite value makes the mean non-finite; only then (or on overflow) look for one.
  if (!Number.isFinite(mean + m2) && !w.values.every(Number.isFinite)) {
    return { status: 'Error', ...VOID, notices: [...notices, 'the window holds a non-finite value'] };
  }
  const verdicts: Partial<Record<SkylineAlgorithmId, boolean | null>> = {};
  let votes = 0;
  for (const id of o.algorithms) {
    const result = SKYLINE_REGISTRY[id].latest(w, o);
    if (result === RAISES) {
      return { status: 'Error', ...VOID, notices: [...notices, `${id} raised`] };
    }
    verdicts[id] = result;
    votes += voteOf(result, o.consensusMode);
  }
  return {
    status: 'ok',
    anomalous: consensusReached(votes, o.algorithms.length, o.consensus),
    votes,
    verdicts,
    notices,
  };
}

/**
 * Skyline's verdict on a series at `nowSec` (default: its last timestamp), over the points with
 * nowSec − FULL_DURATION < t ≤ nowSec. Throws a RangeError on invalid options or a non-finite now.
 */
export function skylineLatest(series: Series, options?: Partial<SkylineOptions>, nowSec?: number): SkylineVerdict {
  const o = resolveSkylineOptions(options);
  if (nowSec !== undefined && !Number.isFinite(nowSec)) {
    throw new RangeError(`skylineLatest: nowSec must be finite, got ${nowSec}`);
  }
  const p = prepareSeries(series, o.nanPolicy);
  const count = p.timesMs.length;
  const nowMs = nowSec !== undefined ? nowSec * 1000 : count > 0 ? p.timesMs[count - 1] : 0;
  const end = upperBound(p.timesMs, 0, count, nowMs);
  const start = upperBound(p.timesMs, 0, end, nowMs - o.fullDurationSec * 1000);
  return evaluateWindow(p.timesMs, p.values, start, end, nowMs, o, p.notices);
}
