import fc from 'fast-check';
import { lowerBound, sortedMedian, sortedMedianAndDeviation, upperBound } from './orderStatistics';

/** The MAD of ascending a[lo, hi) by sortedMedianAndDeviation, whose median must be `med`. */
function sortedMedianAbsoluteDeviation(
  a: Float64Array,
  lo: number,
  hi: number,
  med: number,
  guess?: { i: number; split?: number }
): number {
  const out = new Float64Array(2);
  sortedMedianAndDeviation(a, lo, hi, out, guess);
  expect(out[0]).toBe(med);
  return out[1];
}
import { medianInPlace } from './selectMedian';

const sortedMedianOf = (xs: number[]): number => {
  const s = Float64Array.from(xs).sort();
  return sortedMedian(s, 0, s.length);
};

describe('binary searches', () => {
  const a = Float64Array.from([1, 2, 2, 2, 5]);
  it('find the first ≥ and the first >', () => {
    expect(lowerBound(a, 0, 5, 2)).toBe(1);
    expect(upperBound(a, 0, 5, 2)).toBe(4);
    expect(lowerBound(a, 0, 5, 9)).toBe(5);
    expect(upperBound(a, 0, 5, 0)).toBe(0);
  });
});

describe('binary searches on random ranges', () => {
  it('agree with a linear scan, ties and NaN included', () => {
    const arb = fc.tuple(
      fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 200 }),
      fc.integer({ min: -6, max: 6 })
    );
    fc.assert(
      fc.property(arb, fc.nat(), ([xs, v], cut) => {
        const a = Float64Array.from(xs).sort();
        const lo = Math.min(cut % 7, a.length);
        let first = lo;
        while (first < a.length && a[first] < v) {
          first++;
        }
        let after = lo;
        while (after < a.length && a[after] <= v) {
          after++;
        }
        return (
          lowerBound(a, lo, a.length, v) === first &&
          upperBound(a, lo, a.length, v) === after &&
          lowerBound(a, lo, a.length, NaN) === lo
        );
      }),
      { numRuns: 1000 }
    );
  });
});

describe('medians', () => {
  it('take the mean of the two middle values for an even count, NaN when empty', () => {
    expect(sortedMedianOf([1, 2, 4, 9])).toBe(3);
    expect(sortedMedianOf([7])).toBe(7);
    expect(sortedMedian(new Float64Array(0), 0, 0)).toBeNaN();
    expect(medianInPlace(Float64Array.from([9, 1, 4, 2]), 4)).toBe(3);
    expect(medianInPlace(new Float64Array(0), 0)).toBeNaN();
  });

  it('agree between quickselect and sorting, ties included', () => {
    const values = fc.array(
      fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
      {
        minLength: 1,
        maxLength: 60,
      }
    );
    // === and not Object.is: with 0 and −0 both in the middle, either is the median.
    fc.assert(fc.property(values, (xs) => medianInPlace(Float64Array.from(xs), xs.length) === sortedMedianOf(xs)));
  });

  it('give the MAD from a sorted array equal to the median of |x − med| computed directly', () => {
    const values = fc.array(
      fc.oneof(fc.integer({ min: -4, max: 4 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
      {
        minLength: 1,
        maxLength: 80,
      }
    );
    fc.assert(
      fc.property(values, (xs) => {
        const sorted = Float64Array.from(xs).sort();
        const med = sortedMedian(sorted, 0, sorted.length);
        const deviations = Float64Array.from(xs, (x) => Math.abs(x - med));
        return (
          sortedMedianAbsoluteDeviation(sorted, 0, sorted.length, med) === medianInPlace(deviations, deviations.length)
        );
      })
    );
  });

  it('gives the same MAD with any guessed splits, and leaves the true splits in the guess', () => {
    const arb = fc.tuple(
      fc.array(fc.oneof(fc.integer({ min: -4, max: 4 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), {
        minLength: 1,
        maxLength: 80,
      }),
      fc.integer({ min: -5, max: 90 }),
      fc.integer({ min: -5, max: 90 })
    );
    fc.assert(
      fc.property(arb, ([xs, start, split]) => {
        const sorted = Float64Array.from(xs).sort();
        const med = sortedMedian(sorted, 0, sorted.length);
        const plain = sortedMedianAbsoluteDeviation(sorted, 0, sorted.length, med);
        const guess = { i: start, split };
        const first = sortedMedianAbsoluteDeviation(sorted, 0, sorted.length, med, guess);
        const firstAtLeast = guess.split;
        const again = sortedMedianAbsoluteDeviation(sorted, 0, sorted.length, med, guess);
        return first === plain && again === plain && firstAtLeast === lowerBound(sorted, 0, sorted.length, med);
      }),
      { numRuns: 500 }
    );
  });

  it('gives the worked MAD example', () => {
    const a = Float64Array.from([1, 1, 2, 2, 4, 6, 9]);
    expect(sortedMedianAbsoluteDeviation(a, 0, 7, 2)).toBe(1);
  });
});
