/*
 * Puts series on one common time grid so that point i means the same instant in every row.
 * Rule: the grid spans the earliest to the latest timestamp at the median sampling step (the
 * series' own timestamps when they all share them), at most `maxPoints` points. Each row takes,
 * per grid instant, the linear interpolation of its two bracketing finite samples; instants with
 * no own sample within half a step are counted as interpolated, instants before the first or after
 * the last finite sample hold that sample and are counted as padded.
 * Source: linkedin/luminol `correlator.py` (align both series on timestamps before correlating).
 * Deviation: luminol fills a missing timestamp with the next value; we interpolate and report it.
 */
import type { Series } from '../types';
import { sameTimes } from '../series/sameTimes';

export interface AlignedRows {
  readonly gridTimesMs: Float64Array;
  readonly length: number;
  /** series.length × length values, row-major. */
  readonly rows: Float64Array;
  readonly interpolated: Uint32Array;
  readonly padded: Uint32Array;
  /** Per series: number of finite samples (0 = nothing to align). */
  readonly finiteSamples: Uint32Array;
}

export function alignToGrid(series: readonly Series[], maxPoints: number): AlignedRows {
  const gridTimesMs = commonGrid(series, maxPoints);
  const length = gridTimesMs.length;
  const rows = new Float64Array(series.length * length);
  const interpolated = new Uint32Array(series.length);
  const padded = new Uint32Array(series.length);
  const finiteSamples = new Uint32Array(series.length);
  const halfStep = length > 1 ? (gridTimesMs[length - 1] - gridTimesMs[0]) / (length - 1) / 2 : 0;
  series.forEach((s, row) => {
    const times: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < s.values.length; i++) {
      const t = s.timesMs[i];
      if (Number.isFinite(s.values[i]) && Number.isFinite(t) && (times.length === 0 || t > times[times.length - 1])) {
        times.push(t);
        values.push(s.values[i]);
      }
    }
    finiteSamples[row] = times.length;
    if (times.length === 0) {
      return;
    }
    let k = 0;
    for (let g = 0; g < length; g++) {
      const t = gridTimesMs[g];
      let v: number;
      if (t <= times[0] || t >= times[times.length - 1]) {
        const edge = t <= times[0] ? 0 : times.length - 1;
        v = values[edge];
        if (Math.abs(t - times[edge]) > halfStep) {
          padded[row]++;
        }
      } else {
        while (times[k + 1] < t) {
          k++;
        }
        const f = (t - times[k]) / (times[k + 1] - times[k]);
        v = values[k] + (values[k + 1] - values[k]) * f;
        if (Math.min(t - times[k], times[k + 1] - t) > halfStep) {
          interpolated[row]++;
        }
      }
      rows[row * length + g] = v;
    }
  });
  return { gridTimesMs, length, rows, interpolated, padded, finiteSamples };
}

/** The shared timestamps when every series has the same ones, else an even grid at the median step. */
function commonGrid(series: readonly Series[], maxPoints: number): Float64Array {
  if (series.length === 0) {
    return new Float64Array(0);
  }
  const first = series[0].timesMs;
  const shared = increasing(first) && series.every((s) => sameTimes(s.timesMs, first));
  if (shared && first.length <= maxPoints) {
    return Float64Array.from(first);
  }
  let start = Infinity;
  let end = -Infinity;
  const steps: number[] = [];
  for (const s of series) {
    for (let i = 0; i < s.timesMs.length; i++) {
      start = Math.min(start, s.timesMs[i]);
      end = Math.max(end, s.timesMs[i]);
    }
    const step = medianStep(s.timesMs);
    if (step > 0) {
      steps.push(step);
    }
  }
  if (!(end > start) || steps.length === 0) {
    return Number.isFinite(start) ? Float64Array.of(start) : new Float64Array(0);
  }
  let step = median(steps);
  let length = Math.floor((end - start) / step) + 1;
  if (length > maxPoints) {
    length = maxPoints;
    step = (end - start) / (maxPoints - 1);
  }
  const grid = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    grid[i] = start + i * step;
  }
  return grid;
}

function increasing(times: Float64Array): boolean {
  for (let i = 1; i < times.length; i++) {
    if (!(times[i] > times[i - 1])) {
      return false;
    }
  }
  return true;
}

function medianStep(times: Float64Array): number {
  const steps: number[] = [];
  for (let i = 1; i < times.length; i++) {
    if (times[i] > times[i - 1]) {
      steps.push(times[i] - times[i - 1]);
    }
  }
  return steps.length === 0 ? 0 : median(steps);
}

function median(xs: number[]): number {
  const sorted = xs.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
