/*
 * Small measurements the integration tests make on series that came back from a server:
 * the mean over a time window, and the lag at which one series best follows another.
 */
import type { DetectionResult, Series } from '../../src/engine/types';

/** Mean of the finite values with time in [fromSec, toSec]; NaN when there are none. */
export function windowMean(s: Series, fromSec: number, toSec: number): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < s.timesMs.length; i++) {
    const t = s.timesMs[i] / 1000;
    if (t >= fromSec && t <= toSec && Number.isFinite(s.values[i])) {
      sum += s.values[i];
      n++;
    }
  }
  return n ? sum / n : NaN;
}

/** Value at exactly `tSec`, or NaN. */
export function valueAtSec(s: Series, tSec: number): number {
  const i = s.timesMs.indexOf(tSec * 1000);
  return i < 0 ? NaN : s.values[i];
}

function pearson(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((x, y) => x + y, 0) / n;
  const mb = b.reduce((x, y) => x + y, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/**
 * The lag in seconds (0 … maxLagSec, in whole steps of the leader's spacing) maximising the
 * Pearson correlation of leader(t) with follower(t + lag) over leader times in [fromSec, toSec].
 * Both series must share timestamps on the same grid.
 */
export function bestLagSec(
  leader: Series,
  follower: Series,
  fromSec: number,
  toSec: number,
  maxLagSec: number
): number {
  const byTime = new Map<number, number>();
  follower.timesMs.forEach((t, i) => byTime.set(t, follower.values[i]));
  const stepMs = leader.timesMs[1] - leader.timesMs[0];
  let best = { lag: NaN, r: -Infinity };
  for (let lagMs = 0; lagMs <= maxLagSec * 1000; lagMs += stepMs) {
    const a: number[] = [];
    const b: number[] = [];
    leader.timesMs.forEach((t, i) => {
      const f = byTime.get(t + lagMs);
      if (
        t >= fromSec * 1000 &&
        t <= toSec * 1000 &&
        f !== undefined &&
        Number.isFinite(f) &&
        Number.isFinite(leader.values[i])
      ) {
        a.push(leader.values[i]);
        b.push(f);
      }
    });
    const r = a.length > 2 ? pearson(a, b) : NaN;
    if (r > best.r) {
      best = { lag: lagMs / 1000, r };
    }
  }
  return best.lag;
}

/** How many points a detection result flags inside [fromSec, toSec] and outside it, and the rates. */
export function flaggedInside(
  r: DetectionResult,
  fromSec: number,
  toSec: number
): { inside: number; outside: number; insideRate: number; outsideRate: number } {
  let inside = 0;
  let outside = 0;
  let n = 0;
  r.anomalous.forEach((a, i) => {
    const t = r.timesMs[i] / 1000;
    const within = t >= fromSec && t <= toSec;
    n += within ? 1 : 0;
    inside += within ? a : 0;
    outside += within ? 0 : a;
  });
  return {
    inside,
    outside,
    insideRate: inside / Math.max(1, n),
    outsideRate: outside / Math.max(1, r.anomalous.length - n),
  };
}
