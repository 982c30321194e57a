import { bestLag } from './laggedCorrelation';
import { zNormalized } from './zNormalize';

const base = Array.from({ length: 200 }, (_, i) => Math.sin(i / 9) + Math.sin(i / 23) * 2 + (i % 7) * 0.05);

function lagOf(q: number[], c: number[], maxLag: number): { lag: number; r: number } {
  const zq = zNormalized(q)!;
  const zc = zNormalized(c)!;
  const out = new Float64Array(2);
  bestLag(zq, zc, 0, zq.length, maxLag, zq.length, out);
  return { lag: out[0], r: out[1] };
}

describe('bestLag', () => {
  it('reports a positive lag when the candidate follows the query', () => {
    const follower = base.map((_, i) => base[Math.max(0, i - 5)]);
    const { lag, r } = lagOf(base, follower, 10);
    expect(lag).toBe(5);
    expect(r).toBeGreaterThan(0.9);
  });

  it('reports a negative lag when the candidate leads, and the sign of an anti-correlation', () => {
    const leader = base.map((_, i) => -base[Math.min(base.length - 1, i + 4)]);
    const { lag, r } = lagOf(base, leader, 10);
    expect(lag).toBe(-4);
    expect(r).toBeLessThan(-0.9);
  });

  it('stays at lag 0 when maxLag is 0 and prefers the smaller lag on ties', () => {
    expect(lagOf(base, base, 0)).toEqual({ lag: 0, r: expect.closeTo(1, 12) });
    expect(lagOf(base, base, 30).lag).toBe(0);
  });
});
