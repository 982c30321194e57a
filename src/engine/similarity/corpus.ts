/*
 * Preparing a corpus once, to be searched many times: align on a common grid, z-normalise each
 * row into one contiguous typed array, and index the raw values for the `oculus` method.
 * Rule: a row that cannot be compared is left out and listed with its reason: no finite value,
 * more than half of the grid padded (outside its own time range), or constant (σ = 0).
 * Source: the prepare/search split of grafana/augurs; UCR Suite (z-normalise before comparing).
 */
import type { Series } from '../types';
import { alignToGrid } from './align';
import { segmentCount, segmentMeansInto } from './lbPaa';
import { buildOculusIndex } from './oculus/oculusIndex';
import type { Corpus, CorpusValues, ExcludedSeries } from './types';
import { zNormalizeInto } from './zNormalize';

export interface PrepareOptions {
  /** Storage of the rows: 'f64' (default) or 'f32' (half the memory, for ~100k series). */
  readonly precision?: 'f64' | 'f32';
  /** Longest common grid; a longer time range is sampled more coarsely. Default 10,000. */
  readonly maxPoints?: number;
  /** Build the `oculus` method's index (fingerprints and scaled raw values). Default true. */
  readonly oculus?: boolean;
}

export function prepareCorpus(series: readonly Series[], options: PrepareOptions = {}): Corpus {
  const maxPoints = options.maxPoints ?? 10_000;
  if (!(maxPoints >= 2)) {
    throw new RangeError(`prepareCorpus: maxPoints must be ≥ 2, got ${maxPoints}`);
  }
  const aligned = alignToGrid(series, maxPoints);
  const n = aligned.length;
  const unusable = series.map((s, i) =>
    aligned.finiteSamples[i] === 0
      ? 'no finite values'
      : aligned.padded[i] * 2 > n
        ? 'covers less than half of the common time range'
        : ''
  );
  const packed = normalizeRows(
    series.map((s) => s.name),
    aligned.rows,
    n,
    options.precision === 'f32' ? new Float32Array(series.length * n) : new Float64Array(series.length * n),
    unusable
  );
  const kept = packed.kept;
  return {
    ...packed.corpus,
    gridTimesMs: aligned.gridTimesMs,
    interpolatedPoints: Uint32Array.from(kept, (i) => aligned.interpolated[i]),
    paddedPoints: Uint32Array.from(kept, (i) => aligned.padded[i]),
    oculus: options.oculus === false ? undefined : buildOculusIndex(Array.from(kept, (i) => series[i].values)),
  };
}

/**
 * A corpus over rows already on one grid (count × length raw values, e.g. a Float32Array of 100k
 * series): z-normalised in place, constant rows compacted away. The buffer is taken over, not copied.
 */
export function corpusFromRows(names: readonly string[], rows: CorpusValues, length: number): Corpus {
  if (!(length >= 1) || rows.length !== names.length * length) {
    throw new RangeError(`corpusFromRows: expected ${names.length} × ${length} values, got ${rows.length}`);
  }
  const packed = normalizeRows(
    names,
    rows,
    length,
    rows,
    names.map(() => '')
  );
  return {
    ...packed.corpus,
    interpolatedPoints: new Uint32Array(packed.corpus.count),
    paddedPoints: new Uint32Array(packed.corpus.count),
  };
}

/** Points per segment of the corpus's piecewise-aggregate copy (LB_PAA screen). */
export const PAA_WIDTH = 4;

type PackedCorpus = Omit<Corpus, 'interpolatedPoints' | 'paddedPoints'>;

/** z-normalises usable rows of src into dst (row j ≤ source row, so in place is safe). */
function normalizeRows(
  names: readonly string[],
  src: CorpusValues,
  n: number,
  dst: CorpusValues,
  unusable: readonly string[]
): { corpus: PackedCorpus; kept: Int32Array } {
  const kept: number[] = [];
  const norms: number[] = [];
  const excluded: ExcludedSeries[] = [];
  for (let i = 0; i < names.length; i++) {
    if (unusable[i] !== '') {
      excluded.push({ name: names[i], reason: unusable[i] });
      continue;
    }
    const norm2 = zNormalizeInto(src, i * n, n, dst, kept.length * n);
    if (Number.isNaN(norm2)) {
      excluded.push({ name: names[i], reason: n < 2 ? 'fewer than 2 points' : 'constant (no variation to compare)' });
      continue;
    }
    kept.push(i);
    norms.push(norm2);
  }
  const values = kept.length === names.length ? dst : dst.slice(0, kept.length * n);
  const segs = segmentCount(n, PAA_WIDTH);
  const paa =
    values instanceof Float32Array ? new Float32Array(kept.length * segs) : new Float64Array(kept.length * segs);
  for (let row = 0; row < kept.length; row++) {
    segmentMeansInto(values, row * n, n, PAA_WIDTH, paa, row * segs);
  }
  return {
    corpus: {
      names: kept.map((i) => names[i]),
      length: n,
      count: kept.length,
      values,
      paa,
      paaWidth: PAA_WIDTH,
      norms2: Float64Array.from(norms),
      excluded,
    },
    kept: Int32Array.from(kept),
  };
}
