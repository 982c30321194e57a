import fc from 'fast-check';
import { hashNormal, hashUniform, valueNoise } from './noise';

describe('hashUniform', () => {
  it('is in [0, 1) and a pure function of its keys', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.maxSafeInteger(), (seed, stream, index) => {
        const u = hashUniform(seed, stream, index);
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThan(1);
        expect(hashUniform(seed, stream, index)).toBe(u);
      })
    );
  });

  it('depends on every key, including the high bits of the index', () => {
    const u = hashUniform(1, 2, 3);
    expect(hashUniform(2, 2, 3)).not.toBe(u);
    expect(hashUniform(1, 3, 3)).not.toBe(u);
    expect(hashUniform(1, 2, 4)).not.toBe(u);
    expect(hashUniform(1, 2, 3 + 2 ** 32)).not.toBe(u);
  });

  it('is close to uniform over many draws', () => {
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 20000; i++) {
      bins[Math.floor(hashUniform(7, 1, i) * 10)]++;
    }
    bins.forEach((n) => expect(Math.abs(n - 2000)).toBeLessThan(200));
  });
});

describe('hashNormal', () => {
  it('has mean ≈ 0 and standard deviation ≈ 1', () => {
    let sum = 0;
    let sq = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const z = hashNormal(11, 5, i);
      expect(Number.isFinite(z)).toBe(true);
      sum += z;
      sq += z * z;
    }
    const mean = sum / n;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(Math.sqrt(sq / n - mean * mean) - 1)).toBeLessThan(0.05);
  });
});

describe('valueNoise', () => {
  it('passes through the grid normals and is continuous between them', () => {
    expect(valueNoise(3, 4, 600, 600)).toBeCloseTo(hashNormal(3, 4, 1), 12);
    expect(valueNoise(3, 4, 599.999, 600)).toBeCloseTo(valueNoise(3, 4, 600, 600), 4);
    const mid = valueNoise(3, 4, 900, 600);
    expect(mid).toBeCloseTo((hashNormal(3, 4, 1) + hashNormal(3, 4, 2)) / 2, 12);
  });
});
