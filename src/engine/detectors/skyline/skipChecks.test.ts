import { SKYLINE_DEFAULTS } from './options';
import { BoredomTracker, skipStatus } from './skipChecks';

const o = SKYLINE_DEFAULTS;
const times = (n: number) => Float64Array.from({ length: n }, (_, i) => i * 60_000);

describe('skipStatus', () => {
  it('is TooShort for an empty window or fewer than MIN_TOLERABLE_LENGTH points', () => {
    expect(skipStatus(times(0), new Float64Array(0), 0, 0, 0, o)).toBe('TooShort');
    expect(skipStatus(times(3), Float64Array.from([1, 2, 3]), 0, 3, 120_000, { ...o, minTolerableLength: 4 })).toBe(
      'TooShort'
    );
  });

  it('is Stale only when now − last > 500 s (strict)', () => {
    const v = Float64Array.from([1, 2, 3]);
    expect(skipStatus(times(3), v, 0, 3, 120_000 + 500_000, o)).toBeNull();
    expect(skipStatus(times(3), v, 0, 3, 120_000 + 500_001, o)).toBe('Stale');
  });

  it('is Boring when the last 100 values hold exactly BOREDOM_SET_SIZE values (==, not ≤)', () => {
    const v = Float64Array.from([1, ...new Array(100).fill(7)]);
    expect(skipStatus(times(101), v, 0, 101, 6_000_000, o)).toBe('Boring');
    expect(skipStatus(times(101), v, 0, 101, 6_000_000, { ...o, boredomSetSize: 2 })).toBeNull();
    const two = Float64Array.from([0, -0, 0, 1]);
    expect(skipStatus(times(4), two, 0, 4, 180_000, { ...o, boredomSetSize: 2 })).toBe('Boring');
  });

  it('counts every NaN as its own value', () => {
    const v = Float64Array.from([NaN, NaN]);
    expect(skipStatus(times(2), v, 0, 2, 60_000, o)).toBeNull();
    expect(skipStatus(times(2), v, 0, 2, 60_000, { ...o, boredomSetSize: 2 })).toBe('Boring');
  });
});

describe('BoredomTracker', () => {
  it('agrees with skipStatus at every point, for set sizes 1 and 3', () => {
    const values = Float64Array.from([1, 1, 2, 2, 2, 3, NaN, 3, 3, 3, 3, 4, 4, 4, 4, 4]);
    for (const boredomSetSize of [1, 3]) {
      const options = { ...o, maxTolerableBoredom: 4, boredomSetSize };
      const tracker = new BoredomTracker(values, options);
      for (let i = 0; i < values.length; i++) {
        const start = Math.max(0, i - 5);
        const want = skipStatus(times(values.length), values, start, i + 1, i * 60_000, options) === 'Boring';
        expect([i, tracker.isBoring(i, start)]).toEqual([i, want]);
      }
    }
  });
});
