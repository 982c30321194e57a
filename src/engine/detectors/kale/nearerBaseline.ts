/*
 * Nearer baseline: of two references for a point, the one that lies nearer its value, so a change
 * counts as seasonal-anomalous only if it departs from both: from the recent days (the daily
 * baseline) and from the same time in the previous weeks (the weekly baseline).
 * Rule: with d = daily[k] and w = weekly[k] (either NaN when missing), b[k] = w if
 * |xs[k] − w| < |xs[k] − d| or d is NaN, else d (NaN when both are NaN). A weekend after five
 * working days (or a Monday after a weekend) matches the same day of earlier weeks, and a normal day after
 * an anomalous one matches the recent days, so neither the week nor an echo raises an alarm.
 * Source: the same-time-last-week comparison of capacity dashboards (Graphite's timeShift('7d'),
 * Holt–Winters with a weekly season); the nearer of two references is the rule "alarm only when
 * every baseline is violated".
 * Deviation: none in the rule; kale passes two medians of three periods (seasonalBaseline.ts) as
 * the references, so one anomalous day or week moves neither.
 */

/** The nearer of daily[k] and weekly[k] to xs[k], over those present; see the header. */
export function nearerBaseline(xs: Float64Array, daily: Float64Array, weekly: Float64Array): Float64Array {
  const out = new Float64Array(xs.length);
  for (let k = 0; k < xs.length; k++) {
    const d = daily[k];
    const w = weekly[k];
    out[k] = Number.isNaN(d) || Math.abs(xs[k] - w) < Math.abs(xs[k] - d) ? w : d;
  }
  return out;
}
