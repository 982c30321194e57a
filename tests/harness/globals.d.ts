// What the browser host (tests/harness/host.ts) puts on `window` for the tests.
export {};

declare global {
  interface Window {
    loadPluginModule(url: string): Promise<Record<string, unknown>>;
    grafanaShared: Record<string, Record<string, unknown>>;
  }
}
