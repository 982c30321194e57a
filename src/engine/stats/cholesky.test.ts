import fc from 'fast-check';
import { cholesky } from './cholesky';

describe('cholesky', () => {
  it('factors a known 3 × 3 matrix and reports ρ = max G_jj / L_jj²', () => {
    // L = [[2, 0, 0], [1, 3, 0], [−1, 2, 1]] → G = L·Lᵀ.
    const g = Float64Array.of(4, 2, -2, 2, 10, 5, -2, 5, 6);
    const rho = cholesky(g, 3);
    expect([g[0], g[3], g[4], g[6], g[7], g[8]]).toEqual([2, 1, 3, -1, 2, 1]);
    expect(rho).toBe(Math.max(4 / 4, 10 / 9, 6 / 1));
  });

  it('reconstructs G = L·Lᵀ for random positive definite matrices', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 20, maxLength: 20 }), (a) => {
        // G = AᵀA + I for a 5 × 4 matrix A: positive definite.
        const m = 4;
        const g = new Float64Array(m * m);
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < m; j++) {
            let s = i === j ? 1 : 0;
            for (let r = 0; r < 5; r++) {
              s += a[r * m + i] * a[r * m + j];
            }
            g[i * m + j] = s;
          }
        }
        const original = g.slice();
        expect(cholesky(g, m)).toBeGreaterThanOrEqual(1);
        for (let i = 0; i < m; i++) {
          for (let j = 0; j <= i; j++) {
            let s = 0;
            for (let k = 0; k <= j; k++) {
              s += g[i * m + k] * g[j * m + k];
            }
            expect(Math.abs(s - original[i * m + j])).toBeLessThanOrEqual(
              1e-12 * (original[i * m + i] + original[j * m + j])
            );
          }
        }
      })
    );
  });

  it('is Infinity on a singular, indefinite, NaN or infinite matrix; 1 on the empty one', () => {
    expect(cholesky(Float64Array.of(1, 1, 1, 1), 2)).toBe(Infinity);
    expect(cholesky(Float64Array.of(1, 2, 2, 1), 2)).toBe(Infinity);
    expect(cholesky(Float64Array.of(NaN), 1)).toBe(Infinity);
    expect(cholesky(Float64Array.of(Infinity), 1)).toBe(Infinity);
    expect(cholesky(Float64Array.of(-0), 1)).toBe(Infinity);
    expect(cholesky(new Float64Array(0), 0)).toBe(1);
  });
});
