import fc from 'fast-check';

import { corpusFromRows } from './corpus';
import { pearsonScan } from './pearson';

describe('pearsonScan', () => {
  it('equals the textbook Pearson correlation for every row, f64 and f32', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: n, maxLength: n }), {
              minLength: 1,
              maxLength: 6,
            })
          )
        ),
        fc.boolean(),
        ([n, raw], f32) => {
          const rows = raw.filter((r) => new Set(r).size > 1);
          fc.pre(rows.length >= 1);
          const flat = rows.flat();
          const corpus = corpusFromRows(
            rows.map((_, i) => `r${i}`),
            f32 ? Float32Array.from(flat) : Float64Array.from(flat),
            n
          );
          const q = Float64Array.from(corpus.values.subarray(0, n));
          const rho = new Float64Array(corpus.count);
          pearsonScan(q, corpus.norms2[0], corpus, rho);
          const pearson = (x: number[], y: number[]) => {
            const mx = x.reduce((a, b) => a + b) / n;
            const my = y.reduce((a, b) => a + b) / n;
            let sxy = 0;
            let sxx = 0;
            let syy = 0;
            x.forEach((_, i) => {
              sxy += (x[i] - mx) * (y[i] - my);
              sxx += (x[i] - mx) ** 2;
              syy += (y[i] - my) ** 2;
            });
            return sxy / Math.sqrt(sxx * syy);
          };
          rows.forEach((row, i) => expect(rho[i]).toBeCloseTo(pearson(rows[0], row), f32 ? 5 : 9));
        }
      )
    );
  });
});
