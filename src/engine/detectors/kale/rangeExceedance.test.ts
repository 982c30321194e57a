import fc from 'fast-check';
import { MIN_RANGE, RANGE_EPS, rangeExceedance } from './rangeExceedance';

/** Straight from the definition: min and max of y[max(start, i − w), i). */
function reference(y: number[], start: number, w: number, minHistory: number, i: number): number {
  if (i - start < Math.max(1, minHistory)) {
    return NaN;
  }
  const past = y.slice(Math.max(start, i - w), i);
  const hi = Math.max(...past);
  const lo = Math.min(...past);
  const rg = Math.max(hi - lo, RANGE_EPS * Math.max(Math.abs(hi), Math.abs(lo)), MIN_RANGE);
  return Math.max(0, (y[i] - hi) / rg, (lo - y[i]) / rg);
}

const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 80 });

describe('rangeExceedance', () => {
  it('measures the excess beyond the history range as a fraction of that range', () => {
    const y = Float64Array.from([0, 10, 5, 12, 20, -5, 3]);
    const { excess, lo, hi } = rangeExceedance(y, 0, 3, 2);
    expect(Array.from(excess.slice(0, 2))).toEqual([NaN, NaN]);
    expect(excess[2]).toBe(0);
    expect(excess[3]).toBeCloseTo(0.2, 12); // history 0, 10, 5: 12 is 2 past 10, range 10
    expect(excess[4]).toBeCloseTo(8 / 7, 12); // history 10, 5, 12: 8 past 12, range 7
    expect(excess[5]).toBeCloseTo(10 / 15, 12); // history 5, 12, 20: 10 below 5, range 15
    expect([lo[5], hi[5]]).toEqual([5, 20]);
    expect(excess[6]).toBe(0);
  });

  it('matches the definition for any values, window and warm-up', () => {
    fc.assert(
      fc.property(
        values,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 10 }),
        fc.nat(5),
        (ys, w, mh, s) => {
          const start = Math.min(s, ys.length);
          const { excess } = rangeExceedance(Float64Array.from(ys), start, w, mh);
          for (let i = start; i < ys.length; i++) {
            const want = reference(ys, start, w, mh, i);
            if (Number.isNaN(want)) {
              expect(excess[i]).toBeNaN();
            } else {
              expect(excess[i]).toBeCloseTo(want, 9);
            }
          }
        }
      )
    );
  });

  it('is causal: the excess at i ignores every later value', () => {
    fc.assert(
      fc.property(values, values, fc.nat(), (ys, tail, cut) => {
        fc.pre(ys.length > 0);
        const i = cut % ys.length;
        const a = rangeExceedance(Float64Array.from(ys), 0, 10, 3).excess;
        const b = rangeExceedance(Float64Array.from([...ys.slice(0, i + 1), ...tail]), 0, 10, 3).excess;
        expect(Array.from(b.slice(0, i + 1))).toEqual(Array.from(a.slice(0, i + 1)));
      })
    );
  });

  it('handles empty, one point, constant and extreme values without NaN beyond the warm-up', () => {
    expect(rangeExceedance(new Float64Array(0), 0, 5, 1).excess.length).toBe(0);
    expect(Array.from(rangeExceedance(Float64Array.of(3), 0, 5, 1).excess)).toEqual([NaN]);
    const flat = rangeExceedance(new Float64Array(10).fill(7), 0, 5, 1).excess;
    expect(Array.from(flat.slice(1))).toEqual(new Array(9).fill(0));
    const step = rangeExceedance(Float64Array.of(7, 7, 7, 7.7), 0, 5, 1).excess;
    expect(step[3]).toBeCloseTo(0.7 / (7 * RANGE_EPS), 6);
    const zero = rangeExceedance(Float64Array.of(0, 0, 1), 0, 5, 1).excess;
    expect(zero[2]).toBe(1 / MIN_RANGE);
    const big = rangeExceedance(Float64Array.of(-Number.MAX_VALUE, Number.MAX_VALUE, 0), 0, 5, 1).excess;
    expect(big[1]).toBe(Infinity);
    expect(big[2]).toBe(0);
  });
});
