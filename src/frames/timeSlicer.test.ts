import { SLICE_BUDGET_MS, nextTask, timeSlicer } from './timeSlicer';

describe('timeSlicer', () => {
  it('yields to other tasks once a slice has used its budget, and not before', async () => {
    const pause = timeSlicer(SLICE_BUDGET_MS);
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    await pause();
    expect(timerRan).toBe(false);
    const until = performance.now() + SLICE_BUDGET_MS + 1;
    while (performance.now() < until) {
      // busy: one slice's worth of work
    }
    await pause();
    expect(timerRan).toBe(true);
  });

  it('resolves every waiting caller of nextTask, in order', async () => {
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((i) => nextTask().then(() => order.push(i))));
    expect(order).toEqual([1, 2, 3]);
  });
});
