/*
 * Whether two time columns hold the same timestamps, point for point (the same array trivially
 * does). Lets callers skip re-aligning series that already share one grid.
 */
export function sameTimes(a: Float64Array, b: Float64Array): boolean {
  if (a === b) {
    return true;
  }
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}
