/*
 * Per-row NAB weights of one file, computed once and reused for every threshold and profile.
 * Rule: a row in a window spanning rows L…R (W rows) weighs S(−(R − i + 1)/W) / S(−1); a row
 * before the first window weighs −1; a row after a window with last row R′ and width W′ weighs
 * S((i − R′)/(W′ − 1)); rows of the probationary period are not scored.
 * Source: numenta/NAB nab/sweeper.py (`calcSweepScore`), commit ea702d7.
 * Deviation: after a one-row window NAB divides by zero; we weigh those rows −1 (p = +∞).
 */
import { probationaryRows } from './probation';
import { MAX_TP_SIGMOID, scaledSigmoid } from './scaledSigmoid';
import type { RowWindow } from './windowRows';

/** `windowOf` code for a scored row outside every window. */
export const OUTSIDE_WINDOW = -1;
/** `windowOf` code for a row of the probationary period. */
export const PROBATIONARY = -2;

export interface FileSweep {
  /** Unweighted score a detection on this row earns: in (0, 1] inside a window, [−1, 0) outside. */
  readonly gain: Float64Array;
  /** Index of the row's window in the file's window list, OUTSIDE_WINDOW or PROBATIONARY. */
  readonly windowOf: Int32Array;
  /** Number of windows with at least one scored row (the ones a null detector misses). */
  readonly scoredWindows: number;
}

export function fileSweep(rowCount: number, windows: readonly RowWindow[], probationFraction?: number): FileSweep {
  const gain = new Float64Array(rowCount);
  const windowOf = new Int32Array(rowCount);
  const probation = probationaryRows(rowCount, probationFraction);
  let next = 0;
  let prevEnd = -1;
  let prevWidth = 0;
  for (let i = 0; i < rowCount; i++) {
    const w = next < windows.length && i >= windows[next].startRow ? windows[next] : undefined;
    if (w !== undefined) {
      const width = w.endRow - w.startRow + 1;
      gain[i] = scaledSigmoid(-(w.endRow - i + 1) / width) / MAX_TP_SIGMOID;
      windowOf[i] = next;
      if (i === w.endRow) {
        prevEnd = i;
        prevWidth = width;
        next++;
      }
    } else {
      gain[i] = prevEnd < 0 ? -1 : scaledSigmoid((i - prevEnd) / (prevWidth - 1));
      windowOf[i] = OUTSIDE_WINDOW;
    }
  }
  let scoredWindows = 0;
  for (let i = 0; i < rowCount; i++) {
    if (i < probation) {
      windowOf[i] = PROBATIONARY;
    } else if (windowOf[i] >= 0 && (i === probation || windowOf[i] !== windowOf[i - 1])) {
      scoredWindows++;
    }
  }
  return { gain, windowOf, scoredWindows };
}
