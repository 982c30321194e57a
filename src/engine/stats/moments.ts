/*
 * Mean and standard deviation of a Float64Array range in one Welford pass, skipping NaN.
 * Rule: mean = Σx/n; sample variance divides by n − 1, population variance by n.
 * Source: B. P. Welford, "Note on a method for calculating corrected sums of squares and
 * products", Technometrics 4(3), 1962.
 */

export interface Moments {
  /** Number of finite values seen. */
  count: number;
  mean: number;
  /** Sum of squared deviations from the mean (M2). */
  m2: number;
}

/** Moments of values[start, end), NaN skipped. An empty range gives count 0 and mean NaN. */
export function moments(values: Float64Array, start = 0, end = values.length): Moments {
  let count = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = start; i < end; i++) {
    const x = values[i];
    if (Number.isNaN(x)) {
      continue;
    }
    count++;
    const delta = x - mean;
    mean += delta / count;
    m2 += delta * (x - mean);
  }
  return { count, mean: count === 0 ? NaN : mean, m2 };
}

/** Sample standard deviation (ddof 1); NaN for fewer than two values. */
export function sampleStd(m: Moments): number {
  return m.count < 2 ? NaN : Math.sqrt(m.m2 / (m.count - 1));
}

/** Population standard deviation (ddof 0); NaN for an empty range. */
export function populationStd(m: Moments): number {
  return m.count === 0 ? NaN : Math.sqrt(m.m2 / m.count);
}
