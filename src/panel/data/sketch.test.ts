import fc from 'fast-check';

import { sketchValues } from './sketch';

describe('sketchValues', () => {
  it('flips screen y and samples evenly in x', () => {
    expect(
      sketchValues(
        [
          { x: 0, y: 100 },
          { x: 10, y: 0 },
        ],
        3
      )
    ).toEqual([-100, -50, -0]);
  });

  it('sorts a stroke that goes backwards', () => {
    expect(
      sketchValues(
        [
          { x: 10, y: 0 },
          { x: 0, y: 10 },
        ],
        2
      )
    ).toEqual([-10, -0]);
  });

  it('gives no sketch for fewer than two distinct x positions or non-finite points', () => {
    expect(sketchValues([])).toBeUndefined();
    expect(sketchValues([{ x: 5, y: 1 }])).toBeUndefined();
    expect(
      sketchValues([
        { x: 5, y: 1 },
        { x: 5, y: 9 },
      ])
    ).toBeUndefined();
    expect(
      sketchValues([
        { x: 0, y: 1 },
        { x: NaN, y: 2 },
        { x: Infinity, y: 3 },
      ])
    ).toBeUndefined();
  });

  it('always returns the asked number of finite values within the drawn range', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: 0, max: 1000, noNaN: true }),
            y: fc.double({ min: -500, max: 500, noNaN: true }),
          }),
          { minLength: 2 }
        ),
        (stroke) => {
          const out = sketchValues(stroke, 16);
          if (out === undefined) {
            return new Set(stroke.map((p) => p.x)).size < 2;
          }
          const ys = stroke.map((p) => -p.y);
          return out.length === 16 && out.every((v) => v >= Math.min(...ys) - 1e-9 && v <= Math.max(...ys) + 1e-9);
        }
      )
    );
  });
});
