/*
 * `kale correlate`: the series most similar to one query series (or a drawn sketch), one JSON
 * line per hit, best first. Default method 'lagged' (the engine's default, validateOptions.ts).
 */
import { correlate, prepareCorpus, type CorrelationMethod, type OculusScorer } from '../engine/similarity';
import type { Series } from '../engine/types';
import { CliError } from './cliError';
import { numberValue, parseArgs } from './parseArgs';

export const CORRELATE_HELP = `kale correlate: find the series that move like a query series or a sketch

Usage: kale correlate --input FILE (--query NAME | --sketch v1,v2,...) [--method M]
                      [--band F] [--max-lag N] [--top K] [--scorer euclidean|fastdtw]

  --input FILE    series ('-' for stdin), JSON lines {"name": ..., "points": [[epoch_s, value|null], ...]}
                  or CSV name,timestamp,value, as for kale detect. All series are put on one time
                  grid (gaps interpolated, edges held) and z-normalised; constant series are skipped.
  --query NAME    the series to match (never returned as its own hit)
  --sketch LIST   a drawn curve instead: any number of comma-separated values, any scale; it is
                  resampled to the grid's length
  --method M      lagged (default): the best correlation |r| over shifts within ±max-lag, r taken
                    over the overlapping points; exact. Each hit gets its lag (who leads) and,
                    when r < 0, anticorrelated
                  dtw: exact DTW within a Sakoe–Chiba band, over the series and its mirror
                    image, ranked by shape; each hit also gets the lag of its warping path
                  pearson: zero-lag correlation |r|
                  oculus: Etsy Oculus as it was: shape-fingerprint phrase match (slop 20), then
                    its FastDTW (radius 5; Oculus's default) or Euclidean score on 0..25-scaled values
  --band F        DTW band half-width as a fraction of the length (default 0.05)
  --max-lag N     lagged only: largest lag searched, in points (default: the band in points,
                  i.e. 5 % of the length; dtw reports the lag of its warping path, within the band)
  --top K         number of hits (default 10)
  --scorer S      oculus only: fastdtw (default, as in Oculus) or euclidean

Output, one JSON line per hit, best first:
  {"name": "web.cpu", "similarity": 0.93, "distance": 3.1, "lag": 4}
  similarity  in [0, 1], 1 = same shape (lagged/pearson: |r|; dtw: the correlation reached once
              small warps are allowed; oculus: 1 − mean difference / 25)
  distance    the method's raw distance (√DTW cost, z-normalised Euclidean, or Oculus's score)
  lag         points; positive = the hit lags (follows) the query
  anticorrelated  present (true) when the hit mirrors the query: it falls where the query rises
`;

const METHODS = ['pearson', 'dtw', 'lagged', 'oculus'];
const SCORERS = ['euclidean', 'fastdtw'];

export function runCorrelate(argv: string[], series: Series[]): string[] {
  const args = parseArgs(argv, {
    input: 'value',
    query: 'value',
    sketch: 'value',
    method: 'value',
    band: 'value',
    'max-lag': 'value',
    top: 'value',
    scorer: 'value',
  });
  const name = args.values.get('query');
  const sketchText = args.values.get('sketch');
  if ((name === undefined) === (sketchText === undefined)) {
    throw new CliError('give exactly one of --query NAME or --sketch v1,v2,... (see --help)', 2);
  }
  const method = args.values.get('method') ?? 'lagged';
  if (!METHODS.includes(method)) {
    throw new CliError(`--method must be one of ${METHODS.join(', ')}, got '${method}'`, 2);
  }
  const scorer = args.values.get('scorer') ?? 'fastdtw';
  if (!SCORERS.includes(scorer)) {
    throw new CliError(`--scorer must be one of ${SCORERS.join(', ')}, got '${scorer}'`, 2);
  }
  const query = name !== undefined ? { name } : { sketch: parseSketch(sketchText ?? '') };
  const corpus = prepareCorpus(series, { oculus: method === 'oculus' });
  let result;
  try {
    result = correlate(corpus, query, {
      method: method as CorrelationMethod,
      bandFraction: numberValue(args, 'band'),
      maxLagPoints: numberValue(args, 'max-lag'),
      topK: numberValue(args, 'top'),
      oculusScorer: scorer as OculusScorer,
    });
  } catch (e) {
    throw new CliError(e instanceof Error ? e.message.replace(/^correlate: /, '') : String(e), 2);
  }
  if (result.notices.length > 0 && result.hits.length === 0) {
    throw new CliError(result.notices.join('; '), 1);
  }
  return result.hits.map((h) =>
    JSON.stringify({
      name: h.name,
      similarity: round(h.similarity),
      distance: round(h.distance),
      lag: h.lag,
      ...(h.anticorrelated ? { anticorrelated: true } : {}),
    })
  );
}

function parseSketch(text: string): number[] {
  const values = text.split(',').map((v) => (v.trim() === '' ? NaN : Number(v)));
  if (values.length < 2 || !values.every(Number.isFinite)) {
    throw new CliError(`--sketch needs at least 2 comma-separated numbers, got '${text}'`, 2);
  }
  return values;
}

/** Six significant digits: enough to rank, short enough to read. */
function round(x: number): number {
  return Number(x.toPrecision(6));
}
