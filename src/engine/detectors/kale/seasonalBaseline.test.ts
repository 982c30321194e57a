import { medianOfPresent, seasonalBaseline } from './seasonalBaseline';

describe('medianOfPresent', () => {
  it('takes the median of three, the mean of two, the one value, or NaN', () => {
    expect(medianOfPresent(1, 5, 3)).toBe(3);
    expect(medianOfPresent(5, 1, 3)).toBe(3);
    expect(medianOfPresent(3, 3, -1)).toBe(3);
    expect(medianOfPresent(1, NaN, 3)).toBe(2);
    expect(medianOfPresent(NaN, 1, 3)).toBe(2);
    expect(medianOfPresent(1, 3, NaN)).toBe(2);
    expect(medianOfPresent(NaN, NaN, 4)).toBe(4);
    expect(medianOfPresent(7, NaN, NaN)).toBe(7);
    expect(medianOfPresent(NaN, NaN, NaN)).toBeNaN();
  });
});

describe('seasonalBaseline', () => {
  const times = (n: number) => Float64Array.from({ length: n }, (_, i) => i * 10);

  it('is the median of the same time one, two and three periods back, over those present', () => {
    const xs = Float64Array.from({ length: 16 }, (_, i) => i * i);
    const b = seasonalBaseline(xs, times(16), 40);
    expect(Array.from(b.subarray(0, 4)).every(Number.isNaN)).toBe(true);
    expect(b[5]).toBe(xs[1]);
    expect(b[9]).toBe((xs[5] + xs[1]) / 2);
    expect(b[13]).toBe(xs[5]);
  });

  it('is not moved by one anomalous day once three are known', () => {
    const xs = new Float64Array(20).fill(1);
    xs[14] = 1e6;
    const b = seasonalBaseline(xs, times(20), 40);
    expect(b[18]).toBe(1);
  });

  it('matches by time across a gap and uses the days present', () => {
    const t = Float64Array.of(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 130, 160);
    const xs = Float64Array.from(t, (v) => v);
    const b = seasonalBaseline(xs, t, 40);
    expect(b[12]).toBe(50); // 130: the values at 90, 50 and 10
    expect(b[13]).toBe(60); // 160: nothing at 120, so the mean of the values at 80 and 40
  });

  it('is all NaN with under two points per period or an unknown step, and empty for no points', () => {
    expect(Array.from(seasonalBaseline(Float64Array.of(1, 2, 3), times(3), 10)).every(Number.isNaN)).toBe(true);
    expect(Array.from(seasonalBaseline(Float64Array.of(1), Float64Array.of(0), 10)).every(Number.isNaN)).toBe(true);
    expect(seasonalBaseline(new Float64Array(0), new Float64Array(0), 10).length).toBe(0);
  });
});
