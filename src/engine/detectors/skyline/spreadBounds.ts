/*
 * Intervals certain to hold the two-pass spreads of windowStats.ts (passes C and D), computed from
 * windowSums.ts's one-pass sums, so least_squares and mean_subtraction_cumulation can decide most
 * windows without those two passes and give exactly the verdict the two-pass spread gives.
 * Rule (residuals): Σ(r − r̄)² = Σd² − 2βΣcd + β²Σc² − n·r̄² with d = x − x̄, c = t − t̄ and β the
 * rounded slope; as β·Σc² = Σcd up to one rounding this is m2 − β·cty. (head): Σ(e − ē)² =
 * Σe² − m·ē² for the head's m = n − 1 deviations e = x − h. The error bound is the textbook one of
 * recursive summation, (m + 2)·u relative per sum of same-signed terms, summed over every rounded
 * step and the rounded means, times a safety factor of 64; the residuals' mean, zero up to
 * rounding, adds (Σr)²/n with |Σr| ≤ n²·u·(max|x| + |β|·max t) + u·(√(n·m2) + |β|·√(n·Ctt)).
 * Magnitudes outside [2⁻⁹⁰⁰, 2⁹⁰⁰] (underflow or overflow could break the relative bounds) give an
 * unbounded interval.
 * Source: N. J. Higham, Accuracy and Stability of Numerical Algorithms (2nd ed., 2002), §4.2
 * (summation) and §1.9 (two-pass variance); the filter idea of J. R. Shewchuk, DCG 18 (1997).
 */
import type { WindowSums } from './windowSums';

const UNIT_ROUNDOFF = 2 ** -53;
const SAFETY = 64;
const SMALLEST = 2 ** -900;
const LARGEST = 2 ** 900;

export interface SpreadRange {
  readonly lo: number;
  readonly hi: number;
}

const UNBOUNDED: SpreadRange = { lo: -Infinity, hi: Infinity };

/** [q − 2e, q + 2e] for an estimate q with error bound e at scale `scale`, or unbounded. */
function range(q: number, e: number, scale: number): SpreadRange {
  return scale > SMALLEST && scale < LARGEST && e < LARGEST ? { lo: q - 2 * e, hi: q + 2 * e } : UNBOUNDED;
}

/** An interval holding the residuals' Σ(r − r̄)² (windowStats' pass D), n ≥ 3 points. */
export function residualSpreadRange(s: WindowSums): SpreadRange {
  const n = s.moments.count;
  const { m2 } = s.moments;
  const { ctt, cty, slope, maxT } = s;
  const beta = Math.abs(slope);
  const scale = m2 + beta * beta * ctt + Math.abs(slope * cty);
  const maxAbs = Math.max(Math.abs(s.min), Math.abs(s.max));
  const offset =
    n * n * UNIT_ROUNDOFF * (maxAbs + beta * maxT) + UNIT_ROUNDOFF * (Math.sqrt(n * m2) + beta * Math.sqrt(n * ctt));
  const e = SAFETY * ((n + 4) * UNIT_ROUNDOFF * scale + (4 * offset * offset) / n);
  return range(m2 - slope * cty, e, scale);
}

/** An interval holding the head's Σ(e − ē)² (windowStats' pass C), n ≥ 3 points. */
export function headSpreadRange(s: WindowSums): SpreadRange {
  const m = s.moments.count - 1;
  const { headSquares: squares, headShiftedMean: shift } = s;
  const scale = squares + m * shift * shift + Math.abs(shift) * Math.sqrt(m * squares);
  const e = SAFETY * (m + 4) * UNIT_ROUNDOFF * scale;
  return range(squares - m * shift * shift, e, scale);
}
