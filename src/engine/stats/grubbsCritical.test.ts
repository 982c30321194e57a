import { grubbsCritical, grubbsCriticalTable } from './grubbsCritical';

// Reference: scipy 1.17.1 with Skyline's formula; skyline.md §4.2 lists the same to 3 decimals.
describe('grubbsCritical', () => {
  it.each([
    [3, 1.1543048513440386],
    [20, 2.708245645805754],
    [100, 3.384082901154891],
    [360, 3.7744246622015076],
    [1440, 4.128462789219459],
    [8640, 4.531459015030664],
    [86400, 4.99784510462351],
  ])('G(%p) = %p', (n, want) => {
    expect(grubbsCritical(n)).toBeCloseTo(want, 9);
  });

  it('is NaN for n ≤ 2 (no degrees of freedom) and stable when memoised', () => {
    expect(grubbsCritical(0)).toBeNaN();
    expect(grubbsCritical(2)).toBeNaN();
    expect(grubbsCritical(20)).toBe(grubbsCritical(20));
  });

  it('gives a table holding G(n) for every n up to the size asked, valid after the memo grows', () => {
    const table = grubbsCriticalTable(3000);
    grubbsCritical(50_000);
    for (const n of [0, 2, 3, 20, 1439, 1440, 2999, 3000]) {
      expect(Object.is(table[n], grubbsCritical(n))).toBe(true);
    }
  });
});
