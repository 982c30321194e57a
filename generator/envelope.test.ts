import fc from 'fast-check';
import { envelopeAt, envelopeIntegral, rampAt, rampIntegral, type Envelope } from './envelope';

function numericIntegral(f: (t: number) => number, from: number, to: number, steps = 20000): number {
  const h = (to - from) / steps;
  let s = 0;
  for (let i = 0; i < steps; i++) {
    s += f(from + (i + 0.5) * h) * h;
  }
  return s;
}

const envelopes = fc.record({
  startSec: fc.integer({ min: -1000, max: 1000 }),
  riseSec: fc.integer({ min: 1, max: 300 }),
  holdSec: fc.integer({ min: 0, max: 600 }),
  fallSec: fc.integer({ min: 1, max: 300 }),
});

describe('envelope', () => {
  it('is 0 before the start, 1 during the hold, 0 after the fall, within [0, 1] everywhere', () => {
    fc.assert(
      fc.property(envelopes, fc.double({ min: -3000, max: 3000, noNaN: true }), (e: Envelope, t) => {
        const v = envelopeAt(e, t);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        expect(envelopeAt(e, e.startSec - 1)).toBe(0);
        expect(envelopeAt(e, e.startSec + e.riseSec + e.holdSec / 2)).toBe(1);
        expect(envelopeAt(e, e.startSec + e.riseSec + e.holdSec + e.fallSec + 1)).toBe(0);
      })
    );
  });

  it('has a running integral equal to numeric integration of the envelope', () => {
    fc.assert(
      fc.property(envelopes, fc.integer({ min: -1500, max: 2500 }), (e: Envelope, t) => {
        const numeric = numericIntegral((u) => envelopeAt(e, u), e.startSec - 10, t);
        expect(envelopeIntegral(e, t)).toBeCloseTo(Math.max(0, numeric), 1);
      }),
      { numRuns: 50 }
    );
  });

  it('integrates a never-ending hold (level shift) linearly', () => {
    const e = { startSec: 0, riseSec: 100, holdSec: Infinity, fallSec: 0 };
    expect(envelopeAt(e, 1e9)).toBe(1);
    expect(envelopeIntegral(e, 1100)).toBe(50 + 1000);
  });
});

describe('ramp', () => {
  it('grows one per second until the restart, and its integral matches', () => {
    expect(rampAt(100, 200, 150)).toBe(50);
    expect(rampAt(100, 200, 200)).toBe(0);
    expect(rampAt(100, 200, 50)).toBe(0);
    expect(rampIntegral(100, 200, 150)).toBe(1250);
    expect(rampIntegral(100, 200, 500)).toBe(5000);
    expect(rampIntegral(100, 200, 0)).toBe(0);
  });
});
