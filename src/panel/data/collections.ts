/*
 * Collections between the panel's options (JSON: null for a missing value) and the engine
 * (frozen Float64Array values, NaN for missing). Saving replaces a collection of the same name.
 */
import { freezeCollection, type Collection } from '../../engine/similarity';
import type { StoredCollection } from '../types';
import type { PanelSeries } from './panelSeries';

export function storeCollection(
  name: string,
  description: string,
  target: PanelSeries,
  correlated: readonly PanelSeries[],
  nowMs: number
): StoredCollection {
  const members = [target, ...correlated.filter((s) => s.name !== target.name)];
  const frozen = freezeCollection(name.trim(), description.trim(), members);
  return {
    name: frozen.name,
    description: frozen.description,
    target: target.name,
    savedAtMs: nowMs,
    members: frozen.members.map((m) => ({
      name: m.name,
      values: Array.from(m.values, (v) => (Number.isNaN(v) ? null : v)),
    })),
  };
}

export function withCollection(stored: readonly StoredCollection[], added: StoredCollection): StoredCollection[] {
  return [...stored.filter((c) => c.name !== added.name), added];
}

export function engineCollections(stored: readonly StoredCollection[]): Collection[] {
  return stored.map((c) => ({
    name: c.name,
    description: c.description,
    members: c.members.map((m) => ({
      name: m.name,
      values: Float64Array.from(m.values, (v) => (typeof v === 'number' ? v : NaN)),
    })),
  }));
}
