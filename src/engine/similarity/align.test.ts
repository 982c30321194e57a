import type { Series } from '../types';
import { alignToGrid } from './align';

const series = (name: string, times: number[], values: number[]): Series => ({
  name,
  timesMs: Float64Array.from(times),
  values: Float64Array.from(values),
});

describe('alignToGrid', () => {
  it('keeps shared timestamps as the grid and interpolates NaN gaps, counting them', () => {
    const t = [0, 1000, 2000, 3000];
    const out = alignToGrid([series('a', t, [1, NaN, 3, 4]), series('b', t, [NaN, 2, 2, NaN])], 100);
    expect(Array.from(out.gridTimesMs)).toEqual(t);
    expect(Array.from(out.rows)).toEqual([1, 2, 3, 4, 2, 2, 2, 2]);
    expect(Array.from(out.interpolated)).toEqual([1, 0]);
    expect(Array.from(out.padded)).toEqual([0, 2]);
  });

  it('puts differently sampled series on an even grid at the median step', () => {
    const out = alignToGrid(
      [
        series('a', [0, 10, 20, 30, 40], [0, 1, 2, 3, 4]),
        series('c', [0, 10, 20], [0, 1, 2]),
        series('b', [7, 27, 47], [0, 2, 4]),
      ],
      100
    );
    expect(Array.from(out.gridTimesMs)).toEqual([0, 10, 20, 30, 40]);
    Array.from(out.rows.subarray(10)).forEach((v, i) => expect(v).toBeCloseTo([0, 0.3, 1.3, 2.3, 3.3][i], 12));
    expect(out.padded[2]).toBe(1);
    expect(out.interpolated[2]).toBe(2);
    expect(out.padded[1]).toBe(2);
  });

  it('caps the grid at maxPoints and skips repeated or backwards timestamps', () => {
    const t = Array.from({ length: 101 }, (_, i) => i);
    const capped = alignToGrid(
      [
        series('a', t, t),
        series(
          'b',
          t.map((x) => x + 0.5),
          t
        ),
      ],
      11
    );
    expect(capped.length).toBe(11);
    expect(capped.rows[5]).toBeCloseTo(50.25, 12);
    const out = alignToGrid([series('a', [0, 0, 20, 10, 30], [0, 9, 2, 1, 3])], 10);
    expect(Array.from(out.gridTimesMs)).toEqual([0, 20]);
    expect(Array.from(out.rows)).toEqual([0, 2]);
    const messy = alignToGrid(
      [series('a', [0, 10, 20, 30], [1, 2, 3, 4]), series('b', [0, 0, 20, 10], [0, 9, 2, 1])],
      10
    );
    expect(Array.from(messy.gridTimesMs)).toEqual([0, 15, 30]);
    expect(Array.from(messy.rows.subarray(3))).toEqual([0, 1.5, 2]);
  });

  it('reports a series with no finite values, and an empty input', () => {
    expect(alignToGrid([series('a', [0, 1], [NaN, NaN])], 10).finiteSamples[0]).toBe(0);
    expect(alignToGrid([], 10).length).toBe(0);
  });
});
