import { VERDICT_ANOMALOUS, VERDICT_NONE, VERDICT_NORMAL } from '../../types';
import { allocateOutputs, scoreTracks } from './everyOutputs';

describe('allocateOutputs', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const hasBand = [true, false, true, false];
  const size = 5;

  it('starts score and bands at NaN, verdicts at VERDICT_NONE, anomalous and votes at 0, each of length size', () => {
    const out = allocateOutputs(ids, hasBand, size);
    const floatsViews = [out.score, ...out.tracks.flatMap((t) => [t.upper, t.lower])].filter(
      (v): v is Float64Array => v !== undefined
    );
    expect(floatsViews).toHaveLength(1 + 2 * 2);
    floatsViews.forEach((v) => expect(Array.from(v)).toEqual(new Array(size).fill(NaN)));
    out.tracks.forEach((t) => expect(t.score).toHaveLength(size));
    out.tracks.forEach((t) => expect(Array.from(t.verdicts)).toEqual(new Array(size).fill(VERDICT_NONE)));
    expect(Array.from(out.anomalous)).toEqual(new Array(size).fill(0));
    expect(Array.from(out.votes)).toEqual(new Array(size).fill(0));
    expect(out.tracks.map((t) => t.upper !== undefined)).toEqual(hasBand);
  });

  it('gives disjoint views, and the flat offsets the per-point loop writes alias them', () => {
    const out = allocateOutputs(ids, hasBand, size);
    out.score.fill(-1);
    out.tracks.forEach((t, j) => {
      t.score.fill(j);
      t.upper?.fill(100 + j);
      t.lower?.fill(200 + j);
      t.verdicts.fill(j);
    });
    out.anomalous.fill(1);
    out.votes.fill(7);
    expect(Array.from(out.score)).toEqual(new Array(size).fill(-1));
    out.tracks.forEach((t, j) => {
      expect(Array.from(t.score)).toEqual(new Array(size).fill(j));
      expect(Array.from(t.verdicts)).toEqual(new Array(size).fill(j));
      expect(out.floats[(j + 1) * size + 2]).toBe(j);
      expect(out.codes[j * size + 2]).toBe(j);
    });
    expect(Array.from(out.anomalous)).toEqual(new Array(size).fill(1));
    const banded = out.tracks.filter((t) => t.upper !== undefined);
    out.bandAt.forEach((at, b) => {
      const j = out.tracks.indexOf(banded[b]);
      expect(out.floats[at + 3]).toBe(100 + j);
      expect(out.floats[at + size + 3]).toBe(200 + j);
    });
  });

  it('scoreTracks turns the verdicts of each track into its scores: 1, 0, NaN where there is none', () => {
    const out = allocateOutputs(ids, hasBand, size);
    const codes = [VERDICT_ANOMALOUS, VERDICT_NORMAL, VERDICT_NONE, VERDICT_NORMAL, VERDICT_ANOMALOUS];
    out.tracks.forEach((t, j) => t.verdicts.set(j % 2 === 0 ? codes : codes.slice().reverse()));
    out.tracks[0].upper?.fill(5);
    scoreTracks(out);
    expect(Array.from(out.tracks[0].score)).toEqual([1, 0, NaN, 0, 1]);
    expect(Array.from(out.tracks[1].score)).toEqual([1, 0, NaN, 0, 1].reverse());
    expect(Array.from(out.tracks[0].upper ?? [])).toEqual(new Array(size).fill(5));
    expect(Array.from(out.score)).toEqual(new Array(size).fill(NaN));
  });

  it('handles an empty series and no algorithms', () => {
    const out = allocateOutputs([], [], 0);
    expect(out.tracks).toEqual([]);
    expect(out.score).toHaveLength(0);
  });
});
