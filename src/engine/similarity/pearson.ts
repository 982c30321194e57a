/*
 * Zero-lag Pearson correlation of one query against every corpus row.
 * Rule: for z-normalised rows ρ = Σ q_i c_i / √(Σq² · Σc²); ranking by |ρ| is ranking by the
 * z-normalised Euclidean distance, ED² = Σq² + Σc² − 2|Σ q_i c_i| (MASS identity), so one dot
 * product per row (four accumulators) is the whole cost.
 * Source: Mueen et al., MASS (www.cs.unm.edu/~mueen/FastestSimilaritySearch.html); Rakthanmanon
 * et al., KDD 2012 (UCR-ED).
 */
import type { Corpus } from './types';

/** Fills rho[i] with the Pearson correlation of q with corpus row i (length = corpus.count). */
export function pearsonScan(q: Float64Array, qNorm2: number, corpus: Corpus, rho: Float64Array): void {
  const n = corpus.length;
  const values = corpus.values;
  const tail = n - (n % 4);
  for (let row = 0; row < corpus.count; row++) {
    const off = row * n;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < tail; i += 4) {
      s0 += q[i] * values[off + i];
      s1 += q[i + 1] * values[off + i + 1];
      s2 += q[i + 2] * values[off + i + 2];
      s3 += q[i + 3] * values[off + i + 3];
    }
    for (let i = tail; i < n; i++) {
      s0 += q[i] * values[off + i];
    }
    const r = (s0 + s1 + s2 + s3) / Math.sqrt(qNorm2 * corpus.norms2[row]);
    rho[row] = r > 1 ? 1 : r < -1 ? -1 : r;
  }
}
