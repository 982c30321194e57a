import fc from 'fast-check';
import { medianDeviationWithin, medianInPlace, medianWithin } from './selectMedian';

/** numpy's median via a full sort: the middle value, or the mean of the two middle values. */
function sortedMedian(xs: readonly number[]): number {
  const s = Float64Array.from(xs).sort();
  const n = s.length;
  return n === 0 ? NaN : n % 2 === 1 ? s[n >>> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

const value = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }) },
  { weight: 3, arbitrary: fc.integer({ min: -2, max: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 1e300, -0, Infinity) }
);
/** Short and long (bucket pass) arrays: mixed values, two levels, few distinct values. */
const arrays = fc.oneof(
  fc.array(value, { minLength: 1, maxLength: 40 }),
  fc.array(value, { minLength: 250, maxLength: 1500 }),
  fc.array(fc.constantFrom(0, 1), { minLength: 250, maxLength: 1500 }),
  fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 250, maxLength: 1500 })
);

describe('medianInPlace', () => {
  it('equals the sorted median and leaves its input unchanged', () => {
    fc.assert(
      fc.property(arrays, (xs) => {
        const a = Float64Array.from(xs);
        return medianInPlace(a, a.length) === sortedMedian(xs) && a.every((x, i) => Object.is(x, xs[i]));
      }),
      { numRuns: 300 }
    );
  });

  it('handles empty, one value, constant and overflowing pairs as numpy does', () => {
    expect(medianInPlace(new Float64Array(0), 0)).toBeNaN();
    expect(medianInPlace(Float64Array.from([7]), 1)).toBe(7);
    expect(medianInPlace(new Float64Array(1000).fill(3), 1000)).toBe(3);
    expect(medianInPlace(new Float64Array(600).fill(Number.MAX_VALUE), 600)).toBe(Infinity);
    expect(medianInPlace(Float64Array.from([9, 1, 4, 2]), 4)).toBe(3);
  });
});

describe('medianWithin and medianDeviationWithin', () => {
  it('equal the sorted median and the sorted median of |x − centre| with loose bounds', () => {
    const finite = fc.oneof(
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 1500 }),
      fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 250, maxLength: 1500 })
    );
    fc.assert(
      fc.property(finite, fc.double({ min: 0, max: 10, noNaN: true }), (xs, slack) => {
        const a = Float64Array.from(xs);
        const min = Math.min(...xs);
        const max = Math.max(...xs);
        const med = medianWithin(a, a.length, min - slack, max + slack);
        const deviations = xs.map((x) => Math.abs(x - med));
        const bound = Math.max(Math.abs(max - med), Math.abs(min - med)) + slack;
        return med === sortedMedian(xs) && medianDeviationWithin(a, a.length, med, bound) === sortedMedian(deviations);
      }),
      { numRuns: 300 }
    );
  });

  it('give the worked examples and NaN when empty', () => {
    expect(medianWithin(Float64Array.from([9, 1, 4, 2]), 4, 0, 10)).toBe(3);
    expect(medianDeviationWithin(Float64Array.from([1, 2, 9]), 3, 2, 7)).toBe(1);
    expect(medianWithin(new Float64Array(0), 0, 0, 1)).toBeNaN();
    expect(medianDeviationWithin(new Float64Array(0), 0, 0, 1)).toBeNaN();
  });
});
