/*
 * Means and centred (co)moments of two paired columns over a sliding index range [lo, hi):
 * count, mean x, mean y, Σ(x−x̄)², Σ(x−x̄)(y−ȳ), Σ(y−ȳ)².
 * Rule: a two-stack queue. The back stack is a Welford running aggregate; the front stack stores
 * suffix aggregates, rebuilt from the back when the front empties; a query merges one suffix with
 * the back by Chan's pairwise formula. No value is ever subtracted out, so a window's moments are
 * as accurate as a fresh Welford pass over it (a constant window gives exactly zero spread).
 * Source: Chan, Golub & LeVeque, "Updating formulae and a pairwise algorithm for computing sample
 * variances" (1979); the two-stack sliding-window aggregation (Tangwongsan et al., DEBS 2017).
 */
import type { ScratchBuffer } from './scratchBuffer';

export class SlidingMoments {
  count = 0;
  meanX = NaN;
  meanY = NaN;
  cxx = 0;
  cxy = 0;
  cyy = 0;
  private readonly sufN: Float64Array;
  private readonly sufMx: Float64Array;
  private readonly sufMy: Float64Array;
  private readonly sufCxx: Float64Array;
  private readonly sufCxy: Float64Array;
  private readonly sufCyy: Float64Array;
  private lo = 0;
  private mid = 0;
  private hi = 0;
  private bN = 0;
  private bMx = 0;
  private bMy = 0;
  private bCxx = 0;
  private bCxy = 0;
  private bCyy = 0;

  /**
   * `xs` and `ys` must not change while in use; both have the series' length. With `scratch`, the
   * suffix columns live in its buffer (no allocation; one instance per scratch at a time).
   */
  constructor(
    private readonly xs: Float64Array,
    private readonly ys: Float64Array,
    scratch?: ScratchBuffer
  ) {
    const n = xs.length;
    // One buffer for the six suffix columns: allocation, not arithmetic, dominates at n ≈ 10³.
    const store = scratch ? scratch.take(6 * n) : new Float64Array(6 * n);
    this.sufN = store.subarray(0, n);
    this.sufMx = store.subarray(n, 2 * n);
    this.sufMy = store.subarray(2 * n, 3 * n);
    this.sufCxx = store.subarray(3 * n, 4 * n);
    this.sufCxy = store.subarray(4 * n, 5 * n);
    this.sufCyy = store.subarray(5 * n, 6 * n);
  }

  /** Moments of [lo, hi) into the public fields; bounds never move backwards. */
  sync(lo: number, hi: number): void {
    if (lo >= this.hi) {
      this.lo = this.mid = this.hi = lo;
      this.bN = this.bMx = this.bMy = this.bCxx = this.bCxy = this.bCyy = 0;
    }
    for (; this.hi < hi; this.hi++) {
      const x = this.xs[this.hi];
      const y = this.ys[this.hi];
      const inverse = 1 / ++this.bN;
      const dx = x - this.bMx;
      const dy = y - this.bMy;
      this.bMx += dx * inverse;
      this.bMy += dy * inverse;
      this.bCxx += dx * (x - this.bMx);
      this.bCxy += dx * (y - this.bMy);
      this.bCyy += dy * (y - this.bMy);
    }
    this.lo = lo;
    if (lo > this.mid) {
      this.rebuildFront();
    }
    this.query();
  }

  /** Suffix aggregates of [lo, hi) from right to left; the back stack becomes empty. */
  private rebuildFront(): void {
    let n = 0;
    let mx = 0;
    let my = 0;
    let cxx = 0;
    let cxy = 0;
    let cyy = 0;
    for (let i = this.hi - 1; i >= this.lo; i--) {
      const x = this.xs[i];
      const y = this.ys[i];
      n++;
      const dx = x - mx;
      const dy = y - my;
      mx += dx / n;
      my += dy / n;
      cxx += dx * (x - mx);
      cxy += dx * (y - my);
      cyy += dy * (y - my);
      this.sufN[i] = n;
      this.sufMx[i] = mx;
      this.sufMy[i] = my;
      this.sufCxx[i] = cxx;
      this.sufCxy[i] = cxy;
      this.sufCyy[i] = cyy;
    }
    this.mid = this.hi;
    this.bN = this.bMx = this.bMy = this.bCxx = this.bCxy = this.bCyy = 0;
  }

  /** Merges the front suffix at lo with the back into the public fields (assigned in place: no call, no boxed doubles). */
  private query(): void {
    const i = this.lo;
    const nA = i < this.mid ? this.sufN[i] : 0;
    const nB = this.bN;
    if (nA === 0) {
      this.count = nB;
      this.meanX = this.bMx;
      this.meanY = this.bMy;
      if (nB === 0) {
        // A separate store, not `nB === 0 ? NaN : mean`: that select boxed a double on every call.
        this.meanX = this.meanY = NaN;
      }
      this.cxx = this.bCxx;
      this.cxy = this.bCxy;
      this.cyy = this.bCyy;
      return;
    }
    if (nB === 0) {
      this.count = nA;
      this.meanX = this.sufMx[i];
      this.meanY = this.sufMy[i];
      this.cxx = this.sufCxx[i];
      this.cxy = this.sufCxy[i];
      this.cyy = this.sufCyy[i];
      return;
    }
    const n = nA + nB;
    const dx = this.bMx - this.sufMx[i];
    const dy = this.bMy - this.sufMy[i];
    const f = (nA * nB) / n;
    this.count = n;
    this.meanX = this.sufMx[i] + (dx * nB) / n;
    this.meanY = this.sufMy[i] + (dy * nB) / n;
    this.cxx = this.sufCxx[i] + this.bCxx + dx * dx * f;
    this.cxy = this.sufCxy[i] + this.bCxy + dx * dy * f;
    this.cyy = this.sufCyy[i] + this.bCyy + dy * dy * f;
  }
}
