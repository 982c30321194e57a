import fc from 'fast-check';
import { suppress } from './suppression';

const options = { threshold: 0.5, hold: 2, damp: 0.1 };

describe('suppress', () => {
  it('damps the `hold` points after an alarm unless they beat the alarm', () => {
    const out = suppress(Float64Array.of(0.2, 0.6, 0.55, NaN, 0.3, 0.58, 0.7, 0.65, 0.4, 0.6), options);
    const want = [0.2, 0.6, 0.055, NaN, 0.03, 0.58, 0.7, 0.065, 0.04, 0.6];
    want.forEach((w, i) => (Number.isNaN(w) ? expect(out[i]).toBeNaN() : expect(out[i]).toBeCloseTo(w, 12)));
  });

  it('never raises a score, keeps every first alarm, and is causal', () => {
    const scores = fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(NaN)), { maxLength: 60 });
    fc.assert(
      fc.property(scores, scores, fc.nat(), (xs, tail, cut) => {
        fc.pre(xs.length > 0);
        const out = suppress(Float64Array.from(xs), options);
        xs.forEach((x, i) => {
          if (Number.isNaN(x)) {
            expect(out[i]).toBeNaN();
          } else {
            expect(out[i]).toBeLessThanOrEqual(x);
          }
        });
        const firstAlarm = xs.findIndex((x) => x >= options.threshold);
        if (firstAlarm >= 0) {
          expect(out[firstAlarm]).toBe(xs[firstAlarm]);
        }
        const i = cut % xs.length;
        const again = suppress(Float64Array.from([...xs.slice(0, i + 1), ...tail]), options);
        expect(Array.from(again.slice(0, i + 1))).toEqual(Array.from(out.slice(0, i + 1)));
      })
    );
  });

  it('passes scores through when hold is 0', () => {
    expect(Array.from(suppress(Float64Array.of(0.9, 0.8, 0.9), { ...options, hold: 0 }))).toEqual([0.9, 0.8, 0.9]);
  });
});
