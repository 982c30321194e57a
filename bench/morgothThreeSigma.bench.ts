/*
 * Throughput of Morgoth (`detectMorgoth`) and anode's three-sigma (`threeSigma`) on seeded noisy
 * random walks with level shifts; prints points/s (median CPU time of runs) per detector and series length.
 * Anchor: one bare Welford pass over the same values (`moments`), the floor any per-point detector
 * pays; the ratio says how many such passes each detector costs. The Go originals are not run here.
 * Run: npx tsx bench/morgothThreeSigma.bench.ts [--runs 5]
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';

import { threeSigma } from '../src/engine/detectors/anode/threeSigma';
import { detectMorgoth } from '../src/engine/detectors/morgoth';
import { moments } from '../src/engine/stats/moments';
import { gaussian, seededRandom } from '../src/engine/stats/seededRandom';
import type { Series } from '../src/engine/types';
import { medianMs } from './medianMs';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(args.runs);
const LENGTHS = [10_000, 100_000];

function walk(n: number, seed: number): Series {
  const random = seededRandom(seed);
  const values = new Float64Array(n);
  let level = 0;
  for (let i = 0; i < n; i++) {
    level += random() < 0.001 ? 20 * gaussian(random) : 0;
    values[i] = level + gaussian(random);
  }
  return { name: `walk-${n}`, timesMs: Float64Array.from({ length: n }, (_, i) => i * 60_000), values };
}

const detectors: Array<[string, (s: Series) => unknown]> = [
  ['threeSigma', (s) => threeSigma(s)],
  ['morgoth sigma (default, window 10)', (s) => detectMorgoth(s)],
  [
    'morgoth sigma+kstest+jsdiv',
    (s) => detectMorgoth(s, { fingerprinters: [{ kind: 'sigma' }, { kind: 'kstest' }, { kind: 'jsdiv' }] }),
  ],
  [
    'morgoth sigma+kstest+jsdiv, window 60',
    (s) =>
      detectMorgoth(s, {
        windowPoints: 60,
        fingerprinters: [{ kind: 'sigma' }, { kind: 'kstest' }, { kind: 'jsdiv' }],
      }),
  ],
];

console.log(
  `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${new Date().toISOString()}, runs ${RUNS}`
);
for (const n of LENGTHS) {
  const s = walk(n, 20261121);
  medianMs(RUNS, () => detectors.forEach(([, run]) => run(s)));
  const anchorMs = medianMs(RUNS, () => moments(s.values));
  console.log(`\n${n} points; anchor (one Welford pass): ${((n / anchorMs) * 1000).toExponential(2)} points/s`);
  for (const [name, run] of detectors) {
    const ms = medianMs(RUNS, () => run(s));
    const perSecond = (n / ms) * 1000;
    console.log(
      `${name.padEnd(40)} ${ms.toFixed(2).padStart(9)} ms  ${perSecond.toExponential(2)} points/s  ${(ms / anchorMs).toFixed(1)}× anchor`
    );
  }
}
