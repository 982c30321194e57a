import { closedWindowBounds } from './windowing';

const times = (...minutes: number[]) => Float64Array.from(minutes, (m) => m * 60_000);

describe('closedWindowBounds', () => {
  it('cuts count windows of n points and leaves the incomplete last one open', () => {
    expect(Array.from(closedWindowBounds(times(0, 1, 2, 3, 4, 5, 6), { windowPoints: 3 }))).toEqual([0, 3, 6]);
    expect(Array.from(closedWindowBounds(times(0, 1, 2, 3, 4, 5), { windowPoints: 3 }))).toEqual([0, 3, 6]);
  });

  it('cuts time windows from the first timestamp, closing a window when a later point reaches its end', () => {
    const t = times(0, 1, 2, 5, 6, 7, 12);
    expect(Array.from(closedWindowBounds(t, { windowPoints: 1, windowMs: 5 * 60_000 }))).toEqual([0, 3, 6]);
  });

  it('skips empty time windows and keeps the last window open even when it looks full', () => {
    expect(Array.from(closedWindowBounds(times(0, 1, 30, 31), { windowPoints: 1, windowMs: 2 * 60_000 }))).toEqual([
      0, 2,
    ]);
    expect(Array.from(closedWindowBounds(times(0, 1, 2, 3), { windowPoints: 1, windowMs: 2 * 60_000 }))).toEqual([
      0, 2,
    ]);
  });

  it('gives no closed window for an empty or short series', () => {
    expect(Array.from(closedWindowBounds(times(), { windowPoints: 3 }))).toEqual([0]);
    expect(Array.from(closedWindowBounds(times(), { windowPoints: 3, windowMs: 1000 }))).toEqual([0]);
    expect(Array.from(closedWindowBounds(times(0, 1), { windowPoints: 3 }))).toEqual([0]);
  });
});
