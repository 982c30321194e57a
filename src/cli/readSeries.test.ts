import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { parseSeries, readSeries } from './readSeries';

describe('parseSeries: JSON lines', () => {
  it('reads one series per line, seconds to ms, dropping null values', () => {
    const text = '{"name":"a","points":[[10,1],[20,null],[30,3.5]]}\n\n{"name":"b","points":[]}\n';
    const [a, b] = parseSeries(text, 'in');
    expect(a.name).toBe('a');
    expect(Array.from(a.timesMs)).toEqual([10000, 30000]);
    expect(Array.from(a.values)).toEqual([1, 3.5]);
    expect(a.timesMs).toBeInstanceOf(Float64Array);
    expect(b.values.length).toBe(0);
  });

  it('names the line and the value in errors', () => {
    expect(() => parseSeries('{"name":"a","points":[[1,2]]}\n{"name":"b",', 'in.jsonl')).toThrow(
      'in.jsonl line 2: not valid JSON'
    );
    expect(() => parseSeries('{"name":"a","points":[[1,"x"]]}', 'in')).toThrow(
      "in line 1: points[0] of 'a' has value 'x', not a number or null"
    );
    expect(() => parseSeries('{"name":"a","points":[[1]]}', 'in')).toThrow(
      "points[0] of 'a' must be [epoch_seconds, value_or_null], got [1]"
    );
    expect(() => parseSeries('{"name":"a","points":[["2020",1]]}', 'in')).toThrow('must be [epoch_seconds');
    expect(() => parseSeries('{"points":[]}', 'in')).toThrow('in line 1: expected an object with a string "name"');
    expect(() => parseSeries('{"name":"a"}', 'in')).toThrow('needs a "points" array');
  });
});

describe('parseSeries: CSV', () => {
  it('groups rows by name in order of first appearance and drops empty/null/NaN values', () => {
    const text =
      'name,timestamp,value\r\nb,1,5\r\na,1,1\r\nb,2,\r\nb,3,null\r\nb,4,NaN\r\nb,5,-Infinity\r\n"x,y",6,7\r\n';
    const series = parseSeries(text, 'in.csv');
    expect(series.map((s) => s.name)).toEqual(['b', 'a', 'x,y']);
    expect(Array.from(series[0].timesMs)).toEqual([1000, 5000]);
    expect(Array.from(series[0].values)).toEqual([5, -Infinity]);
  });

  it('names the line and the value in errors', () => {
    expect(() => parseSeries('time,value\n1,2', 'in.csv')).toThrow(
      "in.csv line 1: expected JSON lines or a CSV header 'name,timestamp,value'"
    );
    expect(() => parseSeries('name,timestamp,value\na,1,2\na,2,abc', 'in.csv')).toThrow(
      "in.csv line 3: value 'abc' is not a number or null"
    );
    expect(() => parseSeries('name,timestamp,value\na,yesterday,2', 'in.csv')).toThrow(
      "in.csv line 2: timestamp 'yesterday' is not a number of epoch seconds"
    );
    expect(() => parseSeries('name,timestamp,value\na,1', 'in.csv')).toThrow('in.csv line 2: expected 3 fields');
    expect(() => parseSeries('name,timestamp,value\n"a,1,2', 'in.csv')).toThrow('in.csv line 2: expected 3 fields');
  });

  it('returns no series for empty input', () => {
    expect(parseSeries('', 'in')).toEqual([]);
    expect(parseSeries('\n  \n', 'in')).toEqual([]);
    expect(parseSeries('name,timestamp,value\n', 'in')).toEqual([]);
  });
});

describe('readSeries', () => {
  it('reads stdin when the path is -', async () => {
    const stdin = Readable.from(['{"name":"s","points":', '[[1,2]]}\n']);
    const [s] = await readSeries('-', stdin);
    expect(s.name).toBe('s');
    expect(Array.from(s.values)).toEqual([2]);
  });

  it('reads a file and reports a missing one clearly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kale-read-'));
    writeFileSync(join(dir, 'in.csv'), 'name,timestamp,value\na,1,2\n');
    expect((await readSeries(join(dir, 'in.csv')))[0].values[0]).toBe(2);
    await expect(readSeries(join(dir, 'missing.csv'))).rejects.toThrow(`cannot read ${join(dir, 'missing.csv')}`);
  });
});
