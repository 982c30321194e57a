/*
 * Test helper: the engine's detect module with a busy delay before each series, so a job is slow
 * enough to report progress or be cancelled between slices. Use it from a jest.mock factory:
 *   jest.mock('../engine/detect', () => jest.requireActual('../worker/slowDetectMock').slowDetectModule());
 * and set `detectDelay.ms` in the test (0 by default).
 */
import type * as DetectModule from '../engine/detect';

export const detectDelay = { ms: 0 };

export function slowDetectModule(): typeof DetectModule {
  const actual: typeof DetectModule = jest.requireActual('../engine/detect');
  return {
    ...actual,
    detect: jest.fn((...args: Parameters<typeof DetectModule.detect>) => {
      const until = performance.now() + detectDelay.ms;
      while (performance.now() < until) {
        // busy: the engine's own work is synchronous too
      }
      return actual.detect(...args);
    }),
  };
}
