import fc from 'fast-check';
import { moments } from './moments';
import { SlidingMoments } from './slidingMoments';

describe('SlidingMoments', () => {
  it('matches a fresh Welford pass over every window of a random forward walk', () => {
    const arb = fc.record({
      values: fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 200 }),
      moves: fc.array(fc.record({ grow: fc.nat(30), shrink: fc.nat(30) }), { maxLength: 40 }),
    });
    fc.assert(
      fc.property(arb, ({ values, moves }) => {
        const y = Float64Array.from(values);
        const x = Float64Array.from(values, (_, i) => i * 10);
        const s = new SlidingMoments(x, y);
        let lo = 0;
        let hi = 0;
        for (const m of moves) {
          hi = Math.min(y.length, hi + m.grow);
          lo = Math.min(hi, lo + m.shrink);
          s.sync(lo, hi);
          const my = moments(y, lo, hi);
          const mx = moments(x, lo, hi);
          expect(s.count).toBe(hi - lo);
          if (hi > lo) {
            expect(s.meanY).toBeCloseTo(my.mean, 8);
            expect(s.cyy).toBeCloseTo(my.m2, 5);
            expect(s.cxx).toBeCloseTo(mx.m2, 3);
          } else {
            expect(s.meanY).toBeNaN();
          }
        }
      })
    );
  });

  it('gives exactly zero spread and the exact value for a constant window after other values', () => {
    const y = Float64Array.from([5, 9, 0.1, 0.1, 0.1, 0.1, 0.1]);
    const s = new SlidingMoments(y, y);
    s.sync(0, 7);
    s.sync(2, 7);
    expect(s.cyy).toBe(0);
    expect(s.meanY).toBe(0.1);
  });
});
