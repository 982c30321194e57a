import { alignColumns } from './alignedData';

const f = (...xs: number[]) => Float64Array.from(xs);

describe('alignColumns', () => {
  it('passes columns on a shared axis through without copying', () => {
    const t = f(1, 2, 3);
    const v = f(4, 5, 6);
    const { timesMs, columns } = alignColumns([t, f(1, 2, 3)], [v, f(7, 8, 9)]);
    expect(timesMs).toBe(t);
    expect(columns[0]).toBe(v);
    expect(Array.from(columns[1])).toEqual([7, 8, 9]);
  });

  it('turns NaN into null (a gap)', () => {
    expect(alignColumns([f(1, 2)], [f(NaN, 2)]).columns[0]).toEqual([null, 2]);
  });

  it('takes the union of different time axes and leaves gaps', () => {
    const { timesMs, columns } = alignColumns([f(1, 3), f(2, 3, 4)], [f(10, 30), f(20, NaN, 40)]);
    expect(Array.from(timesMs)).toEqual([1, 2, 3, 4]);
    expect(columns).toEqual([
      [10, null, 30, null],
      [null, 20, null, 40],
    ]);
  });

  it('handles no series and empty series', () => {
    expect(alignColumns([], [])).toEqual({ timesMs: new Float64Array(0), columns: [] });
    expect(Array.from(alignColumns([f(), f(5)], [f(), f(1)]).columns[0])).toEqual([null]);
  });
});
