// What the browser host (tests/harness/host.ts) puts on `window` for the tests.
export {};

declare global {
  interface Window {
    loadPluginModule(url: string): Promise<Record<string, unknown>>;
    /** The built data source module at `url`, over a child data source answering with `frames`. */
    kaleDataSourceOver(url: string, frames: unknown[]): Promise<{ query: (request: unknown) => unknown }>;
    grafanaShared: Record<string, Record<string, unknown>>;
  }
}
