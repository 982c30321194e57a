/*
 * Turns a file's label windows, given as [start, end] timestamps, into row ranges.
 * Rule: NAB enters a window at the row whose timestamp equals its start and leaves it at the row
 * whose timestamp equals its end (first occurrence of each), so both must exist in the file.
 * Source: numenta/NAB nab/sweeper.py (`calcSweepScore`), commit ea702d7.
 * Deviation: NAB silently never enters a window whose start is missing (and then skips every later
 * window too) and crashes on a missing end; we throw an error naming the timestamp. Windows are
 * sorted by start; overlapping windows (which NAB's labeller merges) are an error.
 */
import type { EpochMs } from '../types';

/** Rows [startRow, endRow] of one window, both inclusive. */
export interface RowWindow {
  readonly startRow: number;
  readonly endRow: number;
}

function firstRowAt(timesMs: Float64Array, t: EpochMs, what: string): number {
  const row = timesMs.indexOf(t);
  if (row < 0) {
    const shown = Math.abs(t) <= 8.64e15 ? new Date(t).toISOString() : String(t);
    throw new Error(`window ${what} ${shown} is not a timestamp of the data file`);
  }
  return row;
}

/** Resolves windows to rows; throws a clear Error when a window does not fit the file. */
export function windowRows(timesMs: Float64Array, windowsMs: ReadonlyArray<readonly [EpochMs, EpochMs]>): RowWindow[] {
  const rows = windowsMs
    .map(([start, end]) => ({ startRow: firstRowAt(timesMs, start, 'start'), endRow: firstRowAt(timesMs, end, 'end') }))
    .sort((a, b) => a.startRow - b.startRow);
  rows.forEach((w, k) => {
    if (w.endRow < w.startRow) {
      throw new Error(`window ${k} ends (row ${w.endRow}) before it starts (row ${w.startRow})`);
    }
    if (k > 0 && w.startRow <= rows[k - 1].endRow) {
      throw new Error(
        `windows overlap: rows ${rows[k - 1].startRow}–${rows[k - 1].endRow} and ${w.startRow}–${w.endRow}`
      );
    }
  });
  return rows;
}
