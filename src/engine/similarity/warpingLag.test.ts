import { warpingLag, warpingLagWork } from './warpingLag';
import { zNormalized } from './zNormalize';

const base = Array.from(
  { length: 300 },
  (_, i) => Math.sin(i / 11) + 0.7 * Math.sin(i / 4.3) + (i > 150 && i < 170 ? 3 : 0)
);

function lag(candidate: number[], radius: number): number {
  const q = zNormalized(base)!;
  const c = zNormalized(candidate)!;
  return warpingLag(q, c, 0, q.length, radius, warpingLagWork(q.length, radius));
}

describe('warpingLag', () => {
  it('is positive when the candidate follows the query, negative when it leads', () => {
    expect(
      lag(
        base.map((_, i) => base[Math.max(0, i - 7)]),
        15
      )
    ).toBe(7);
    expect(
      lag(
        base.map((_, i) => base[Math.min(base.length - 1, i + 5)]),
        15
      )
    ).toBe(-5);
  });

  it('is 0 for the same series, and capped by the band', () => {
    expect(lag(base, 10)).toBe(0);
    expect(
      Math.abs(
        lag(
          base.map((_, i) => base[Math.max(0, i - 20)]),
          6
        )
      )
    ).toBeLessThanOrEqual(6);
  });

  it('handles one point and a zero band', () => {
    expect(warpingLag(Float64Array.of(1), Float64Array.of(2), 0, 1, 5, warpingLagWork(1, 5))).toBe(0);
    expect(
      lag(
        base.map((_, i) => base[Math.max(0, i - 3)]),
        0
      )
    ).toBe(0);
  });
});
