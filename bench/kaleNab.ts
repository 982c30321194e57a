/*
 * kale on a NAB corpus through the CLI's own NAB pipeline (src/cli/nabCommand.ts `runNab`: results
 * files, causal scores, NAB's sweep and normalisation), plus leave-one-category-out (LOCO) figures:
 * for each category, the threshold is optimised on the other categories and applied to it, so the
 * figure shows how a threshold tuned elsewhere transfers (a category without windows shows its raw
 * score, ≤ 0, i.e. the false-positive cost it pays).
 * Until `kale` is a CLI preset, runNab is given `--detector kale_value,kale_smooth,kale_seasonal`
 * (valid ids, the results directory name) and a detect function that runs `{ preset: 'kale' }`.
 * Run: npx tsx bench/kaleNab.ts [--data ../shared/nab-dev] [--out /tmp/nab-out]
 */
import { parseArgs } from 'node:util';

import { runNab } from '../src/cli/nabCommand';
import { listDataFiles, readDataFile, readWindows } from '../src/cli/nabCorpus';
import { nabAnomalyScores } from '../src/cli/nabScores';
import { detect } from '../src/engine/detect';
import { fileSweep, NAB_PROFILES, optimizeThreshold, scoreAtThreshold, windowRows } from '../src/engine/nab';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/nab-dev' },
    out: { type: 'string', default: '/tmp/nab-out' },
  },
});
const data = args.data;

runNab(['--data', data, '--out', args.out, '--detector', 'kale_value,kale_smooth,kale_seasonal'], (series) =>
  detect(series, { preset: 'kale' })
).forEach((line) => console.log(line));

const labels = readWindows(data);
const files = listDataFiles(data).map((name) => {
  const f = readDataFile(data, name);
  const windows = windowRows(f.timesMs, labels.get(name) ?? []);
  const result = detect({ name, timesMs: f.timesMs, values: f.values }, { preset: 'kale' });
  return {
    name,
    category: name.split('/')[0],
    anomalyScores: nabAnomalyScores(f.timesMs, result, 'score'),
    sweep: fileSweep(f.values.length, windows),
  };
});
console.log('\nleave-one-category-out (threshold optimised on the other categories):');
for (const category of [...new Set(files.map((f) => f.category))]) {
  const test = files.filter((f) => f.category === category);
  const cells = NAB_PROFILES.map(({ name, cost }) => {
    const { threshold } = optimizeThreshold(
      files.filter((f) => f.category !== category),
      cost
    );
    const raw = test.reduce((sum, f) => sum + scoreAtThreshold(f.anomalyScores, f.sweep, cost, threshold).raw, 0);
    const windows = test.reduce((sum, f) => sum + f.sweep.scoredWindows, 0);
    const nullRaw = -windows * cost.fnWeight;
    const figure = windows === 0 ? `raw ${raw.toFixed(2)}` : ((100 * (raw - nullRaw)) / (windows - nullRaw)).toFixed(2);
    return `${name} ${figure} (th ${threshold.toFixed(4)})`;
  });
  console.log(`${category.padEnd(22)} ${cells.join('  ')}`);
}
