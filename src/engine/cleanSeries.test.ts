import fc from 'fast-check';
import { cleanSeries, MAX_ABS_VALUE } from './cleanSeries';
import type { Series } from './types';

const series = (timesMs: number[], values: number[]): Series => ({
  name: 's',
  timesMs: Float64Array.from(timesMs),
  values: Float64Array.from(values),
});

describe('cleanSeries', () => {
  it('returns a clean series untouched, without notices or copies', () => {
    const s = series([1, 2, 3], [5, 6, 7]);
    const clean = cleanSeries(s);
    expect(clean.series).toBe(s);
    expect(clean.notices).toEqual([]);
  });

  it('drops non-finite timestamps and names the first one', () => {
    const clean = cleanSeries(series([1, NaN, 3, Infinity], [1, 2, 3, 4]));
    expect(Array.from(clean.series.timesMs)).toEqual([1, 3]);
    expect(Array.from(clean.series.values)).toEqual([1, 3]);
    expect(clean.notices[0]).toBe('dropped 2 point(s) with a non-finite timestamp (first: NaN at index 1)');
  });

  it('sorts timestamps stably and keeps the last of duplicates', () => {
    const clean = cleanSeries(series([3000, 1000, 2000, 1000], [30, 10, 20, 11]));
    expect(Array.from(clean.series.timesMs)).toEqual([1000, 2000, 3000]);
    expect(Array.from(clean.series.values)).toEqual([11, 20, 30]);
    expect(clean.notices).toEqual([
      'timestamps were not ascending (first at index 1 (1970-01-01T00:00:01.000Z)); sorted them',
      'dropped 1 point(s) with a duplicate timestamp, kept the last (first at index 1 (1970-01-01T00:00:01.000Z))',
    ]);
  });

  it('turns ±Infinity and magnitudes beyond 1e150 into missing values, naming the first', () => {
    const input = series([0, 1000, 2000, 3000], [1, Infinity, -Number.MAX_VALUE, 2]);
    const clean = cleanSeries(input);
    expect(Array.from(clean.series.values)).toEqual([1, NaN, NaN, 2]);
    expect(Array.from(input.values)).toEqual([1, Infinity, -Number.MAX_VALUE, 2]);
    expect(clean.notices).toContain(
      `treated 2 value(s) that are infinite or beyond ±${MAX_ABS_VALUE} as missing (first: Infinity at 1970-01-01T00:00:01.000Z)`
    );
  });

  it('notices empty, short and constant series without changing them', () => {
    expect(cleanSeries(series([], [])).notices).toEqual(['empty series: nothing to analyse']);
    expect(cleanSeries(series([1, 2, 3], [1, NaN, 2])).notices).toEqual([
      'too short: 2 finite value(s), detectors need at least 3',
    ]);
    expect(cleanSeries(series([1, 2, 3], [4, 4, 4])).notices).toEqual(['constant series: every value is 4']);
  });

  it('always yields strictly ascending finite times, equal lengths and finite-or-NaN values', () => {
    const point = fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom(NaN, Infinity)),
      fc.oneof(fc.double(), fc.constantFrom(Infinity, -Infinity, Number.MAX_VALUE))
    );
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), (points) => {
        const { series: s } = cleanSeries(
          series(
            points.map((p) => p[0]),
            points.map((p) => p[1])
          )
        );
        expect(s.timesMs.length).toBe(s.values.length);
        s.timesMs.forEach((t, i) => {
          expect(Number.isFinite(t)).toBe(true);
          expect(i === 0 || t > s.timesMs[i - 1]).toBe(true);
        });
        s.values.forEach((x) => expect(Number.isNaN(x) || Math.abs(x) <= MAX_ABS_VALUE).toBe(true));
      })
    );
  });
});
