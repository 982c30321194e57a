import type { Series } from '../types';
import { freezeCollection } from './collection';

const s = (name: string, values: number[]): Series => ({
  name,
  timesMs: Float64Array.from(values, (_, i) => i * 1000),
  values: Float64Array.from(values),
});

describe('freezeCollection', () => {
  it('copies the members\u2019 values so later changes to the live series do not leak in', () => {
    const live = s('cpu', [1, NaN, 3]);
    const saved = freezeCollection('incident', 'cpu spike at noon', [live]);
    live.values[0] = 99;
    expect(saved).toMatchObject({ name: 'incident', description: 'cpu spike at noon' });
    expect(Array.from(saved.members[0].values)).toEqual([1, NaN, 3]);
  });

  it('rejects an empty name and duplicate members, naming them', () => {
    expect(() => freezeCollection(' ', '', [])).toThrow(/name is empty/);
    expect(() => freezeCollection('x', '', [s('a', [1]), s('a', [2])])).toThrow(/'a' appears twice/);
  });
});
