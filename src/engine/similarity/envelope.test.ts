import fc from 'fast-check';

import { envelopeInto, envelopeWork } from './envelope';

describe('envelopeInto (Lemire)', () => {
  it('equals the windowed max/min for any radius', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 70 }),
        (xs, r) => {
          const n = xs.length;
          const U = new Float64Array(n);
          const L = new Float64Array(n);
          envelopeInto(Float64Array.from(xs), 0, n, r, U, L, envelopeWork(n));
          for (let i = 0; i < n; i++) {
            const win = xs.slice(Math.max(0, i - r), Math.min(n, i + r + 1));
            // == on numbers, not Object.is: with 0 and −0 in a window, either is its max (and min).
            expect(U[i] === Math.max(...win)).toBe(true);
            expect(L[i] === Math.min(...win)).toBe(true);
          }
        }
      )
    );
  });

  it('reads a row at an offset of a Float32Array', () => {
    const x = Float32Array.of(9, 9, 1, 5, 2, 9);
    const U = new Float64Array(3);
    const L = new Float64Array(3);
    envelopeInto(x, 2, 3, 1, U, L, envelopeWork(3));
    expect(Array.from(U)).toEqual([5, 5, 5]);
    expect(Array.from(L)).toEqual([1, 1, 2]);
  });
});
