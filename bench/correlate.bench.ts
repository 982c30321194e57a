/*
 * Correlation benchmark: 10,000 × 1,000 random walks with planted shifted, scaled, noisy (and for a
 * third, warped) copies of each query; every method in the same run; then 100,000 × 1,000 in one
 * Float32Array for Pearson, lagged (the default) and DTW. Seeded; prints CPU and wall ms per query
 * (median over queries × runs), the speed ratio to the `oculus` method (its default FastDTW scorer,
 * as in Oculus) and to its Euclidean scorer,
 * recall@10 against brute force, and planted copies found in the top 10 (all of them, and those
 * shifted by at most the band / max lag).
 * Run: npx tsx bench/correlate.bench.ts [--queries 5] [--runs 3] [--small] [--skip-small] [--skip-large]
 *      [--brute-large] (exact DTW brute force for the first 100k query too: minutes)
 * Anchors: /work/shared/reference/correlation.md §3 (same data recipe, Node 20, shared 2-vCPU EPYC).
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';

import { bandedDtw, dtwWork } from '../src/engine/similarity/bandedDtw';
import { corpusFromRows, correlate, prepareCorpus } from '../src/engine/similarity/index';
import { bestLag, prefixSums, prefixSumsInto } from '../src/engine/similarity/laggedCorrelation';
import type { Corpus, CorrelateOptions, CorrelationResult } from '../src/engine/similarity/types';
import type { Series } from '../src/engine/types';
import { gaussian, seededRandom } from '../src/engine/stats/seededRandom';

const { values: args } = parseArgs({
  options: {
    queries: { type: 'string', default: '5' },
    runs: { type: 'string', default: '3' },
    small: { type: 'boolean', default: false },
    'skip-large': { type: 'boolean', default: false },
    'skip-small': { type: 'boolean', default: false },
    'brute-large': { type: 'boolean', default: false },
  },
});
const QUERIES = Number(args.queries);
const RUNS = Number(args.runs);
const N = args.small ? 2_000 : 10_000;
const N_LARGE = 100_000;
const L = 1_000;
const PLANTED = 10;
const MAX_SHIFT = 60;
const BAND = 0.05;
const K = 10;

// ---- seeded data ------------------------------------------------------------------------------
let rand = seededRandom(0);
const gauss = (): number => gaussian(rand);
function randomWalkInto(out: Float64Array | Float32Array, off: number, n: number): void {
  let x = gauss();
  for (let i = 0; i < n; i++) {
    x += gauss();
    out[off + i] = x;
  }
}
/**
 * A near-copy of the query window walk[MAX_SHIFT, MAX_SHIFT + L): slid by a real shift of up to
 * ±MAX_SHIFT samples (not circular), plus Gaussian noise of σ = 0.05–0.5 in the walk's own units
 * (its steps are N(0, 1)), a random scale and offset, and (when `warp`) a smooth time warp of ±10 samples. The recipe of
 * /work/shared/reference/correlation.md §3.1.
 */
function plantedCopy(walk: Float64Array, warp: boolean, out: Float64Array | Float32Array, off: number): number {
  const shift = Math.round((rand() * 2 - 1) * MAX_SHIFT);
  const scale = 0.5 + rand() * 4;
  const offset = (rand() * 2 - 1) * 100;
  const noise = 0.05 + rand() * 0.45;
  const phase = rand() * 2 * Math.PI;
  for (let i = 0; i < L; i++) {
    const w = warp ? 10 * Math.sin((2 * Math.PI * i) / L + phase) : 0;
    const p = Math.min(walk.length - 1, Math.max(0, MAX_SHIFT + shift + i + w));
    const k = Math.min(walk.length - 2, Math.floor(p));
    const v = walk[k] + (walk[k + 1] - walk[k]) * (p - k);
    out[off + i] = offset + scale * (v + noise * gauss());
  }
  return shift;
}

interface Dataset {
  names: string[];
  rows: Float64Array | Float32Array;
  queryNames: string[];
  planted: Map<string, Set<string>>;
  /** Per query: its copies shifted by at most the band (alignable within the default tolerance). */
  withinBand: Map<string, Set<string>>;
}
/** Each dataset has its own seed, so the 100k part is the same with or without the 10k part. */
function makeDataset(count: number, precision: 'f64' | 'f32', seed: number): Dataset {
  rand = seededRandom(seed);
  const rows = precision === 'f32' ? new Float32Array(count * L) : new Float64Array(count * L);
  const names: string[] = [];
  const queryNames: string[] = [];
  const planted = new Map<string, Set<string>>();
  const withinBand = new Map<string, Set<string>>();
  let row = 0;
  for (let qi = 0; qi < QUERIES; qi++) {
    const walk = new Float64Array(L + 2 * MAX_SHIFT);
    randomWalkInto(walk, 0, walk.length);
    const qName = `query-${qi}`;
    rows.set(walk.subarray(MAX_SHIFT, MAX_SHIFT + L), row * L);
    names.push(qName);
    queryNames.push(qName);
    row++;
    const copies = new Set<string>();
    const inBand = new Set<string>();
    for (let p = 0; p < PLANTED; p++) {
      const shift = plantedCopy(walk, p % 3 === 2, rows, row * L);
      if (Math.abs(shift) <= Math.floor(BAND * L)) {
        inBand.add(`planted-${qi}-${p}`);
      }
      names.push(`planted-${qi}-${p}`);
      copies.add(`planted-${qi}-${p}`);
      row++;
    }
    planted.set(qName, copies);
    withinBand.set(qName, inBand);
  }
  for (; row < count; row++) {
    randomWalkInto(rows, row * L, L);
    names.push(`walk-${row}`);
  }
  return { names, rows, queryNames, planted, withinBand };
}

// ---- brute force ------------------------------------------------------------------------------
function topNames(keys: Float64Array, corpus: Corpus, exclude: number): string[] {
  const ids = Array.from(keys.keys()).filter((i) => i !== exclude);
  ids.sort((a, b) => keys[a] - keys[b]);
  return ids.slice(0, K).map((i) => corpus.names[i]);
}
function bruteDtw(corpus: Corpus, row: number): string[] {
  const n = corpus.length;
  const r = Math.floor(BAND * n);
  const q = Float64Array.from(corpus.values.subarray(row * n, (row + 1) * n));
  const neg = q.map((v) => -v);
  const work = dtwWork(r);
  const keys = new Float64Array(corpus.count);
  for (let id = 0; id < corpus.count; id++) {
    const a = bandedDtw(q, corpus.values, id * n, n, r, null, Infinity, work);
    const b = bandedDtw(neg, corpus.values, id * n, n, r, null, Infinity, work);
    keys[id] = Math.min(a, b);
  }
  return topNames(keys, corpus, row);
}
function brutePearson(corpus: Corpus, row: number): string[] {
  const n = corpus.length;
  const keys = new Float64Array(corpus.count);
  for (let id = 0; id < corpus.count; id++) {
    let dot = 0;
    for (let i = 0; i < n; i++) {
      dot += corpus.values[row * n + i] * corpus.values[id * n + i];
    }
    keys[id] = 1 - Math.abs(dot / Math.sqrt(corpus.norms2[row] * corpus.norms2[id]));
  }
  return topNames(keys, corpus, row);
}
function bruteLagged(corpus: Corpus, row: number): string[] {
  const n = corpus.length;
  const q = Float64Array.from(corpus.values.subarray(row * n, (row + 1) * n));
  const qp = prefixSums(n);
  prefixSumsInto(q, 0, n, qp);
  const cp = prefixSums(n);
  const out = new Float64Array(2);
  const keys = new Float64Array(corpus.count);
  for (let id = 0; id < corpus.count; id++) {
    bestLag(q, qp, corpus.values, id * n, n, Math.round(BAND * n), cp, out);
    keys[id] = 1 - Math.abs(out[1]);
  }
  return topNames(keys, corpus, row);
}

// ---- measurement ------------------------------------------------------------------------------
function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
function recall(got: readonly string[], truth: readonly string[]): number {
  const t = new Set(truth);
  return got.filter((g) => t.has(g)).length / truth.length;
}
interface Row {
  label: string;
  /** Wall time per query (performance.now). */
  ms: number[];
  /** Process CPU time per query (user + system), robust to other jobs on a shared machine. */
  cpuMs: number[];
  recallOwn: number[];
  recallDtw: number[];
  planted: number[];
  /** Per query: in-band copies found / in-band copies. */
  plantedInBand: string[];
  counters: Array<Readonly<Record<string, number>>>;
}
function measure(
  corpus: Corpus,
  data: Dataset,
  label: string,
  options: CorrelateOptions,
  own: ((c: Corpus, row: number) => string[]) | null,
  dtwTruth: Map<string, string[]> | null,
  runs = RUNS
): Row {
  const result: Row = {
    label,
    ms: [],
    cpuMs: [],
    recallOwn: [],
    recallDtw: [],
    planted: [],
    plantedInBand: [],
    counters: [],
  };
  for (const qName of data.queryNames) {
    let last: CorrelationResult | undefined;
    for (let run = 0; run < runs; run++) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      last = correlate(corpus, { name: qName }, { topK: K, bandFraction: BAND, ...options });
      result.ms.push(performance.now() - t0);
      const cpu = process.cpuUsage(cpu0);
      result.cpuMs.push((cpu.user + cpu.system) / 1000);
    }
    const names = last!.hits.map((h) => h.name);
    const row = corpus.names.indexOf(qName);
    if (own !== null) {
      result.recallOwn.push(recall(names, own(corpus, row)));
    }
    const truth = dtwTruth?.get(qName);
    if (truth !== undefined) {
      result.recallDtw.push(recall(names, truth));
    }
    const copies = data.planted.get(qName)!;
    result.planted.push(names.filter((n) => copies.has(n)).length);
    const inBand = data.withinBand.get(qName)!;
    result.plantedInBand.push(`${names.filter((n) => inBand.has(n)).length}/${inBand.size}`);
    result.counters.push(last!.stats.counters);
  }
  return result;
}
function fmt(x: number, digits = 1): string {
  return x.toFixed(digits);
}
/** `anchors`: the two Oculus rows (its default FastDTW, then Euclidean) whose CPU medians the ratios are taken against. */
function printRows(rows: Row[], anchors: readonly Row[], notes: Record<string, string>): void {
  const ratioHeads = anchors.map((a) => `vs ${a.label} (CPU)`).join(' | ');
  console.log(
    `| method | CPU ms median | CPU ms min–max | wall ms median |${anchors.length ? ` ${ratioHeads} |` : ''} recall@10 own brute force | recall@10 vs exact DTW | planted in top 10 (per query) | in-band planted found | reference anchor |`
  );
  console.log(`|---|---:|---:|---:|${anchors.map(() => '---:|').join('')}---|---|---|---|---|`);
  for (const r of rows) {
    const m = median(r.cpuMs);
    const ratios = anchors.map((a) => {
      const x = median(a.cpuMs) / m;
      return x >= 1 ? `${fmt(x)}× faster` : `${fmt(1 / x)}× slower`;
    });
    const own = r.recallOwn.length ? r.recallOwn.map((x) => fmt(x)).join(', ') : '—';
    const dtw = r.recallDtw.length ? r.recallDtw.map((x) => fmt(x)).join(', ') : '—';
    console.log(
      `| ${r.label} | ${fmt(m)} | ${fmt(Math.min(...r.cpuMs))}–${fmt(Math.max(...r.cpuMs))} | ${fmt(median(r.ms))} |${ratios.length ? ` ${ratios.join(' | ')} |` : ''} ${own} | ${dtw} | ${r.planted.join(', ')} /${PLANTED} | ${r.plantedInBand.join(', ')} | ${notes[r.label] ?? '—'} |`
    );
  }
  for (const r of rows) {
    console.log(`counters ${r.label} (query 0): ${JSON.stringify(r.counters[0])}`);
  }
}

function runSmall(): void {
  console.log(
    `\n## ${N} × ${L} (Float64Array), ${PLANTED} planted copies per query (shift ≤ ±${MAX_SHIFT}, a third warped)`
  );
  let t0 = performance.now();
  const data = makeDataset(N, 'f64', 20261121);
  const timesMs = Float64Array.from({ length: L }, (_, i) => 1_700_000_000_000 + i * 60_000);
  const series: Series[] = data.names.map((name, i) => ({
    name,
    timesMs,
    values: (data.rows as Float64Array).subarray(i * L, (i + 1) * L),
  }));
  const corpus = prepareCorpus(series);
  console.log(`prepareCorpus: ${fmt(performance.now() - t0, 0)} ms (data generation included)`);
  t0 = performance.now();
  const dtwTruth = new Map(data.queryNames.map((q) => [q, bruteDtw(corpus, corpus.names.indexOf(q))]));
  const bruteMs = (performance.now() - t0) / data.queryNames.length;
  console.log(`brute-force exact DTW (both signs, no pruning): ${fmt(bruteMs, 0)} ms per query`);

  // The FastDTW baseline takes seconds per query: one run per query.
  const oculusDtw = measure(corpus, data, 'oculus (default: FastDTW r=5)', { method: 'oculus' }, null, dtwTruth, 1);
  const oculusEuclidean = measure(
    corpus,
    data,
    'oculus (Euclidean)',
    { method: 'oculus', oculusScorer: 'euclidean' },
    null,
    dtwTruth
  );
  const rows10k = [
    measure(corpus, data, 'pearson', { method: 'pearson' }, brutePearson, dtwTruth),
    measure(corpus, data, 'lagged (default)', {}, bruteLagged, dtwTruth),
    measure(corpus, data, 'dtw', { method: 'dtw' }, bruteDtw, dtwTruth),
    oculusDtw,
    oculusEuclidean,
  ];
  printRows(rows10k, [oculusDtw, oculusEuclidean], {
    pearson: 'target ≤ 12 ms; ref 15.6 ms (4 acc.)',
    'lagged (default)': 'target ≤ 100 ms (±5 % lag); ref 420 ms (±10, direct, no pruning)',
    dtw: 'target ≤ 80 ms; ref 119 ms (5%, LB-sorted)',
    'oculus (default: FastDTW r=5)': 'ref FastDTW r=1 full scan 3,353 ms',
  });
  console.log(`brute-force exact DTW: ${fmt(bruteMs, 0)} ms per query (ref 9,346 ms at 10% band, one sign)`);
}

function main(): void {
  console.log(`# correlate.bench — ${new Date().toISOString()}`);
  console.log(`node ${process.version}, cpu ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} logical), one thread`);
  console.log(
    `queries ${QUERIES} × runs ${RUNS}, band ${BAND * 100}% (r = ${Math.floor(BAND * L)}), max lag ${Math.round(BAND * L)}, top ${K}`
  );

  if (!args['skip-small']) {
    runSmall();
  }
  if (args['skip-large']) {
    return;
  }
  console.log(`\n## ${N_LARGE} × ${L} in one Float32Array (${(N_LARGE * L * 4) / 1e6} MB)`);
  const t0 = performance.now();
  const large = makeDataset(N_LARGE, 'f32', 20261122);
  const largeCorpus = corpusFromRows(large.names, large.rows, L);
  console.log(
    `generate + corpusFromRows: ${fmt(performance.now() - t0, 0)} ms; values is ${largeCorpus.values.constructor.name}`
  );
  const truth = args['brute-large']
    ? new Map([[large.queryNames[0], bruteDtw(largeCorpus, largeCorpus.names.indexOf(large.queryNames[0]))]])
    : null;
  const rowsLarge = [
    measure(largeCorpus, large, 'pearson', { method: 'pearson' }, null, null),
    measure(largeCorpus, large, 'lagged (default)', {}, null, null),
    measure(largeCorpus, large, 'dtw', { method: 'dtw' }, null, truth),
  ];
  printRows(rowsLarge, [], {
    pearson: 'ref 205 ms (f32) / 119 ms (f64 4 acc.)',
    'lagged (default)': 'target ≤ 1 s (±5 % lag)',
    dtw: 'target ≤ 600 ms; ref 805 ms (5%, LB-sorted, f64)',
  });
}

main();
