/*
 * Long series made coarse for the DTW search. When the longest series has more than `maxPoints`
 * points, every series is averaged over buckets of k steps on one time grid (k = ⌈longest /
 * maxPoints⌉, the step being the longest series' median step, the grid starting at the earliest
 * point); NaN values are left out of a bucket's mean, and a bucket with none is NaN. A lag
 * found on the coarse series is k times as many original steps. Banded DTW costs about length ×
 * band, i.e. length² at a fixed band fraction: 2,000 → 500 points is about 16× less work.
 */
import { medianStepMs } from '../../engine/detectors/kale/seasonalLag';
import type { PanelSeries } from './panelSeries';

export interface CoarseSeries {
  readonly series: readonly PanelSeries[];
  /** Original steps per coarse point (1 when nothing was coarsened). */
  readonly factor: number;
}

export function coarsen(series: readonly PanelSeries[], maxPoints: number): CoarseSeries {
  const longest = series.reduce<PanelSeries | undefined>(
    (best, s) => (!best || s.timesMs.length > best.timesMs.length ? s : best),
    undefined
  );
  const factor = longest ? Math.ceil(longest.timesMs.length / Math.max(1, maxPoints)) : 1;
  const widthMs = longest ? factor * medianStepMs(longest.timesMs) : NaN;
  if (factor <= 1 || !(widthMs > 0) || !Number.isFinite(widthMs)) {
    return { series, factor: 1 };
  }
  const originMs = series.reduce((t, s) => (s.timesMs.length > 0 ? Math.min(t, s.timesMs[0]) : t), Infinity);
  return { series: series.map((s) => bucketMeans(s, originMs, widthMs)), factor };
}

function bucketMeans(s: PanelSeries, originMs: number, widthMs: number): PanelSeries {
  const n = s.timesMs.length;
  const times = new Float64Array(n);
  const values = new Float64Array(n);
  let out = -1;
  let bucket = NaN;
  let sum = 0;
  let count = 0;
  const close = () => {
    if (out >= 0) {
      values[out] = count > 0 ? sum / count : NaN;
    }
  };
  for (let i = 0; i < n; i++) {
    const b = Math.floor((s.timesMs[i] - originMs) / widthMs);
    if (b !== bucket) {
      close();
      out++;
      bucket = b;
      times[out] = originMs + b * widthMs;
      sum = 0;
      count = 0;
    }
    const v = s.values[i];
    if (!Number.isNaN(v)) {
      sum += v;
      count++;
    }
  }
  close();
  return { name: s.name, labels: s.labels, timesMs: times.slice(0, out + 1), values: values.slice(0, out + 1) };
}
