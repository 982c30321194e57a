import { MAX_TP_SIGMOID, scaledSigmoid } from './scaledSigmoid';

describe('scaledSigmoid (nab.md worked values)', () => {
  it('gives S(-1) = 0.98661, S(-0.5) = 0.84828, S(0) = 0 and S(1) = -0.98661', () => {
    expect(scaledSigmoid(-1)).toBeCloseTo(0.98661, 5);
    expect(MAX_TP_SIGMOID).toBeCloseTo(0.98661, 5);
    expect(scaledSigmoid(-0.5)).toBeCloseTo(0.84828, 5);
    expect(scaledSigmoid(0)).toBe(0);
    expect(scaledSigmoid(1)).toBeCloseTo(-0.98661, 5);
  });

  it('is exactly -1 beyond three window lengths and the sigmoid up to 3', () => {
    expect(scaledSigmoid(3.0000001)).toBe(-1);
    expect(scaledSigmoid(Infinity)).toBe(-1);
    expect(scaledSigmoid(3)).toBeGreaterThan(-1);
    expect(scaledSigmoid(3)).toBeCloseTo(-1, 5);
  });

  it('decreases strictly with position', () => {
    for (let p = -2; p < 2.9; p += 0.1) {
      expect(scaledSigmoid(p + 0.1)).toBeLessThan(scaledSigmoid(p));
    }
  });
});
