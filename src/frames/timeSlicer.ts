/*
 * Cooperative time slicing for main-thread conversions: call the returned `pause()` between
 * items; it yields to the event loop once the current slice has run `budgetMs`, so converting
 * hundreds of frames never blocks the page for longer than about one slice.
 */
export const SLICE_BUDGET_MS = 16;

export function timeSlicer(budgetMs = SLICE_BUDGET_MS): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < budgetMs) {
      return;
    }
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    sliceStart = performance.now();
  };
}
