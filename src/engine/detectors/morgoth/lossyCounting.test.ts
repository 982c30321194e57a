import fc from 'fast-check';
import { LossyCounter } from './lossyCounting';

const same = (a: number, b: number) => a === b;

describe('LossyCounter', () => {
  it('counts every item exactly while nothing is pruned (lossy_counter_test.go)', () => {
    const lc = new LossyCounter(0.01, same);
    expect([1, 1, 2, 2, 1, 1].map((fp) => lc.count(fp))).toEqual([1, 1, 1 / 3, 2 / 4, 3 / 5, 4 / 6]);
  });

  it('drops fp1 after fp1 × 10 and fp2 × 90 with e = 0.10, so the next fp1 has support 1/101', () => {
    const lc = new LossyCounter(0.1, same);
    for (let i = 0; i < 10; i++) {
      expect(lc.count(1)).toBe(1);
    }
    for (let i = 0; i < 90; i++) {
      expect(lc.count(2)).toBe((i + 1) / (11 + i));
    }
    expect(lc.count(1)).toBe(1 / 101);
    expect(lc.uniqueFingerprints).toBe(2);
  });

  it('matches the first stored entry, not the best, and replaces it with the new fingerprint', () => {
    const near = (stored: number, fresh: number) => Math.abs(stored - fresh) <= 1;
    const lc = new LossyCounter(0.01, near);
    lc.count(10);
    lc.count(11.5);
    expect(lc.count(11)).toBe(2 / 3);
    expect(lc.storedEntries.map((e) => e.fingerprint)).toEqual([11, 11.5]);
    expect(lc.count(12)).toBe(3 / 4);
    expect(lc.storedEntries.map((e) => e.fingerprint)).toEqual([12, 11.5]);
  });

  it('prunes every ⌈1/e⌉ counts, keeping entries with count + delta > bucket', () => {
    const lc = new LossyCounter(0.25, same);
    [1, 1, 1, 2].forEach((fp) => lc.count(fp));
    expect(lc.storedEntries.map((e) => e.fingerprint)).toEqual([1]);
    lc.count(3);
    expect(lc.storedEntries).toEqual([
      { fingerprint: 1, count: 3, delta: 0 },
      { fingerprint: 3, count: 1, delta: 1 },
    ]);
  });

  it('keeps the Manku–Motwani guarantees on random streams', () => {
    const stream = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 600 });
    const tolerance = fc.constantFrom(0.01, 0.05, 0.1, 0.2);
    fc.assert(
      fc.property(stream, tolerance, (items, e) => {
        const lc = new LossyCounter(e, same);
        const truth = new Map<number, number>();
        const width = Math.ceil(1 / e);
        items.forEach((item, t) => {
          const support = lc.count(item);
          truth.set(item, (truth.get(item) ?? 0) + 1);
          const total = t + 1;
          const stored = new Map(lc.storedEntries.map((entry) => [entry.fingerprint, entry]));
          for (const [x, f] of truth) {
            const entry = stored.get(x);
            if (f > e * total) {
              expect(entry).toBeDefined();
            }
            if (entry !== undefined) {
              expect(entry.count).toBeLessThanOrEqual(f);
              expect(f - entry.count).toBeLessThanOrEqual(entry.delta);
              expect(entry.delta).toBeLessThanOrEqual(e * total);
            }
          }
          expect(support).toBeLessThanOrEqual(truth.get(item)! / total);
          const bucket = Math.ceil(total / width);
          let harmonic = 0;
          for (let i = 1; i <= bucket; i++) {
            harmonic += 1 / i;
          }
          expect(lc.uniqueFingerprints).toBeLessThanOrEqual(width * (harmonic + 1));
        });
      }),
      { numRuns: 60 }
    );
  });
});
