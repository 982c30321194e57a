import { ScratchBuffer } from './scratchBuffer';

describe('ScratchBuffer', () => {
  it('returns views of the requested length that share one growing buffer', () => {
    const s = new ScratchBuffer();
    const a = s.take(10);
    a[0] = 7;
    expect(a).toHaveLength(10);
    expect(s.take(5)[0]).toBe(7);
    const big = s.take(10_000);
    expect(big).toHaveLength(10_000);
    expect(s.take(0)).toHaveLength(0);
  });
});
