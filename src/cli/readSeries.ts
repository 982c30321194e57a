/*
 * Reads series for the kale commands from JSON lines or CSV, auto-detected from the first
 * non-blank line, from a file or from stdin ('-').
 * JSON lines: one object per line, {"name": "...", "points": [[epoch_seconds, value_or_null], ...]}.
 * CSV: header `name,timestamp,value`, one point per row (epoch seconds), rows grouped by name in
 * order of first appearance. Points keep their input order. Null values (JSON null; an empty,
 * `null` or `NaN` CSV field) are dropped, as Skyline never stores them. Anything else that is
 * not a number is an error naming the line and the value.
 */
import { readFileSync } from 'node:fs';

import type { Series } from '../engine/types';
import { CliError } from './cliError';
import { csvFields } from './csvLine';

interface Builder {
  name: string;
  times: number[];
  values: number[];
}

function toSeries(builders: Iterable<Builder>): Series[] {
  return [...builders].map((b) => ({
    name: b.name,
    timesMs: Float64Array.from(b.times),
    values: Float64Array.from(b.values),
  }));
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
}

function parseJsonLine(line: string, where: string): Builder {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    throw new CliError(`${where}: not valid JSON (${(e as Error).message})`);
  }
  const record = parsed as { name?: unknown; points?: unknown };
  if (typeof parsed !== 'object' || parsed === null || typeof record.name !== 'string') {
    throw new CliError(`${where}: expected an object with a string "name"`);
  }
  if (!Array.isArray(record.points)) {
    throw new CliError(`${where}: series '${record.name}' needs a "points" array`);
  }
  const b: Builder = { name: record.name, times: [], values: [] };
  record.points.forEach((point: unknown, k: number) => {
    const pair = Array.isArray(point) ? point : [];
    const [t, v] = pair as unknown[];
    if (pair.length !== 2 || typeof t !== 'number' || !Number.isFinite(t)) {
      throw new CliError(
        `${where}: points[${k}] of '${record.name}' must be [epoch_seconds, value_or_null], got ${describe(point)}`
      );
    }
    if (v !== null && typeof v !== 'number') {
      throw new CliError(`${where}: points[${k}] of '${record.name}' has value ${describe(v)}, not a number or null`);
    }
    if (v !== null) {
      b.times.push(t * 1000);
      b.values.push(v);
    }
  });
  return b;
}

function parseJsonLines(lines: readonly string[], source: string): Series[] {
  const builders: Builder[] = [];
  lines.forEach((line, i) => {
    if (line.trim() !== '') {
      builders.push(parseJsonLine(line, `${source} line ${i + 1}`));
    }
  });
  return toSeries(builders);
}

const NULL_FIELDS = new Set(['', 'null', 'nan']);

function parseCsv(lines: readonly string[], source: string, headerIndex: number): Series[] {
  const header = (csvFields(lines[headerIndex]) ?? []).map((f) => f.trim().toLowerCase());
  if (header.join(',') !== 'name,timestamp,value') {
    throw new CliError(
      `${source} line ${headerIndex + 1}: expected JSON lines or a CSV header 'name,timestamp,value', got '${lines[headerIndex]}'`
    );
  }
  const builders = new Map<string, Builder>();
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') {
      continue;
    }
    const where = `${source} line ${i + 1}`;
    const fields = csvFields(lines[i]);
    if (fields === undefined || fields.length !== 3) {
      throw new CliError(`${where}: expected 3 fields name,timestamp,value, got '${lines[i]}'`);
    }
    const [name, tText, vText] = fields;
    const t = Number(tText);
    if (tText.trim() === '' || !Number.isFinite(t)) {
      throw new CliError(`${where}: timestamp '${tText}' is not a number of epoch seconds`);
    }
    const null_ = NULL_FIELDS.has(vText.trim().toLowerCase());
    const v = Number(vText);
    if (!null_ && Number.isNaN(v)) {
      throw new CliError(`${where}: value '${vText}' is not a number or null`);
    }
    const b = builders.get(name) ?? { name, times: [], values: [] };
    builders.set(name, b);
    if (!null_) {
      b.times.push(t * 1000);
      b.values.push(v);
    }
  }
  return toSeries(builders.values());
}

/** Parses series text; `source` names the input in error messages. */
export function parseSeries(text: string, source: string): Series[] {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) {
    return [];
  }
  return lines[first].trimStart().startsWith('{') ? parseJsonLines(lines, source) : parseCsv(lines, source, first);
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads and parses a file, or stdin when `path` is '-'. */
export async function readSeries(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Series[]> {
  if (path === '-') {
    return parseSeries(await readStream(stdin), 'stdin');
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${(e as Error).message}`);
  }
  return parseSeries(text, path);
}
