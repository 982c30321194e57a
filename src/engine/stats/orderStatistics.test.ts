import fc from 'fast-check';
import { lowerBound, medianInPlace, sortedMedian, sortedMedianAbsoluteDeviation, upperBound } from './orderStatistics';

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
    fc.assert(
      fc.property(values, (xs) => Object.is(medianInPlace(Float64Array.from(xs), xs.length), sortedMedianOf(xs)))
    );
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

  it('gives the worked MAD example', () => {
    const a = Float64Array.from([1, 1, 2, 2, 4, 6, 9]);
    expect(sortedMedianAbsoluteDeviation(a, 0, 7, 2)).toBe(1);
  });
});
