/*
 * first_hour_average: is the tail average more than three sample standard deviations from the
 * mean of the points older than FULL_DURATION − 1 h before now (a 24 h window's first hour)?
 * Rule: H = {xᵢ : tᵢ < now − (FULL_DURATION − 3600)}; True iff |T − mean(H)| > 3·std(H) (ddof 1).
 * Fewer than two points in H give NaN, so False. Depends on now.
 * NAB's variant (firstHourAgoSec = F): H = {xᵢ : now − F ≤ tᵢ < now − F + 3600}, the same hour
 * of a 24 h window but bounded below, because NAB's detector keeps every point.
 * Source: etsy/skyline src/analyzer/algorithms.py (first_hour_average) @ 22ae09da;
 * numenta/NAB nab/detectors/skyline/algorithms.py (first_hour_average) @ ea702d75.
 */
import { lowerBound } from '../../stats/orderStatistics';
import { ScratchBuffer } from '../../stats/scratchBuffer';
import { SlidingMoments } from '../../stats/slidingMoments';
import { sampleStd } from '../../stats/moments';
import { twoPassMoments } from '../../stats/twoPassMoments';
import type { SkylineOptions } from './options';
import { THREE_SIGMA } from './beyondThreeSigma';
import type { RollingAlgorithm, RollingState } from './rollingState';
import { type SkylineWindow, tailAverage } from './window';

const { beyondThreeSigma } = THREE_SIGMA;

const HOUR_MS = 3_600_000;
/** The every-point form's sliding moments storage, reused by the next series. */
const hourScratch = new ScratchBuffer();

/** Start of the reference hour [start, end), epoch ms; −Infinity means the window's own start. */
function firstHourStartMs(nowMs: number, o: SkylineOptions): number {
  return o.firstHourAgoSec === null ? -Infinity : nowMs - o.firstHourAgoSec * 1000;
}

/** End (exclusive) of the reference hour, epoch ms. */
function firstHourEndMs(nowMs: number, o: SkylineOptions): number {
  return o.firstHourAgoSec === null
    ? nowMs - (o.fullDurationSec * 1000 - HOUR_MS)
    : firstHourStartMs(nowMs, o) + HOUR_MS;
}

/** The verdict for one window. Example: a flat-ish first hour, then a tail 10σ above it → true. */
export function firstHourAverage(w: SkylineWindow, o: SkylineOptions): boolean {
  const t = w.timesMs;
  const start = lowerBound(t, 0, t.length, firstHourStartMs(w.nowMs, o));
  const end = lowerBound(t, start, t.length, firstHourEndMs(w.nowMs, o));
  const m = twoPassMoments(w.values, start, end);
  return Math.abs(tailAverage(w.values, w.values.length) - m.mean) > 3 * sampleStd(m);
}

/** Every-point form over its own sliding moments of the first-hour points; band mean(H) ± 3·std(H). */
export class FirstHourAverageRolling implements RollingAlgorithm {
  readonly band = Float64Array.of(NaN, NaN);
  private readonly hour: SlidingMoments;
  private start = 0;
  private end = 0;

  constructor(
    private readonly s: RollingState,
    private readonly o: SkylineOptions
  ) {
    this.hour = new SlidingMoments(s.timesSec, s.values, hourScratch);
  }

  evaluate(): boolean {
    const { s, o } = this;
    const startMs = firstHourStartMs(s.nowMs, o);
    const endMs = firstHourEndMs(s.nowMs, o);
    let start = Math.max(this.start, s.lo);
    while (start < s.hi && s.timesMs[start] < startMs) {
      start++;
    }
    let end = Math.max(this.end, start);
    while (end < s.hi && s.timesMs[end] < endMs) {
      end++;
    }
    this.start = start;
    this.end = end;
    if (end - start < 2) {
      // Fewer than two points in the hour: no std, so no band and False (as beyondThreeSigma says).
      this.band[0] = this.band[1] = NaN;
      return false;
    }
    this.hour.sync(start, end);
    return beyondThreeSigma(this.hour, s.tail, s, this.band, 1) ?? firstHourAverage(s.window(), o);
  }
}
