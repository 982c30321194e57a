/*
 * Grafana's display name for a Prometheus series without a legend format: `metric{k="v", …}`
 * with the labels other than __name__ sorted by key. Pure (no @grafana imports), so both the
 * frame conversion (childFrames.ts) and the node-only integration tests use it.
 */
export function promSeriesName(metric: Record<string, string>): string {
  const labels = Object.keys(metric)
    .filter((k) => k !== '__name__')
    .sort()
    .map((k) => `${k}="${metric[k]}"`)
    .join(', ');
  return `${metric.__name__ ?? ''}{${labels}}`;
}
