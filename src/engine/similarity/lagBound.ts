/*
 * An upper bound of max_{|s| ≤ m} |r(s)| that costs about w times less than the exact lag scan.
 * Rule: q̃ = q's segment means spread over each segment (width w). For every shift s,
 * Σ_ov q_i c_{i+s} = Σ_ov q̃_i c_{i+s} + Σ_ov (q_i − q̃_i) c_{i+s}, and by Cauchy–Schwarz the
 * second term is at most ‖q − q̃‖·‖c‖. The first is one product per segment using prefix sums
 * of c, so |r(s)| ≤ (|Σ_ov q̃ c_{·+s}| + ‖q − q̃‖‖c‖) / √(Σq² Σc²).
 * Source: the PAA approximation of Keogh et al. (KAIS 2001) with the Cauchy–Schwarz remainder.
 */
import type { CorpusValues } from './types';

/** The query's segment means and ‖q − q̃‖, prepared once per query. */
export interface LagBoundPlan {
  readonly width: number;
  readonly means: Float64Array;
  readonly residualNorm: number;
}

export function lagBoundPlan(q: Float64Array, width: number): LagBoundPlan {
  const n = q.length;
  const means = new Float64Array(Math.ceil(n / width));
  let residual2 = 0;
  for (let s = 0; s < means.length; s++) {
    const from = s * width;
    const to = Math.min(n, from + width);
    let sum = 0;
    for (let i = from; i < to; i++) {
      sum += q[i];
    }
    means[s] = sum / (to - from);
    for (let i = from; i < to; i++) {
      residual2 += (q[i] - means[s]) ** 2;
    }
  }
  return { width, means, residualNorm: Math.sqrt(residual2) };
}

/**
 * Upper bound of max |r(s)| over |s| ≤ maxLag for c[off, off + n). `prefix` (length n + 1) is
 * scratch space for the prefix sums of c.
 */
export function lagUpperBound(
  plan: LagBoundPlan,
  qNorm2: number,
  c: CorpusValues,
  off: number,
  n: number,
  cNorm2: number,
  maxLag: number,
  prefix: Float64Array
): number {
  prefix[0] = 0;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i] + c[off + i];
  }
  const w = plan.width;
  const means = plan.means;
  const m = Math.min(maxLag, n - 1);
  let best = 0;
  for (let s = -m; s <= m; s++) {
    // Overlap: query indices [from, to) meet candidate indices [from + s, to + s).
    const from = s < 0 ? -s : 0;
    const to = s > 0 ? n - s : n;
    let dot = 0;
    for (let seg = Math.floor(from / w); seg * w < to; seg++) {
      const a = Math.max(from, seg * w);
      const b = Math.min(to, seg * w + w);
      dot += means[seg] * (prefix[b + s] - prefix[a + s]);
    }
    const abs = dot < 0 ? -dot : dot;
    best = abs > best ? abs : best;
  }
  return (best + plan.residualNorm * Math.sqrt(cNorm2)) / Math.sqrt(qNorm2 * cNorm2);
}
