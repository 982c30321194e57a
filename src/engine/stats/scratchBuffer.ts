/*
 * A reusable Float64Array for synchronous, non-reentrant kernels, so a call allocates nothing.
 * Rule: `take(n)` returns a view of n values over a buffer that only grows (doubling); the view's
 * contents are garbage until written and are overwritten by the next `take` on the same buffer.
 * Source: the work-buffer convention of UCR Suite (buffers allocated once per query).
 */

export class ScratchBuffer {
  private buffer = new Float64Array(256);

  /** A view of length n (contents undefined). */
  take(n: number): Float64Array {
    if (this.buffer.length < n) {
      this.buffer = new Float64Array(Math.max(n, 2 * this.buffer.length));
    }
    return this.buffer.subarray(0, n);
  }
}
