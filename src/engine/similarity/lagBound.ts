/*
 * An upper bound of max_{|s| ≤ m} |r(s)| (overlap Pearson, laggedCorrelation.ts) at a fraction of
 * the exact lag scan's cost: one multiply per block of width w per lag instead of one per point.
 * Rule: cut the candidate's overlap into its whole blocks [jw, jw + w) plus a head and a tail.
 * Σ_ov q_i c_{i+s} = Σ_b |b|·q̄_b·c̄_b + Σ_b Σ_{i∈b} (q_i − q̄_b)(c_{i+s} − c̄_b), and by
 * Cauchy–Schwarz the second sum is at most √(Σ_b SSq_b · Σ_b SSc_b) (SS = centred sum of squares), so
 * |r(s)| ≤ (|Σ_b |b| q̄_b c̄_b − k·q̄·c̄| + √(ΣSSq · ΣSSc)) / √(SSq_ov · SSc_ov).
 * The query's side of every lag is prepared once per query; per candidate only its prefix sums
 * and block sums are new. For series that vary slowly inside a block (random walks, most metrics)
 * the SS terms are small and the bound is tight.
 * Source: the PAA approximation of Keogh et al. (KAIS 2001) with a Cauchy–Schwarz remainder.
 */
import { centredSquares, FLAT_SHARE, isFlat, type PrefixSums } from './laggedCorrelation';

/** Per query and block width: the query's side of every lag s = lag index − maxLag. */
export interface LagBoundPlan {
  readonly width: number;
  readonly maxLag: number;
  readonly qp: PrefixSums;
  /** Candidate coordinates of the head end and tail start; whole blocks [j0, j1). */
  readonly headEnd: Int32Array;
  readonly tailStart: Int32Array;
  readonly j0: Int32Array;
  readonly j1: Int32Array;
  /** 1 / head length, 1 / tail length (0 when empty), 1 / overlap length. */
  readonly invHead: Float64Array;
  readonly invTail: Float64Array;
  readonly invK: Float64Array;
  /** Query sums over the head and the tail. */
  readonly qHead: Float64Array;
  readonly qTail: Float64Array;
  /** √(Σ SSq over the blocks); 1 / √SSq_ov, or 0 when the query's overlap is flat (r = 0). */
  readonly qBlockRoot: Float64Array;
  readonly qInvRoot: Float64Array;
  /** Scratch for one candidate: block sums and the running sum of block SS (length ⌊n / w⌋ + 1). */
  readonly blockSum: Float64Array;
  readonly blockSquares: Float64Array;
}

/** Rounding slack added to the bound, so that it is never below an |r| that equals it. */
const SLACK = 1e-9;

export function lagBoundPlan(qp: PrefixSums, n: number, maxLag: number, width: number): LagBoundPlan {
  const m = Math.min(maxLag, n - 1);
  const lags = 2 * m + 1;
  const plan = {
    width,
    maxLag: m,
    qp,
    headEnd: new Int32Array(lags),
    tailStart: new Int32Array(lags),
    j0: new Int32Array(lags),
    j1: new Int32Array(lags),
    invHead: new Float64Array(lags),
    invTail: new Float64Array(lags),
    invK: new Float64Array(lags),
    qHead: new Float64Array(lags),
    qTail: new Float64Array(lags),
    qBlockRoot: new Float64Array(lags),
    qInvRoot: new Float64Array(lags),
    blockSum: new Float64Array(Math.floor(n / width) + 1),
    blockSquares: new Float64Array(Math.floor(n / width) + 1),
  };
  const qs = qp.sum;
  const qs2 = qp.sumSq;
  for (let t = 0; t < lags; t++) {
    const s = t - m;
    // Candidate indices [a, b) meet query indices [a − s, b − s).
    const a = s > 0 ? s : 0;
    const b = s < 0 ? n + s : n;
    let j0 = Math.ceil(a / width);
    let j1 = Math.floor(b / width);
    if (j1 <= j0) {
      j0 = j1 = 0;
    }
    const headEnd = j1 > j0 ? j0 * width : b;
    const tailStart = j1 > j0 ? j1 * width : b;
    plan.headEnd[t] = headEnd;
    plan.tailStart[t] = tailStart;
    plan.j0[t] = j0;
    plan.j1[t] = j1;
    plan.invHead[t] = headEnd > a ? 1 / (headEnd - a) : 0;
    plan.invTail[t] = b > tailStart ? 1 / (b - tailStart) : 0;
    const invK = 1 / (b - a);
    plan.invK[t] = invK;
    const block = (from: number, to: number): number =>
      to > from ? centredSquares(qs[to - s] - qs[from - s], qs2[to - s] - qs2[from - s], 1 / (to - from)) : 0;
    let ss = block(a, headEnd) + block(tailStart, b);
    for (let j = j0; j < j1; j++) {
      ss += block(j * width, j * width + width);
    }
    plan.qHead[t] = qs[headEnd - s] - qs[a - s];
    plan.qTail[t] = qs[b - s] - qs[tailStart - s];
    plan.qBlockRoot[t] = Math.sqrt(ss);
    const sq = qs[b - s] - qs[a - s];
    const sq2 = qs2[b - s] - qs2[a - s];
    plan.qInvRoot[t] = isFlat(sq, sq2, invK) ? 0 : 1 / Math.sqrt(centredSquares(sq, sq2, invK));
  }
  return plan;
}

/**
 * Upper bound of max |r(s)| over the plan's lags for a candidate whose prefix sums are `cp`
 * (complete, or from boundPrefixSums.ts with edge ≥ the plan's max lag).
 */
export function lagUpperBound(plan: LagBoundPlan, cp: PrefixSums, n: number): number {
  // The hot loop spells out centredSquares / isFlat (same arithmetic): no cross-module call per lag.
  const flatShare = FLAT_SHARE;
  const w = plan.width;
  const cs = cp.sum;
  const cs2 = cp.sumSq;
  const qs = plan.qp.sum;
  const blockSum = plan.blockSum;
  const blockSquares = plan.blockSquares;
  const blocks = Math.floor(n / w);
  const invWidth = 1 / w;
  blockSquares[0] = 0;
  for (let j = 0; j < blocks; j++) {
    const sum = cs[j * w + w] - cs[j * w];
    const ss = cs2[j * w + w] - cs2[j * w] - sum * sum * invWidth;
    blockSum[j] = sum;
    blockSquares[j + 1] = blockSquares[j] + (ss > 0 ? ss : 0);
  }
  const m = plan.maxLag;
  let best = 0;
  for (let t = 0; t <= 2 * m; t++) {
    const qInvRoot = plan.qInvRoot[t];
    if (qInvRoot === 0) {
      continue;
    }
    const s = t - m;
    const a = s > 0 ? s : 0;
    const b = s < 0 ? n + s : n;
    const sc = cs[b] - cs[a];
    const sc2 = cs2[b] - cs2[a];
    const invK = plan.invK[t];
    const vc = sc2 - sc * sc * invK;
    if (!(vc > flatShare * sc2)) {
      continue;
    }
    const headEnd = plan.headEnd[t];
    const tailStart = plan.tailStart[t];
    const invHead = plan.invHead[t];
    const invTail = plan.invTail[t];
    // An empty head or tail adds 0 to both sums (its sums are 0).
    const hs = cs[headEnd] - cs[a];
    const ts = cs[b] - cs[tailStart];
    const hv = cs2[headEnd] - cs2[a] - hs * hs * invHead;
    const tv = cs2[b] - cs2[tailStart] - ts * ts * invTail;
    let mean = plan.qHead[t] * hs * invHead + plan.qTail[t] * ts * invTail;
    let cSquares = (hv > 0 ? hv : 0) + (tv > 0 ? tv : 0);
    const j0 = plan.j0[t];
    const j1 = plan.j1[t];
    if (j1 > j0) {
      // Σ_j blockSum[j]·(Q[(j+1)w − s] − Q[jw − s]) / w, telescoped to one product per block boundary.
      let acc = blockSum[j1 - 1] * qs[j1 * w - s] - blockSum[j0] * qs[j0 * w - s];
      for (let j = j0 + 1; j < j1; j++) {
        acc += (blockSum[j - 1] - blockSum[j]) * qs[j * w - s];
      }
      mean += acc * invWidth;
      cSquares += blockSquares[j1] - blockSquares[j0];
    }
    const cov = mean - (qs[b - s] - qs[a - s]) * sc * invK;
    const bound = ((cov < 0 ? -cov : cov) + plan.qBlockRoot[t] * Math.sqrt(cSquares)) * (qInvRoot / Math.sqrt(vc));
    best = bound > best ? bound : best;
  }
  const ub = best + SLACK;
  return ub > 1 ? 1 : ub;
}
