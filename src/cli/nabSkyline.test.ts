import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runNab } from './nabCommand';

const FIXTURE = join(__dirname, '../../tests/fixtures/nab/iio_us-east-1_i-a2eb1cd9_NetworkIn.head.csv');

/**
 * NAB's shipped Etsy Skyline scores for the fixture's rows, as votes of 7: every row not listed
 * scores 0. Ranges are inclusive [first, last, votes] of 5-minute timestamps.
 */
const NAB_VOTES: Array<[string, string, number]> = [
  ['2013-10-09 16:25:00', '2013-10-09 16:25:00', 1],
  ['2013-10-09 16:35:00', '2013-10-09 17:25:00', 1],
  ['2013-10-09 18:40:00', '2013-10-09 20:00:00', 1],
  ['2013-10-10 09:10:00', '2013-10-10 09:10:00', 1],
  ['2013-10-10 09:15:00', '2013-10-10 09:15:00', 2],
  ['2013-10-10 09:20:00', '2013-10-10 09:25:00', 5],
  ['2013-10-10 09:30:00', '2013-10-10 09:35:00', 6],
  ['2013-10-10 09:40:00', '2013-10-10 09:40:00', 5],
  ['2013-10-10 09:45:00', '2013-10-10 09:45:00', 3],
  ['2013-10-10 09:50:00', '2013-10-10 10:05:00', 2],
  ['2013-10-10 10:10:00', '2013-10-10 10:30:00', 1],
  ['2013-10-10 10:45:00', '2013-10-10 11:15:00', 1],
  ['2013-10-10 11:20:00', '2013-10-10 11:45:00', 2],
  ['2013-10-10 11:50:00', '2013-10-10 11:55:00', 1],
  ['2013-10-10 17:35:00', '2013-10-10 17:35:00', 1],
  ['2013-10-10 18:15:00', '2013-10-10 18:35:00', 1],
];

function expectedVotes(stamp: string): number {
  return NAB_VOTES.find(([first, last]) => first <= stamp && stamp <= last)?.[2] ?? 0;
}

function corpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'kale-nab-skyline-'));
  mkdirSync(join(root, 'data', 'realAWSCloudwatch'), { recursive: true });
  copyFileSync(FIXTURE, join(root, 'data', 'realAWSCloudwatch', 'iio.csv'));
  mkdirSync(join(root, 'labels'));
  writeFileSync(join(root, 'labels', 'combined_windows.json'), JSON.stringify({ 'realAWSCloudwatch/iio.csv': [] }));
  return root;
}

function resultRows(out: string, detector: string): string[][] {
  return readFileSync(join(out, detector, 'realAWSCloudwatch', `${detector}_iio.csv`), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

describe("kale nab --detector skyline (NAB's Etsy Skyline configuration)", () => {
  it("reproduces NAB's shipped Etsy Skyline scores row by row", () => {
    const root = corpus();
    runNab(['--data', root, '--out', join(root, 'out'), '--detector', 'skyline']);
    const rows = resultRows(join(root, 'out'), 'skyline');
    expect(rows).toHaveLength(315);
    const mismatches = rows
      .map(([stamp, , score]) => [stamp, Math.round(Number(score) * 7), expectedVotes(stamp)] as const)
      .filter(([, ours, nab]) => ours !== nab);
    expect(mismatches).toEqual([]);
    expect(rows.every(([, , score]) => Math.abs(Number(score) * 7 - Math.round(Number(score) * 7)) < 1e-12)).toBe(true);
  });

  it("runs Etsy's analyzer instead with --skyline analyzer, and rejects other modes", () => {
    const root = corpus();
    runNab(['--data', root, '--out', join(root, 'out'), '--detector', 'skyline', '--skyline', 'analyzer']);
    const rows = resultRows(join(root, 'out'), 'skyline');
    const differs = rows.some(([stamp, , score]) => Math.round(Number(score) * 7) !== expectedVotes(stamp));
    expect(differs).toBe(true);
    expect(() => runNab(['--data', root, '--out', join(root, 'out'), '--skyline', 'etsy'])).toThrow(
      "--skyline must be 'nab' or 'analyzer', got 'etsy'"
    );
  });
});
