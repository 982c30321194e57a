/*
 * Reads a corpus in NAB's layout: `<root>/data/<category>/<file>.csv` (header timestamp,value)
 * and `<root>/labels/combined_windows.json` ({"<category>/<file>.csv": [[start, end], ...]}).
 * Any category directory is read; files are taken in sorted order.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { CliError } from './cliError';
import { csvFields } from './csvLine';
import { parseNabTimestamp } from './nabTimestamp';

export interface NabDataFile {
  /** `<category>/<file>.csv`, the key of the labels file. */
  readonly name: string;
  /** The timestamp and value columns as written, for the results file. */
  readonly timestampText: readonly string[];
  readonly valueText: readonly string[];
  readonly timesMs: Float64Array;
  readonly values: Float64Array;
}

export type NabWindows = ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;

/** Relative names (`<category>/<file>.csv`) of the corpus' data files, sorted. */
export function listDataFiles(root: string): string[] {
  const data = join(root, 'data');
  if (!existsSync(data) || !statSync(data).isDirectory()) {
    throw new CliError(`${root} has no data/ directory (expected NAB's layout data/<category>/<file>.csv)`);
  }
  return readdirSync(data)
    .filter((category) => statSync(join(data, category)).isDirectory())
    .sort()
    .flatMap((category) =>
      readdirSync(join(data, category))
        .filter((f) => f.endsWith('.csv'))
        .sort()
        .map((f) => `${category}/${f}`)
    );
}

/** Reads one data file; errors name the file, the line and the value. */
export function readDataFile(root: string, name: string): NabDataFile {
  const path = join(root, 'data', name);
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const header = (csvFields(lines[0] ?? '') ?? []).map((f) => f.trim());
  const tCol = header.indexOf('timestamp');
  const vCol = header.indexOf('value');
  if (tCol < 0 || vCol < 0) {
    throw new CliError(`${path}: header must have 'timestamp' and 'value' columns, got '${lines[0] ?? ''}'`);
  }
  const rows = lines.length - 1;
  const file = {
    name,
    timestampText: new Array<string>(rows),
    valueText: new Array<string>(rows),
    timesMs: new Float64Array(rows),
    values: new Float64Array(rows),
  };
  for (let i = 0; i < rows; i++) {
    const fields = csvFields(lines[i + 1]) ?? [];
    const t = parseNabTimestamp(fields[tCol] ?? '');
    const v = Number(fields[vCol]);
    if (Number.isNaN(t)) {
      throw new CliError(`${path} line ${i + 2}: timestamp '${fields[tCol] ?? ''}' is not 'YYYY-MM-DD hh:mm:ss'`);
    }
    if ((fields[vCol] ?? '').trim() === '' || Number.isNaN(v)) {
      throw new CliError(`${path} line ${i + 2}: value '${fields[vCol] ?? ''}' is not a number`);
    }
    file.timestampText[i] = fields[tCol];
    file.valueText[i] = fields[vCol];
    file.timesMs[i] = t;
    file.values[i] = v;
  }
  return file;
}

/** Reads `labels/combined_windows.json` as epoch-ms windows per file. */
export function readWindows(root: string): NabWindows {
  const path = join(root, 'labels', 'combined_windows.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${(e as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CliError(`${path}: expected an object mapping '<category>/<file>.csv' to windows`);
  }
  const windows = new Map<string, Array<readonly [number, number]>>();
  Object.entries(parsed).forEach(([name, list]: [string, unknown]) => {
    const pairs = Array.isArray(list) ? list : [undefined];
    windows.set(
      name,
      pairs.map((pair: unknown, k) => {
        const [start, end] = (Array.isArray(pair) ? pair : []).map((s: unknown) =>
          typeof s === 'string' ? parseNabTimestamp(s) : NaN
        );
        if (!Array.isArray(pair) || pair.length !== 2 || Number.isNaN(start) || Number.isNaN(end)) {
          throw new CliError(
            `${path}: window ${k} of ${name} must be [start, end] timestamps, got ${JSON.stringify(pair)}`
          );
        }
        return [start, end] as const;
      })
    );
  });
  return windows;
}
