import fc from 'fast-check';

import { TopK } from './topK';

describe('TopK', () => {
  it('keeps exactly the k smallest keys, sorted, ties by id', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: 1, max: 12 }), (keys, k) => {
        const heap = new TopK(k);
        keys.forEach((key, id) => heap.offer(key, id, -id));
        const want = keys
          .map((key, id) => ({ key, id }))
          .sort((a, b) => a.key - b.key || a.id - b.id)
          .slice(0, k)
          .map((e) => e.key);
        expect(heap.sorted().map((e) => e.key)).toEqual(want);
        heap.sorted().forEach((e) => expect(e.tag).toBe(-e.id));
      })
    );
  });

  it('reports Infinity as the worst key until full, and never admits NaN', () => {
    const heap = new TopK(2);
    expect(heap.worst()).toBe(Infinity);
    expect(heap.offer(NaN, 0, 0)).toBe(false);
    heap.offer(3, 1, 0);
    heap.offer(1, 2, 0);
    expect(heap.worst()).toBe(3);
    expect(heap.offer(5, 3, 0)).toBe(false);
  });
});
