import fc from 'fast-check';

import { bandedDtw, dtwWork } from './bandedDtw';
import { envelopeInto, envelopeWork } from './envelope';
import { lbImproved } from './lbImproved';
import { lbKeogh, orderByMagnitude } from './lbKeogh';
import { lbKim } from './lbKim';
import { lbPaa, segmentEnvelope, segmentMeansInto, segmentCount } from './lbPaa';

/** Full-matrix banded DTW, squared cost: the textbook recurrence, no tricks. */
function naiveDtw(a: number[], b: number[], r: number): number {
  const n = a.length;
  const D = Array.from({ length: n }, () => new Array<number>(n).fill(Infinity));
  for (let i = 0; i < n; i++) {
    for (let j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) {
      const c = (a[i] - b[j]) ** 2;
      if (i === 0 && j === 0) {
        D[i][j] = c;
      } else {
        const up = i > 0 ? D[i - 1][j] : Infinity;
        const left = j > 0 ? D[i][j - 1] : Infinity;
        const diag = i > 0 && j > 0 ? D[i - 1][j - 1] : Infinity;
        D[i][j] = c + Math.min(up, left, diag);
      }
    }
  }
  return D[n - 1][n - 1];
}

const pair = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
      fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
      fc.integer({ min: 0, max: n + 2 })
    )
  );

function lowerBounds(a: number[], b: number[], r: number) {
  const n = a.length;
  const q = Float64Array.from(a);
  const c = Float64Array.from(b);
  const U = new Float64Array(n);
  const L = new Float64Array(n);
  envelopeInto(q, 0, n, r, U, L, envelopeWork(n));
  const cu = new Float64Array(n);
  const cl = new Float64Array(n);
  envelopeInto(c, 0, n, r, cu, cl, envelopeWork(n));
  const order = orderByMagnitude(q);
  const width = 3;
  const paa = new Float64Array(segmentCount(n, width));
  segmentMeansInto(c, 0, n, width, paa, 0);
  const seg = segmentEnvelope(U, L, width);
  const eq = lbKeogh(order, c, 0, U, L, Infinity, null);
  const improvedWork = { projection: new Float64Array(n), envelope: envelopeWork(n) };
  return {
    improved: lbImproved(q, U, L, c, 0, n, r, eq, Infinity, improvedWork),
    kim: lbKim(q, c, 0, n, Infinity),
    eq: lbKeogh(order, c, 0, U, L, Infinity, null),
    ec: lbKeogh(order, q, 0, cu, cl, Infinity, null),
    paa: lbPaa(paa, 0, n, width, seg.upper, seg.lower, Infinity),
  };
}

describe('bandedDtw', () => {
  it('equals the full-matrix recurrence for any band', () => {
    fc.assert(
      fc.property(pair, ([a, b, r]) => {
        const got = bandedDtw(Float64Array.from(a), Float64Array.from(b), 0, a.length, r, null, Infinity, dtwWork(r));
        const want = naiveDtw(a, b, Math.min(r, a.length - 1));
        expect(got).toBeCloseTo(want, 9);
      })
    );
  });

  it('returns the exact cost below bsf and a value ≥ bsf when it abandons', () => {
    fc.assert(
      fc.property(pair, fc.double({ min: 0, max: 200, noNaN: true }), ([a, b, r], bsf) => {
        const n = a.length;
        const exact = naiveDtw(a, b, Math.min(r, n - 1));
        const q = Float64Array.from(a);
        const c = Float64Array.from(b);
        const U = new Float64Array(n);
        const L = new Float64Array(n);
        envelopeInto(q, 0, n, r, U, L, envelopeWork(n));
        const terms = new Float64Array(n);
        lbKeogh(orderByMagnitude(q), c, 0, U, L, Infinity, terms);
        const cb = new Float64Array(n + 1);
        for (let i = n - 1; i >= 0; i--) {
          cb[i] = cb[i + 1] + terms[i];
        }
        const got = bandedDtw(q, c, 0, n, r, cb, bsf, dtwWork(r));
        if (exact < bsf) {
          expect(got).toBeCloseTo(exact, 9);
        } else {
          expect(got).toBeGreaterThanOrEqual(bsf * (1 - 1e-12));
        }
      }),
      { numRuns: 1000 }
    );
  });

  it('is 0 for identical series and handles one point', () => {
    const x = Float64Array.of(1, 2, 3);
    expect(bandedDtw(x, x, 0, 3, 1, null, Infinity, dtwWork(1))).toBe(0);
    expect(bandedDtw(Float64Array.of(2), Float64Array.of(5), 0, 1, 3, null, Infinity, dtwWork(3))).toBe(9);
  });

  it('absorbs a shift within the band but not beyond it', () => {
    const a = Float64Array.from({ length: 30 }, (_, i) => (i === 10 ? 1 : 0));
    const b = Float64Array.from({ length: 30 }, (_, i) => (i === 13 ? 1 : 0));
    expect(bandedDtw(a, b, 0, 30, 3, null, Infinity, dtwWork(3))).toBe(0);
    expect(bandedDtw(a, b, 0, 30, 2, null, Infinity, dtwWork(2))).toBeGreaterThan(0);
  });
});

describe('lower bounds (LB_KimFL, LB_Keogh EQ and EC, LB_PAA, LB_Improved)', () => {
  it('never exceed the true banded DTW cost', () => {
    fc.assert(
      fc.property(pair, ([a, b, r]) => {
        const exact = naiveDtw(a, b, Math.min(r, a.length - 1));
        const lb = lowerBounds(a, b, r);
        const slack = 1e-9 * (1 + exact);
        expect(lb.kim).toBeLessThanOrEqual(exact + slack);
        expect(lb.eq).toBeLessThanOrEqual(exact + slack);
        expect(lb.ec).toBeLessThanOrEqual(exact + slack);
        expect(lb.paa).toBeLessThanOrEqual(lb.eq + slack);
        expect(lb.improved).toBeLessThanOrEqual(exact + slack);
        expect(lb.improved).toBeGreaterThanOrEqual(lb.eq - slack);
      }),
      { numRuns: 300 }
    );
  });

  it('LB_Keogh is exactly the point-to-envelope sum and abandons at bsf', () => {
    const c = Float64Array.of(3, 0, -3);
    const U = Float64Array.of(1, 1, 1);
    const L = Float64Array.of(-1, -1, -1);
    const order = Int32Array.of(0, 1, 2);
    expect(lbKeogh(order, c, 0, U, L, Infinity, null)).toBe(8);
    expect(lbKeogh(order, c, 0, U, L, 4, null)).toBe(4);
  });
});
