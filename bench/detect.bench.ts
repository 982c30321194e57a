/*
 * Throughput of Etsy Skyline's nine algorithms in every-point (causal) and latest-point mode, and
 * of Morgoth and anode's three-sigma on the same data. Seeded synthetic series of eight kinds
 * (noise, random walk, level shift, spikes, daily sine, counter, two-level, near-constant).
 * Sets: 10,000 series × 1,440 points (1 day at 60 s) and 200 series × 8,640 points (1 day at 10 s),
 * whose windows only grow; and 250 series × 5,760 points (4 days at 60 s), whose window slides.
 * Anchor: Etsy Skyline's Python (skyline.md §7): 9.2 ms per point-by-point evaluation, 4.2 ms per
 * latest-point call on a 1,440-point series and 15.9 ms on an 8,640-point one.
 * Run: npx tsx bench/detect.bench.ts [--runs 3] [--series 10000]
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

import { threeSigma } from '../src/engine/detectors/anode/threeSigma';
import { detectMorgoth } from '../src/engine/detectors/morgoth';
import { SKYLINE_ALGORITHMS, type SkylineOptions, skylineEvery, skylineLatest } from '../src/engine/detectors/skyline';
import { gaussian, seededRandom } from '../src/engine/stats/seededRandom';
import type { Series } from '../src/engine/types';
import { medianMs } from './medianMs';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, series: { type: 'string', default: '10000' } },
});
const RUNS = Number(args.runs);
const ETSY_EVERY_MS_PER_POINT = 9.2;
const ETSY_LATEST_MS: Record<number, number> = { 1440: 4.2, 8640: 15.9 };
const T0_MS = 1_700_000_000_000;

function makeSet(count: number, length: number, stepSec: number, seed: number): Series[] {
  const random = seededRandom(seed);
  const timesMs = Float64Array.from({ length }, (_, i) => T0_MS + i * stepSec * 1000);
  return Array.from({ length: count }, (_, s) => {
    const kind = s % 8;
    const values = new Float64Array(length);
    let level = 100 * random();
    for (let i = 0; i < length; i++) {
      const noise = gaussian(random);
      level += kind === 1 ? noise : kind === 5 ? Math.abs(noise) * 10 : 0;
      const shift = kind === 2 && i > length * 0.8 ? 15 : 0;
      const spike = kind === 3 && random() < 0.002 ? 40 : 0;
      const daily = kind === 4 ? 20 * Math.sin((2 * Math.PI * i) / length) : 0;
      const twoLevel = kind === 6 ? (random() < 0.5 ? 0 : 1) : 0;
      const flat = kind === 7 ? Math.round(noise * 0.2) : noise;
      values[i] = kind === 6 ? twoLevel : level + shift + spike + daily + (kind === 1 || kind === 5 ? 0 : flat);
    }
    return { name: `kind${kind}-${s}`, timesMs, values };
  });
}

const fmt = (x: number, digits = 0): string =>
  x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function everyRows(set: Series[], label: string): void {
  const points = set.reduce((sum, s) => sum + s.values.length, 0);
  console.log(
    `\nEvery point, ${label} (${fmt(points)} points); anchor ${ETSY_EVERY_MS_PER_POINT} ms/point = ${fmt(1000 / ETSY_EVERY_MS_PER_POINT)} points/s`
  );
  console.log('  detector                         CPU s     points/s      x Etsy');
  const row = (name: string, run: (s: Series) => unknown): void => {
    const ms = medianMs(RUNS, () => set.forEach((s) => run(s)));
    const perSec = points / (ms / 1000);
    console.log(
      `  ${name.padEnd(32)} ${fmt(ms / 1000, 2).padStart(7)}  ${fmt(perSec).padStart(10)}  ${fmt((perSec * ETSY_EVERY_MS_PER_POINT) / 1000).padStart(10)}`
    );
  };
  for (const id of SKYLINE_ALGORITHMS) {
    const options: Partial<SkylineOptions> = { algorithms: [id], consensus: 1 };
    row(id, (s) => skylineEvery(s, options));
  }
  row('skyline consensus (all nine)', (s) => skylineEvery(s));
  console.log('  (an algorithm row runs skylineEvery with that algorithm alone, shared window state included;');
  console.log('   target for the consensus on 10,000 × 1,440: ≤ 1.5 s)');
  row('morgoth (defaults)', (s) => detectMorgoth(s));
  row('anode threeSigma', (s) => threeSigma(s));
}

/** Four days at 60 s: past the first day the window slides (a point leaves as one arrives). */
function slidingRow(set: Series[]): void {
  const points = set.reduce((sum, s) => sum + s.values.length, 0);
  const ms = medianMs(RUNS, () => set.forEach((s) => skylineEvery(s)));
  console.log(
    `\nEvery point, 250 series × 5,760 (4 days at 60 s, the window slides), all nine: ${fmt(ms / 1000, 2)} s CPU, ` +
      `${fmt(points / (ms / 1000))} points/s`
  );
}

function latestRow(set: Series[], label: string): void {
  const length = set[0].values.length;
  const ms = medianMs(RUNS, () => set.forEach((s) => skylineLatest(s)));
  const usPerSeries = (ms * 1000) / set.length;
  const anchorUs = ETSY_LATEST_MS[length] * 1000;
  const target = length === 1440 ? ' (target ≤ 20 µs)' : '';
  console.log(
    `Latest point, ${label}: ${fmt(usPerSeries, 1)} µs/series; Etsy ${fmt(anchorUs)} µs; ${fmt(anchorUs / usPerSeries)}x faster${target}`
  );
}

console.log(
  `Node ${process.version}; CPU ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores); ${new Date().toISOString()}; ` +
    `load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; figures are process CPU time, median of ${RUNS} runs`
);
const day60 = makeSet(Number(args.series), 1440, 60, 1);
const day10 = makeSet(200, 8640, 10, 2);
let anomalies = 0;
let plainRuns = 0;
for (const s of day60.slice(0, 1000)) {
  const result = skylineEvery(s);
  anomalies += result.anomalous.reduce((a, b) => a + b, 0);
  plainRuns += result.notices.reduce((sum, n) => sum + Number(/undecided on (\d+)/.exec(n)?.[1] ?? 0), 0);
}
console.log(
  `(first 1,000 series of the 1,440-point set: ${anomalies} consensus anomalies; rounding filter fell back ` +
    `to the plain algorithm on ${plainRuns} of ${fmt(1000 * 1440 * 9)} algorithm evaluations)`
);
latestRow(day60, `${fmt(day60.length)} × 1,440`);
latestRow(day10, '200 × 8,640');
console.log(
  `(load after latest rows: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})`
);
everyRows(day60, `${fmt(day60.length)} series × 1,440`);
everyRows(day10, '200 series × 8,640 (10 s)');
slidingRow(makeSet(250, 5760, 60, 3));
