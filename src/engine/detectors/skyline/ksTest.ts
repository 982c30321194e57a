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
import { adfRefusesMaxLag, adfStationary } from '../../stats/adf';
import { ksStatisticSorted } from '../../stats/ksStatistic';
import { ORDER_STATISTICS } from '../../stats/orderStatistics';
import { SortedWindow } from '../../stats/sortedWindow';
import type { RollingAlgorithm, RollingState } from './rollingState';
import { type AlgorithmResult, type SkylineWindow, RAISES } from './window';

const { lowerBound, upperBound } = ORDER_STATISTICS;

const REFERENCE_START_MS = 3_600_000;
const PROBE_START_MS = 600_000;
const MIN_SAMPLE = 20;
const ADF_MAX_LAG = 10;

/** ADF on the reference, once D > 0.5: True iff stationary at 5 %; RAISES when statsmodels would. */
function referenceIsStationary(reference: Float64Array): AlgorithmResult {
  if (adfRefusesMaxLag(reference.length, ADF_MAX_LAG)) {
    return RAISES;
  }
  return adfStationary(reference, ADF_MAX_LAG, 0.05);
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
  const d = ksStatisticSorted(reference.slice().sort(), probe.slice().sort());
  return d > 0.5 ? referenceIsStationary(reference) : false;
}

/**
 * True iff some pooled value v has fl(#{a ≤ v}/na) − fl(#{b ≤ v}/nb) > 0.5, for ascending
 * a[as, as + na) and b[bs, bs + nb). Only v with F_a(v) > ½ and F_b(v) < ½ can qualify, i.e.
 * a[as + ⌊na/2⌋] ≤ v < b[bs + ⌈nb/2⌉ − 1]; usually none.
 */
function aboveHalf(a: Float64Array, as: number, na: number, b: Float64Array, bs: number, nb: number): boolean {
  const from = a[as + (na >>> 1)];
  const until = b[bs + Math.ceil(nb / 2) - 1];
  const gapAt = (v: number): boolean =>
    (upperBound(a, as, as + na, v) - as) / na - (upperBound(b, bs, bs + nb, v) - bs) / nb > 0.5;
  for (let i = as + (na >>> 1); i < as + na && a[i] < until; i++) {
    if (gapAt(a[i])) {
      return true;
    }
  }
  for (let j = lowerBound(b, bs, bs + nb, from); j < bs + nb && b[j] < until; j++) {
    if (gapAt(b[j])) {
      return true;
    }
  }
  return false;
}

/** Every-point form: R and P kept sorted (allocated on first need); D > 0.5 tested only between the medians. */
export class KsTestRolling implements RollingAlgorithm {
  private sorted: { reference: SortedWindow; probe: SortedWindow } | null = null;
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
    return shifted ? referenceIsStationary(s.values.slice(start, split)) : false;
  }
}
