/*
 * NAB results files: `<out>/<detector>/<category>/<detector>_<file>.csv` with the columns
 * timestamp,value,anomaly_score,label, one row per data row in data order (NAB aligns by
 * position and reads only anomaly_score; label is 1 inside a window, informational).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { CliError } from './cliError';
import { csvFields } from './csvLine';
import type { NabDataFile } from './nabCorpus';

export function resultsPath(outDir: string, detector: string, name: string): string {
  const slash = name.lastIndexOf('/');
  return join(outDir, detector, name.slice(0, slash + 1), `${detector}_${name.slice(slash + 1)}`);
}

/** Writes one results file; `label[i]` is 1 for rows inside a window. */
export function writeResults(path: string, file: NabDataFile, anomalyScores: Float64Array, label: Uint8Array): void {
  const lines = ['timestamp,value,anomaly_score,label'];
  for (let i = 0; i < anomalyScores.length; i++) {
    lines.push(`${file.timestampText[i]},${file.valueText[i]},${anomalyScores[i]},${label[i]}`);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines.join('\n') + '\n');
}

/** Reads the anomaly_score column of a results file, which must have `rowCount` rows. */
export function readResultScores(path: string, rowCount: number): Float64Array {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read results file ${path}: ${(e as Error).message}`);
  }
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const column = (csvFields(lines[0] ?? '') ?? []).map((f) => f.trim()).indexOf('anomaly_score');
  if (column < 0) {
    throw new CliError(`${path}: no anomaly_score column in header '${lines[0] ?? ''}'`);
  }
  if (lines.length - 1 !== rowCount) {
    throw new CliError(
      `${path}: ${lines.length - 1} rows, but the data file has ${rowCount} (NAB aligns rows by position)`
    );
  }
  const scores = new Float64Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    const text = (csvFields(lines[i + 1]) ?? [])[column] ?? '';
    scores[i] = Number(text);
    if (text.trim() === '' || !Number.isFinite(scores[i])) {
      throw new CliError(`${path} line ${i + 2}: anomaly_score '${text}' is not a finite number`);
    }
  }
  return scores;
}
