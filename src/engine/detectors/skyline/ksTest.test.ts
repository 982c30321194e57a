import { ksTest } from './ksTest';
import { noise, windowOf } from './testWindows';
import { RAISES } from './window';

/** 10 s points: `reference` then `probe`, the last at now. */
function tenSecond(reference: number[], probe: number[]) {
  return windowOf([...reference, ...probe], 10);
}

describe('ks_test', () => {
  const flat = noise(360, 3);
  it('fires when the last 10 minutes shift away from a stationary previous 50', () => {
    expect(
      ksTest(
        tenSecond(
          flat.slice(0, 300),
          noise(60, 4).map((v) => v + 10)
        )
      )
    ).toBe(true);
  });

  it('is False without a shift, and False when the reference is a trend (ADF non-stationary)', () => {
    expect(ksTest(tenSecond(flat.slice(0, 300), noise(60, 4)))).toBe(false);
    let walk = 0;
    const randomWalk = noise(300, 5).map((v) => (walk += v));
    expect(
      ksTest(
        tenSecond(
          randomWalk,
          noise(60, 4).map((v) => v + walk + 50)
        )
      )
    ).toBe(false);
  });

  it('needs 20 points in each sample: never fires at 60 s resolution', () => {
    expect(ksTest(windowOf([...flat.slice(0, 50), 10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 60))).toBe(false);
  });

  it('raises (voiding the ensemble) when the ADF would be refused: 20 ≤ |R| ≤ 23', () => {
    const w = windowOf([...noise(22, 6), ...noise(30, 7).map((v) => v + 10)], 20);
    expect(ksTest(w)).toBe(RAISES);
  });

  it('is False for a constant reference (statsmodels 0.13 returns NaN)', () => {
    expect(ksTest(tenSecond(new Array(300).fill(1), new Array(60).fill(5)))).toBe(false);
  });
});
