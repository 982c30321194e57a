/*
 * Leave-one-category-out check of kale's tuning on a NAB corpus: for each category with windows,
 * the grid configuration (smoothSpan × hold × window) that scores best on the OTHER categories is
 * picked, with its threshold optimised on them too, and the left-out category is scored with it;
 * printed next to the score of kale's defaults under the same protocol. Scores go through
 * detect()'s input cleaning and the CLI's row mapping (nabAnomalyScores), as `kale nab` does.
 * Run: npx tsx bench/kaleLoco.ts [../shared/nab-dev]   (18 configurations; about a minute)
 */
import { listDataFiles, readDataFile, readWindows } from '../src/cli/nabCorpus';
import { nabAnomalyScores } from '../src/cli/nabScores';
import { cleanSeries } from '../src/engine/cleanSeries';
import { kale, KALE_DEFAULTS, type KaleOptions } from '../src/engine/detectors/kale';
import { fileSweep, NAB_PROFILES, optimizeThreshold, scoreAtThreshold, windowRows } from '../src/engine/nab';

const root = process.argv[2] ?? '../shared/nab-dev';
const labels = readWindows(root);
const files = listDataFiles(root).map((name) => {
  const f = readDataFile(root, name);
  const { series } = cleanSeries({ name, timesMs: f.timesMs, values: f.values });
  return {
    name,
    category: name.split('/')[0],
    f,
    series,
    sweep: fileSweep(f.values.length, windowRows(f.timesMs, labels.get(name) ?? [])),
  };
});
const categories = [...new Set(files.map((f) => f.category))].filter((c) =>
  files.some((f) => f.category === c && f.sweep.scoredWindows > 0)
);
const grid: Array<Partial<KaleOptions>> = [6, 12, 24].flatMap((smoothSpan) =>
  [0, 50, 100].flatMap((hold) => [1000, 4000].map((window) => ({ smoothSpan, hold, window })))
);

/** Normalised score of `test` at the threshold optimised on `train`, and the train score itself. */
function evaluate(cfg: Partial<KaleOptions>, category: string, profile: number): { train: number; test: number } {
  const { cost } = NAB_PROFILES[profile];
  const scored = files.map((x) => ({
    ...x,
    anomalyScores: nabAnomalyScores(x.f.timesMs, kale(x.series, cfg), 'score'),
  }));
  const norm = (raw: number, windows: number) =>
    (100 * (raw + windows * cost.fnWeight)) / (windows * (1 + cost.fnWeight));
  const best = optimizeThreshold(
    scored.filter((f) => f.category !== category),
    cost
  );
  const test = scored.filter((f) => f.category === category);
  const raw = test.reduce((sum, f) => sum + scoreAtThreshold(f.anomalyScores, f.sweep, cost, best.threshold).raw, 0);
  const windows = test.reduce((sum, f) => sum + f.sweep.scoredWindows, 0);
  return { train: norm(best.raw, best.scoredWindows), test: norm(raw, windows) };
}

const isDefault = (c: Partial<KaleOptions>) =>
  c.smoothSpan === KALE_DEFAULTS.smoothSpan && c.hold === KALE_DEFAULTS.hold && c.window === KALE_DEFAULTS.window;
for (const category of categories) {
  NAB_PROFILES.forEach((p, k) => {
    const results = grid.map((cfg) => ({ cfg, ...evaluate(cfg, category, k) }));
    const chosen = results.reduce((a, b) => (b.train > a.train ? b : a));
    const defaults = results.find((r) => isDefault(r.cfg));
    console.log(
      `${category.padEnd(22)} ${p.name.padEnd(19)} chosen ${JSON.stringify(chosen.cfg)} (others ${chosen.train.toFixed(2)}) held-out ${chosen.test.toFixed(2)} | defaults held-out ${defaults?.test.toFixed(2) ?? 'not in grid'}`
    );
  });
}
