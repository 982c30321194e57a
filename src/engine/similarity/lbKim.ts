/*
 * LB_KimFL: an O(1) lower bound of the DTW cost (squared local costs) from the first and last points.
 * Rule: every warping path visits (0,0), (n−1,n−1), one cell with max(i,j) = 1 and one with
 * max(i,j) = 2 at each end; the sum of the cheapest cell of each such disjoint set bounds DTW.
 * Levels are added only while the front and back sets stay disjoint (n ≥ 4, n ≥ 6).
 * Source: UCR Suite `lb_kim_hierarchy` (Rakthanmanon et al., KDD 2012, §4.2.1).
 */
import type { CorpusValues } from './types';

/** LB_KimFL of query q against c[off, off + n); stops adding levels once the bound reaches bsf. */
export function lbKim(q: Float64Array, c: CorpusValues, off: number, n: number, bsf: number): number {
  const last = n - 1;
  const d00 = sq(q[0] - c[off]);
  if (n === 1) {
    return d00;
  }
  let lb = d00 + sq(q[last] - c[off + last]);
  if (lb >= bsf || n < 4) {
    return lb;
  }
  lb += Math.min(sq(q[0] - c[off + 1]), sq(q[1] - c[off]), sq(q[1] - c[off + 1]));
  if (lb >= bsf) {
    return lb;
  }
  lb += Math.min(sq(q[last] - c[off + last - 1]), sq(q[last - 1] - c[off + last]), sq(q[last - 1] - c[off + last - 1]));
  if (lb >= bsf || n < 6) {
    return lb;
  }
  lb += Math.min(
    sq(q[0] - c[off + 2]),
    sq(q[1] - c[off + 2]),
    sq(q[2] - c[off + 2]),
    sq(q[2] - c[off + 1]),
    sq(q[2] - c[off])
  );
  if (lb >= bsf) {
    return lb;
  }
  return (
    lb +
    Math.min(
      sq(q[last] - c[off + last - 2]),
      sq(q[last - 1] - c[off + last - 2]),
      sq(q[last - 2] - c[off + last - 2]),
      sq(q[last - 2] - c[off + last - 1]),
      sq(q[last - 2] - c[off + last])
    )
  );
}

function sq(x: number): number {
  return x * x;
}
