import fc from 'fast-check';
import { madVerdictByRank, UNDECIDED } from './madByRank';

/** Etsy's rule on a full sort: numpy medians, MAD = 0 → False, D / MAD > 6 → True, else None. */
function etsyVerdict(xs: readonly number[]): boolean | null {
  const median = (a: Float64Array): number => {
    const s = a.slice().sort();
    const n = s.length;
    return n % 2 === 1 ? s[n >>> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
  };
  const x = Float64Array.from(xs);
  const med = median(x);
  const mad = median(x.map((v) => Math.abs(v - med)));
  if (mad === 0) {
    return false;
  }
  return Math.abs(x[x.length - 1] - med) / mad > 6 ? true : null;
}

function byRank(xs: readonly number[]): boolean | null | typeof UNDECIDED {
  const x = Float64Array.from(xs);
  const s = x.slice().sort();
  const n = s.length;
  return madVerdictByRank(x, n, n % 2 === 1 ? s[n >>> 1] : (s[n / 2 - 1] + s[n / 2]) / 2);
}

describe('madVerdictByRank', () => {
  it('gives Etsy’s verdict whenever it decides', () => {
    const value = fc.oneof(
      { weight: 4, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }) },
      { weight: 4, arbitrary: fc.integer({ min: -3, max: 3 }) },
      { weight: 1, arbitrary: fc.constantFrom(-0, 5e-324, -5e-324, 1e-300, 1e300, 6, 7, 12, 13) }
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), (xs) => {
        const got = byRank(xs);
        return got === UNDECIDED || got === etsyVerdict(xs);
      }),
      { numRuns: 3000 }
    );
  });

  it('decides the exact edges: D = 6·MAD is None, just above is True, MAD = 0 is False', () => {
    expect(byRank([1, 2, 3, 2, 8])).toBeNull();
    expect(byRank([1, 2, 3, 2, 8.01])).toBe(true);
    expect(byRank([1, 2, 3, 2, 2 + 6 * (1 + 2 ** -52)])).toBe(true);
    expect(byRank([5, 5, 5, 5, 1e9])).toBe(false);
    expect(byRank([4])).toBe(false);
    expect(byRank([0, 0, 1, 3])).toBeNull();
    expect(byRank([1, 2, 3])).toBeNull();
  });

  it('leaves to selection an even window whose two middle deviations straddle 0 or the threshold', () => {
    // med 0.5, deviations 0.5, 0.5, 0.5, 4.5: D = 4.5, d* = 0.75 is above both middle ones.
    expect(byRank([0, 1, 0, 5])).toBe(true);
    // med 0, deviations 0, 0, 1, 12: MAD = (0 + 1)/2 straddles 0.
    expect(byRank([0, 0, 1, -12])).toBe(UNDECIDED);
    // med 0, deviations 1, 1, 12, 12 → MAD (1 + 12)/2; D = 12, d* = 2 lies between 1 and 12.
    expect(byRank([-1, 1, -12, 12])).toBe(UNDECIDED);
  });

  it('leaves non-finite deviations to selection', () => {
    expect(byRank([Number.MAX_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE])).toBe(UNDECIDED);
  });
});
