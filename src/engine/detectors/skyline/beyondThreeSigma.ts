/*
 * The shared decision of the three Skyline algorithms that ask "is x more than three sample
 * standard deviations from the mean?" over running moments (stddev_from_average,
 * first_hour_average, mean_subtraction_cumulation), and their μ ± 3·s₁ band.
 * Rule: |x − μ| > 3·s₁ with s₁ = √(cyy / (n − 1)); fewer than two points give False. The verdict
 * is returned only when it clears the rounding bound; null means too close to call, and the
 * caller re-runs its plain form (Etsy's exact arithmetic).
 * Source: etsy/skyline src/analyzer/algorithms.py @ 22ae09da; the bound from rollingState.ts.
 */
import { type Band, ROUNDING, type RollingState } from './rollingState';

const { clearSign, m2Error, meanError, sqrtError, UNIT_ROUNDOFF } = ROUNDING;

export interface RunningMoments {
  readonly count: number;
  readonly meanY: number;
  readonly cyy: number;
}

/**
 * Writes μ ± 3·s₁ into `band` ([upper, lower]) and decides |x − μ| > 3·s₁. `meanTerms` counts the mean-sized
 * quantities in x − μ whose rounding adds up (1 when x is a plain value or average, 2 when x is
 * itself a difference from a mean).
 */
export function beyondThreeSigma(
  m: RunningMoments,
  x: number,
  s: RollingState,
  band: Band,
  meanTerms: number
): boolean | null {
  const { count: n, meanY: mean, cyy } = m;
  if (n < 2) {
    band[0] = band[1] = NaN;
    return false;
  }
  const sd = Math.sqrt(cyy / (n - 1));
  band[0] = mean + 3 * sd;
  band[1] = mean - 3 * sd;
  const gap = Math.abs(x - mean);
  const sdError = sqrtError(cyy / (n - 1), m2Error(n, cyy, s.range, s.maxAbs) / (n - 1));
  const tol = 2 * (meanTerms * meanError(n, s.maxAbs) + 3 * sdError) + 8 * UNIT_ROUNDOFF * (gap + 3 * sd);
  return clearSign(gap - 3 * sd, tol);
}

/** Bound once for per-point callers (imported bindings are getters under CommonJS interop). */
export const THREE_SIGMA = { beyondThreeSigma } as const;
