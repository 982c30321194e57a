/*
 * ks_test: has the last 10 minutes' distribution moved away from the 50 minutes before, while
 * those 50 minutes look stationary?
 * Rule: R = {xᵢ : now − 3600 ≤ tᵢ < now − 600}, P = {xᵢ : tᵢ ≥ now − 600}; False if |R| < 20 or
 * |P| < 20; else True iff the two-sample KS statistic D > 0.5 and the ADF test on R (maxlag 10,
 * constant, AIC) has p < 0.05. Skyline also asks ks_2samp's p < 0.05, which D > 0.5 implies for
 * |R|, |P| ≥ 20 (largest p ≈ 0.0082). statsmodels refuses maxlag 10 when |R| < 24: that raise
 * voids the whole ensemble. Depends on now.
 * Source: etsy/skyline src/analyzer/algorithms.py (ks_test) @ 22ae09da; scipy.stats.ks_2samp;
 * statsmodels.tsa.stattools.adfuller (0.13).
 */
import { ADF, adfStationary } from '../../stats/adf';
import { AdfRowSums } from '../../stats/adfRowSums';
import { ksStatisticSorted } from '../../stats/ksStatistic';
import { ORDER_STATISTICS } from '../../stats/orderStatistics';
import { SortedWindow } from '../../stats/sortedWindow';
import type { RollingAlgorithm, RollingState } from './rollingState';
import { type AlgorithmResult, type SkylineWindow, RAISES } from './window';

const { lowerBound } = ORDER_STATISTICS;
const { adfRefusesMaxLag: refusesMaxLag, adfStationarySliding } = ADF;

const REFERENCE_START_MS = 3_600_000;
const PROBE_START_MS = 600_000;
const MIN_SAMPLE = 20;
const ADF_MAX_LAG = 10;

/**
 * ADF on the reference values[start, end), once D > 0.5: True iff stationary at 5 %; RAISES when
 * statsmodels would. `sums`: the every-point form's row sums, slid from the last reference (null:
 * from scratch).
 */
function referenceIsStationary(
  values: Float64Array,
  start: number,
  end: number,
  sums: AdfRowSums | null
): AlgorithmResult {
  if (refusesMaxLag(end - start, ADF_MAX_LAG)) {
    return RAISES;
  }
  return sums === null
    ? adfStationary(values.subarray(start, end), ADF_MAX_LAG, 0.05)
    : adfStationarySliding(sums, values, start, end, 0.05);
}

/** The verdict for one window. Example: 300 points ~N(0, 1) at 10 s, then 61 points ~N(10, 1) → true. */
export function ksTest(w: SkylineWindow): AlgorithmResult {
  const t = w.timesMs;
  const start = lowerBound(t, 0, t.length, w.nowMs - REFERENCE_START_MS);
  const split = lowerBound(t, 0, t.length, w.nowMs - PROBE_START_MS);
  if (split - start < MIN_SAMPLE || t.length - split < MIN_SAMPLE) {
    return false;
  }
  const reference = w.values.slice(start, split);
  const probe = w.values.slice(split);
  const d = ksStatisticSorted(reference.sort(), probe.sort());
  return d > 0.5 ? referenceIsStationary(w.values, start, split, null) : false;
}

/**
 * True iff some pooled value v has fl(#{a ≤ v}/na) − fl(#{b ≤ v}/nb) > 0.5, for ascending
 * a[as, as + na) and b[bs, bs + nb). Only v with F_a(v) > ½ and F_b(v) < ½ can qualify, i.e.
 * a[as + ⌊na/2⌋] ≤ v < b[bs + ⌈nb/2⌉ − 1]; usually none. One merged walk over that range keeps
 * both counts (no search per candidate).
 */
function aboveHalf(a: Float64Array, as: number, na: number, b: Float64Array, bs: number, nb: number): boolean {
  const until = b[bs + Math.ceil(nb / 2) - 1];
  const [aEnd, bEnd] = [as + na, bs + nb];
  // Every a before i and b before j is ≤ the first candidate a[as + ⌊na/2⌋].
  let i = as + (na >>> 1);
  let j = lowerBound(b, bs, bEnd, a[i]);
  for (;;) {
    const v = Math.min(i < aEnd ? a[i] : Infinity, j < bEnd ? b[j] : Infinity);
    if (!(v < until)) {
      return false;
    }
    while (i < aEnd && a[i] <= v) {
      i++;
    }
    while (j < bEnd && b[j] <= v) {
      j++;
    }
    if ((i - as) / na - (j - bs) / nb > 0.5) {
      return true;
    }
  }
}

/**
 * Every-point form: R and P kept sorted (allocated on first need); D > 0.5 tested only between the
 * medians; the ADF's row sums slid from the last window that needed them.
 */
export class KsTestRolling implements RollingAlgorithm {
  private sorted: { reference: SortedWindow; probe: SortedWindow } | null = null;
  private adfSums: AdfRowSums | null = null;
  private start = 0;
  private split = 0;

  constructor(private readonly s: RollingState) {}

  evaluate(): AlgorithmResult {
    const s = this.s;
    const t = s.timesMs;
    let start = Math.max(this.start, s.lo);
    while (start < s.hi && t[start] < s.nowMs - REFERENCE_START_MS) {
      start++;
    }
    let split = Math.max(this.split, start);
    while (split < s.hi && t[split] < s.nowMs - PROBE_START_MS) {
      split++;
    }
    this.start = start;
    this.split = split;
    const nr = split - start;
    const np = s.hi - split;
    if (nr < MIN_SAMPLE || np < MIN_SAMPLE) {
      return false;
    }
    this.sorted ??= { reference: new SortedWindow(s.values), probe: new SortedWindow(s.values) };
    this.sorted.reference.sync(start, split);
    this.sorted.probe.sync(split, s.hi);
    const { sorted: r, start: rs } = this.sorted.reference;
    const { sorted: p, start: ps } = this.sorted.probe;
    const shifted = aboveHalf(r, rs, nr, p, ps, np) || aboveHalf(p, ps, np, r, rs, nr);
    if (!shifted) {
      return false;
    }
    this.adfSums ??= new AdfRowSums(ADF_MAX_LAG);
    return referenceIsStationary(s.values, start, split, this.adfSums);
  }
}
