import fc from 'fast-check';
import { type DetectorTrack, type VerdictCode, VERDICT_ANOMALOUS, VERDICT_NONE, VERDICT_NORMAL } from '../types';
import { combineTracks } from './consensus';

const A = VERDICT_ANOMALOUS;
const N = VERDICT_NORMAL;
const X = VERDICT_NONE;

function track(id: string, verdicts: VerdictCode[], score?: number[], band?: [number[], number[]]): DetectorTrack {
  return {
    id,
    verdicts: Int8Array.from(verdicts),
    score: Float64Array.from(score ?? verdicts.map((v) => (v === X ? NaN : v === A ? 0.9 : 0.1))),
    ...(band && { upper: Float64Array.from(band[0]), lower: Float64Array.from(band[1]) }),
  };
}

const times = (n: number) => Float64Array.from({ length: n }, (_, i) => i);

describe('combineTracks', () => {
  const tracks = [track('a', [A, A, N, X]), track('b', [A, N, N, X]), track('c', [N, N, N, A])];

  it('counts anomalous votes and compares them with a count', () => {
    const result = combineTracks('s', times(4), tracks, { count: 2 });
    expect(Array.from(result.votes)).toEqual([2, 1, 0, 1]);
    expect(Array.from(result.anomalous)).toEqual([1, 0, 0, 0]);
    expect(combineTracks('s', times(4), tracks, { count: 1 }).anomalous).toEqual(Uint8Array.from([1, 1, 0, 1]));
  });

  it('compares a fraction with votes over all tracks, abstentions included', () => {
    expect(Array.from(combineTracks('s', times(4), tracks, { fraction: 0.5 }).anomalous)).toEqual([1, 0, 0, 0]);
    expect(Array.from(combineTracks('s', times(4), tracks, { fraction: 1 / 3 }).anomalous)).toEqual([1, 1, 0, 1]);
  });

  it('never calls a point anomalous when no track gave a verdict, even at fraction 0', () => {
    const silent = [track('a', [X, N]), track('b', [X, X])];
    const result = combineTracks('s', times(2), silent, { fraction: 0 });
    expect(Array.from(result.anomalous)).toEqual([0, 1]);
    expect(result.score[0]).toBeNaN();
    expect(result.score[1]).toBeCloseTo(0.1, 15);
  });

  it('scores the mean of the defined track scores', () => {
    const result = combineTracks('s', times(4), tracks, { count: 2 });
    expect(result.score[0]).toBeCloseTo((0.9 + 0.9 + 0.1) / 3, 15);
    expect(result.score[3]).toBeCloseTo(0.9, 15);
  });

  it('gives the band envelope of the tracks that have one, and no band when none has', () => {
    const banded = [
      track('a', [N, N, N], undefined, [
        [5, NaN, 7],
        [1, NaN, 3],
      ]),
      track('b', [N, N, N], undefined, [
        [6, 4, NaN],
        [2, 0, NaN],
      ]),
      track('c', [N, N, N]),
    ];
    const result = combineTracks('s', times(3), banded, { count: 1 });
    expect(Array.from(result.upper!)).toEqual([6, 4, 7]);
    expect(Array.from(result.lower!)).toEqual([1, 0, 3]);
    expect(combineTracks('s', times(3), [banded[2]], { count: 1 }).upper).toBeUndefined();
  });

  it('keeps the tracks, the name, the times and the notices', () => {
    const t = times(4);
    const result = combineTracks('name', t, tracks, { count: 1 }, ['hello']);
    expect(result.detectors).toBe(tracks);
    expect(result.timesMs).toBe(t);
    expect(result.name).toBe('name');
    expect(result.notices).toEqual(['hello']);
  });

  it('is monotone: raising the count never adds an anomalous point', () => {
    const verdict = fc.constantFrom<VerdictCode>(A, N, X);
    fc.assert(
      fc.property(
        fc.array(fc.array(verdict, { minLength: 10, maxLength: 10 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (rows, k) => {
          const ts = rows.map((r, i) => track(String(i), r));
          const low = combineTracks('s', times(10), ts, { count: k });
          const high = combineTracks('s', times(10), ts, { count: k + 1 });
          for (let i = 0; i < 10; i++) {
            expect(high.anomalous[i]).toBeLessThanOrEqual(low.anomalous[i]);
            expect(low.votes[i]).toBe(rows.filter((r) => r[i] === A).length);
          }
        }
      )
    );
  });
});
