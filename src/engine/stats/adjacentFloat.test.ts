import fc from 'fast-check';
import { nextDown, nextUp } from './adjacentFloat';

describe('nextUp / nextDown', () => {
  it('step one unit in the last place, across exponent boundaries and subnormals', () => {
    expect(nextUp(1)).toBe(1 + 2 ** -52);
    expect(nextDown(1)).toBe(1 - 2 ** -53);
    expect(nextUp(0)).toBe(Number.MIN_VALUE);
    expect(nextDown(Number.MIN_VALUE)).toBe(0);
    expect(nextUp(2 ** -1022 - Number.MIN_VALUE)).toBe(2 ** -1022);
    expect(nextUp(Number.MAX_VALUE)).toBe(Infinity);
    expect(nextDown(Infinity)).toBe(Number.MAX_VALUE);
    expect(nextDown(2 ** 32)).toBe(2 ** 32 - 2 ** -21);
  });

  it('gives neighbours: nothing lies strictly between x and nextUp(x), and they invert each other', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), (x) => {
        const up = nextUp(x);
        const mid = x / 2 + up / 2;
        return up > x && (mid === x || mid === up) && nextDown(up) === x;
      })
    );
  });
});
