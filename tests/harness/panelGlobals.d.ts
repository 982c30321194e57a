// What tests/harness/panelRig.ts puts on `window` for the panel tests and benchmark.
import type { KaleRig } from './panelRig';

declare global {
  interface Window {
    kaleRig: KaleRig;
  }
}
