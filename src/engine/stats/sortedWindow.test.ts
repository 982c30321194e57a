import fc from 'fast-check';
import { SortedWindow } from './sortedWindow';

describe('SortedWindow', () => {
  it('holds exactly the sorted values of [lo, hi) after any sequence of forward moves', () => {
    const arb = fc.record({
      values: fc.array(
        fc.oneof(
          fc.integer({ min: -5, max: 5 }),
          fc.double({ noNaN: true }).map((x) => x + 0)
        ),
        {
          minLength: 1,
          maxLength: 300,
        }
      ),
      moves: fc.array(fc.record({ grow: fc.nat(80), shrink: fc.nat(80) }), { maxLength: 80 }),
    });
    fc.assert(
      fc.property(arb, ({ values, moves }) => {
        const v = Float64Array.from(values);
        const w = new SortedWindow(v);
        let lo = 0;
        let hi = 0;
        for (const m of moves) {
          hi = Math.min(v.length, hi + m.grow);
          lo = Math.min(hi, lo + m.shrink);
          w.sync(lo, hi);
          const want = Array.from(v.subarray(lo, hi)).sort((a, b) => a - b);
          expect(Array.from(w.sorted.subarray(w.start, w.end))).toEqual(want);
          expect(w.size).toBe(hi - lo);
        }
      })
    );
  });

  it('stays sorted while a window slides one value at a time (each step a replace), ties included', () => {
    const arb = fc.record({
      values: fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
        minLength: 2,
        maxLength: 200,
      }),
      width: fc.integer({ min: 1, max: 40 }),
    });
    fc.assert(
      fc.property(arb, ({ values, width }) => {
        const v = Float64Array.from(values, (x) => x + 0);
        const w = new SortedWindow(v);
        for (let hi = 1; hi <= v.length; hi++) {
          const lo = Math.max(0, hi - width);
          w.sync(lo, hi);
          const want = Array.from(v.subarray(lo, hi)).sort((a, b) => a - b);
          expect(Array.from(w.sorted.subarray(w.start, w.end))).toEqual(want);
        }
      }),
      { numRuns: 500 }
    );
  });

  it('keeps 3,000 values inserted one at a time sorted (the four-way search over long windows)', () => {
    let state = 7;
    const v = Float64Array.from({ length: 3000 }, (_, i) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return i % 5 === 0 ? Math.floor(state / 2 ** 29) : state / 2 ** 24 - 128;
    });
    const w = new SortedWindow(v);
    for (let hi = 1; hi <= v.length; hi++) {
      w.sync(0, hi);
    }
    expect(Array.from(w.sorted.subarray(w.start, w.end))).toEqual(Array.from(v).sort((a, b) => a - b));
  });
});
