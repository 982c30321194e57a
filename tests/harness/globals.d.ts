// What the browser host (tests/harness/host.ts) puts on `window` for the tests.
export {};

/** What the tests call on the built data source: its query() and its query-variable support. */
export interface KaleDataSourceHandle {
  query(request: unknown): unknown;
  variables?: { query(request: unknown): unknown };
}

declare global {
  interface Window {
    loadPluginModule(url: string): Promise<Record<string, unknown>>;
    /** The built data source module at `url`, over a child data source answering with `frames`. */
    kaleDataSourceOver(url: string, frames: unknown[]): Promise<KaleDataSourceHandle>;
    /** A dashboard's request for one Kale query (`query` overrides the target's fields) over a range. */
    kaleRequest(query: Record<string, unknown>, range: { fromMs: number; toMs: number; stepMs: number }): unknown;
    grafanaShared: Record<string, Record<string, unknown>>;
  }
}
