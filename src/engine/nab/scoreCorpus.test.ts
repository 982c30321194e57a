import fc from 'fast-check';

import { fileSweep } from './fileSweep';
import { optimizeThreshold } from './optimizeThreshold';
import { NAB_PROFILES } from './profiles';
import { scoreAtThreshold } from './scoreAtThreshold';
import { scoreCorpus, type NabResultFile } from './scoreCorpus';
import type { RowWindow } from './windowRows';

const STANDARD = NAB_PROFILES[0].cost;

/** A file of `rows` rows with windows placed after the probationary period. */
function corpusFile(name: string, rows: number, windows: RowWindow[], fire: (i: number) => number): NabResultFile {
  return { name, windows, anomalyScores: Float64Array.from({ length: rows }, (_, i) => fire(i)) };
}

/** Arbitrary file: 40–400 rows, 0–3 non-overlapping windows after probation, scores in [0, 1]. */
const arbFile = fc
  .record({
    rows: fc.integer({ min: 40, max: 400 }),
    cuts: fc.uniqueArray(fc.double({ min: 0.16, max: 1, noNaN: true }), { maxLength: 6 }),
    scores: fc.array(fc.constantFrom(0, 0.25, 0.5, 0.75, 1), { minLength: 400, maxLength: 400 }),
  })
  .map(({ rows, cuts, scores }) => {
    const edges = [...new Set(cuts.map((c) => Math.min(rows - 1, Math.floor(c * rows))))].sort((a, b) => a - b);
    const windows: RowWindow[] = [];
    for (let k = 0; k + 1 < edges.length; k += 2) {
      if (windows.length === 0 || edges[k] > windows[windows.length - 1].endRow) {
        windows.push({ startRow: edges[k], endRow: edges[k + 1] });
      }
    }
    return { rows, windows, scores: scores.slice(0, rows) };
  });
const arbCorpus = fc
  .array(arbFile, { minLength: 1, maxLength: 4 })
  .map((files) => files.map((f, k) => corpusFile(`c/f${k}.csv`, f.rows, f.windows, (i) => f.scores[i])));

function perfect(files: NabResultFile[]): NabResultFile[] {
  return files.map((f) => {
    const starts = new Set(f.windows.map((w) => w.startRow));
    return corpusFile(f.name, f.anomalyScores.length, [...f.windows], (i) => (starts.has(i) ? 1 : 0));
  });
}

describe('scoreCorpus: worked figures from nab.md', () => {
  // 116 windows over 58 files of 1000 rows (probation 150), two windows per file.
  const windows = [
    { startRow: 300, endRow: 349 },
    { startRow: 700, endRow: 749 },
  ];
  const files = Array.from({ length: 58 }, (_, k) => corpusFile(`c/f${k}.csv`, 1000, windows, () => 0));

  it('null detector: raw -116 (standard, low FP) and -232 (low FN), normalised 0', () => {
    const scores = scoreCorpus(files);
    expect(scores.map((s) => s.raw)).toEqual([-116, -116, -232]);
    expect(scores.map((s) => s.nullRaw)).toEqual([-116, -116, -232]);
    expect(scores.map((s) => s.normalized)).toEqual([0, 0, 0]);
    expect(scores[0].threshold).toBe(1.1);
  });

  it('a constant 0.5 null detector also normalises to 0 (firing everywhere is worse)', () => {
    const half = files.map((f) => corpusFile(f.name, 1000, windows, () => 0.5));
    expect(scoreCorpus(half).map((s) => s.normalized)).toEqual([0, 0, 0]);
  });

  it('perfect detector: raw 116 = 116 × tpWeight, normalised 100 in every profile', () => {
    const scores = scoreCorpus(perfect(files));
    scores.forEach((s) => {
      expect(s.raw).toBe(116);
      expect(s.perfectRaw).toBe(116);
      expect(s.normalized).toBe(100);
      expect(s.threshold).toBe(1);
    });
  });

  it('one detection halfway through each window earns about 0.86 per window', () => {
    const mid = files.map((f) => corpusFile(f.name, 1000, windows, (i) => (i === 325 || i === 725 ? 1 : 0)));
    const [standard] = scoreCorpus(mid);
    expect(standard.raw / 116).toBeCloseTo(0.8598, 3);
  });

  it('a false alarm before the first window costs exactly fpWeight per profile', () => {
    const fp = files.map((f, k) =>
      corpusFile(f.name, 1000, windows, (i) =>
        windows.some((w) => w.startRow === i) || (k === 0 && i === 200) ? 1 : 0
      )
    );
    expect(scoreCorpus(fp).map((s) => s.raw)).toEqual([116 - 0.11, 116 - 0.22, 116 - 0.11]);
  });

  it('ignores detections in the probationary period', () => {
    const early = perfect(files).map((f) =>
      corpusFile(f.name, 1000, windows, (i) => (i < 150 ? 1 : f.anomalyScores[i]))
    );
    expect(scoreCorpus(early).map((s) => s.normalized)).toEqual([100, 100, 100]);
  });

  it('returns NaN when the corpus has no windows', () => {
    const none = [corpusFile('c/a.csv', 100, [], () => 0)];
    expect(scoreCorpus(none)[0].normalized).toBeNaN();
  });
});

describe('optimizeThreshold', () => {
  it('rejects non-finite scores and misaligned lengths with a clear error', () => {
    const sweep = fileSweep(10, []);
    const nan = Float64Array.from({ length: 10 }, (_, i) => (i === 7 ? NaN : 0));
    expect(() => optimizeThreshold([{ name: 'c/x.csv', anomalyScores: nan, sweep }], STANDARD)).toThrow(
      'c/x.csv: anomaly_score of row 7 is NaN'
    );
    expect(() => optimizeThreshold([{ name: 'c/x.csv', anomalyScores: new Float64Array(9), sweep }], STANDARD)).toThrow(
      '9 anomaly scores for 10 data rows'
    );
  });

  it('prefers the highest threshold among equal scores', () => {
    // detections at 0.9 (window start) and 0.8 (later in the same window) score the same
    const sweep = fileSweep(100, [{ startRow: 50, endRow: 59 }]);
    const scores = Float64Array.from({ length: 100 }, (_, i) => (i === 50 ? 0.9 : i === 55 ? 0.8 : 0));
    const best = optimizeThreshold([{ name: 'a', anomalyScores: scores, sweep }], STANDARD);
    expect(best.threshold).toBe(0.9);
    expect(best.raw).toBe(1);
    expect(best.counts).toEqual({ tp: 1, fn: 9, fp: 0, tn: 75 });
  });

  it('equals the best of a brute-force scan over every distinct threshold (property)', () => {
    fc.assert(
      fc.property(arbCorpus, fc.integer({ min: 0, max: 2 }), (files, p) => {
        const cost = NAB_PROFILES[p].cost;
        const swept = files.map((f) => ({
          name: f.name,
          anomalyScores: f.anomalyScores,
          sweep: fileSweep(f.anomalyScores.length, f.windows),
        }));
        const best = optimizeThreshold(swept, cost);
        const at = (t: number) =>
          swept.reduce((s, f) => s + scoreAtThreshold(f.anomalyScores, f.sweep, cost, t).raw, 0);
        expect(at(best.threshold)).toBeCloseTo(best.raw, 9);
        for (const t of [1.1, 1, 0.75, 0.5, 0.25, 0]) {
          expect(at(t)).toBeLessThanOrEqual(best.raw + 1e-9);
        }
      })
    );
  });
});

describe('scoreCorpus properties', () => {
  it('an optimised score lies in [0, 100] and the perfect detector scores 100', () => {
    fc.assert(
      fc.property(arbCorpus, (files) => {
        const windows = files.reduce((n, f) => n + f.windows.length, 0);
        fc.pre(windows > 0);
        scoreCorpus(files).forEach((s) => {
          expect(s.normalized).toBeGreaterThanOrEqual(0);
          expect(s.normalized).toBeLessThanOrEqual(100 + 1e-9);
        });
        scoreCorpus(perfect(files)).forEach((s) => expect(s.normalized).toBeCloseTo(100, 9));
      })
    );
  });

  it('a detection earlier in a window never scores less than a later one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 2 }),
        (width, a, b, p) => {
          const w = { startRow: 100, endRow: 99 + width };
          const sweep = fileSweep(300, [w]);
          const [early, late] = [a % width, b % width].sort((x, y) => x - y);
          const at = (row: number) =>
            scoreAtThreshold(
              Float64Array.from({ length: 300 }, (_, i) => (i === 100 + row ? 1 : 0)),
              sweep,
              NAB_PROFILES[p].cost,
              1
            ).raw;
          expect(at(early)).toBeGreaterThanOrEqual(at(late));
          expect(at(late)).toBeGreaterThan(0);
        }
      )
    );
  });

  it('an extra false alarm never raises a file score, and one further from the window costs no less', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 149 }), fc.integer({ min: 0, max: 149 }), (x, y) => {
        const sweep = fileSweep(400, [{ startRow: 100, endRow: 149 }]);
        const base = Float64Array.from({ length: 400 }, (_, i) => (i === 100 ? 1 : 0));
        const withAlarm = (row: number) =>
          scoreAtThreshold(
            base.map((v, i) => (i === row ? 1 : v)),
            sweep,
            STANDARD,
            1
          ).raw;
        const plain = scoreAtThreshold(base, sweep, STANDARD, 1).raw;
        const [near, far] = [150 + Math.min(x, y), 150 + Math.max(x, y)];
        expect(withAlarm(near)).toBeLessThanOrEqual(plain);
        expect(withAlarm(far)).toBeLessThanOrEqual(withAlarm(near));
      })
    );
  });
});
