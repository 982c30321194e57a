/*
 * Throughput of kale (src/engine/detectors/kale), the default ensemble, on one core: seeded
 * 5-minute series (200 × 8,640 points: a daily wave, noise, level shifts and spikes) and, when
 * present, the whole NAB development subset; prints points/s (median CPU time of runs) against the issue's
 * target of 1 M points/s. Anchor: anode's three-sigma (one Welford pass per point, the cheapest
 * detector in the engine) on the same data; the ratio says how many such passes kale costs.
 * Run: npx tsx bench/kale.bench.ts [--runs 5] [--nab ../shared/nab-dev]
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';

import { listDataFiles, readDataFile } from '../src/cli/nabCorpus';
import { threeSigma } from '../src/engine/detectors/anode/threeSigma';
import { kale } from '../src/engine/detectors/kale';
import { gaussian, seededRandom } from '../src/engine/stats/seededRandom';
import type { Series } from '../src/engine/types';
import { medianMs } from './medianMs';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, nab: { type: 'string', default: '../shared/nab-dev' } },
});
const RUNS = Number(args.runs);
const TARGET = 1e6;
const STEP_MS = 300_000;

function synthetic(n: number, seed: number): Series {
  const random = seededRandom(seed);
  const values = new Float64Array(n);
  let level = 100;
  for (let i = 0; i < n; i++) {
    level += random() < 0.0005 ? 30 * gaussian(random) : 0;
    const spike = random() < 0.001 ? 50 * gaussian(random) : 0;
    values[i] = level + 20 * Math.sin((2 * Math.PI * i) / 288) + 3 * gaussian(random) + spike;
  }
  return { name: `s${seed}`, timesMs: Float64Array.from({ length: n }, (_, i) => 1.4e12 + i * STEP_MS), values };
}

function measure(label: string, corpus: readonly Series[]): void {
  const points = corpus.reduce((sum, s) => sum + s.values.length, 0);
  medianMs(RUNS, () => corpus.forEach((s) => kale(s)));
  const kaleMs = medianMs(RUNS, () => corpus.forEach((s) => kale(s)));
  const anchorMs = medianMs(RUNS, () => corpus.forEach((s) => threeSigma(s)));
  const perSecond = (points / kaleMs) * 1000;
  console.log(`\n${label}: ${corpus.length} series, ${points} points`);
  console.log(
    `kale        ${kaleMs.toFixed(1).padStart(9)} ms  ${perSecond.toExponential(3)} points/s  ${(perSecond / TARGET).toFixed(2)}× target (1 M/s)`
  );
  console.log(
    `three-sigma ${anchorMs.toFixed(1).padStart(9)} ms  ${((points / anchorMs) * 1000).toExponential(3)} points/s  (anchor; kale = ${(kaleMs / anchorMs).toFixed(1)}× anchor)`
  );
}

console.log(
  `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${new Date().toISOString()}, runs ${RUNS}`
);
measure(
  'seeded 200 × 8,640',
  Array.from({ length: 200 }, (_, k) => synthetic(8640, 20261121 + k))
);
if (existsSync(`${args.nab}/data`)) {
  measure(
    `NAB dev subset (${args.nab})`,
    listDataFiles(args.nab).map((name) => {
      const f = readDataFile(args.nab, name);
      return { name, timesMs: f.timesMs, values: f.values };
    })
  );
}
