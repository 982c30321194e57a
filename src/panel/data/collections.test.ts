import { engineCollections, storeCollection, withCollection } from './collections';
import type { PanelSeries } from './panelSeries';

const s = (name: string, values: number[]): PanelSeries => ({
  name,
  labels: {},
  timesMs: Float64Array.from(values, (_, i) => i),
  values: Float64Array.from(values),
});

describe('collections', () => {
  it('stores the target first and its correlated set, as JSON-safe values', () => {
    const stored = storeCollection('  incident ', ' why ', s('t', [1, NaN]), [s('a', [2, 3]), s('t', [1, NaN])], 42);
    expect(stored).toEqual({
      name: 'incident',
      description: 'why',
      target: 't',
      savedAtMs: 42,
      members: [
        { name: 't', values: [1, null] },
        { name: 'a', values: [2, 3] },
      ],
    });
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored);
  });

  it('round-trips to the engine with NaN for missing', () => {
    const [c] = engineCollections([storeCollection('x', '', s('t', [1, NaN]), [], 0)]);
    expect(c.name).toBe('x');
    expect(Array.from(c.members[0].values)).toEqual([1, NaN]);
  });

  it('replaces a collection of the same name and keeps the others', () => {
    const a = storeCollection('a', '', s('t', [1]), [], 0);
    const b = storeCollection('b', '', s('t', [1]), [], 0);
    const a2 = storeCollection('a', 'new', s('t', [2]), [], 1);
    expect(withCollection([a, b], a2).map((c) => [c.name, c.description])).toEqual([
      ['b', ''],
      ['a', 'new'],
    ]);
  });

  it('refuses an empty name', () => {
    expect(() => storeCollection('  ', '', s('t', [1]), [], 0)).toThrow(/name is empty/);
  });
});
