/*
 * Cooperative time slicing for main-thread conversions: call the returned `pause()` between
 * items; it yields to the event loop once the current slice has run `budgetMs`, so converting
 * hundreds of frames never blocks the page for longer than about one slice. The budget leaves
 * room under the 50 ms long-task line for a garbage collection or a busy machine stretching a
 * slice. Yields go through a MessageChannel where there is one: nested setTimeout(0) calls are
 * clamped to 4 ms each, which would add half again to every 8 ms slice. The worker's engine
 * yields between its slices the same way.
 */
export const SLICE_BUDGET_MS = 8;

/** Resolves in a later task: whatever the current task still had to do has ended by then. */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') {
    return new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  const { port1, port2 } = new MessageChannel();
  return new Promise<void>((resolve) => {
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(undefined);
  });
}

export function timeSlicer(budgetMs = SLICE_BUDGET_MS): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < budgetMs) {
      return;
    }
    await nextTask();
    sliceStart = performance.now();
  };
}
