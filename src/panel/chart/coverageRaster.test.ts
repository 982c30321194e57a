import fc from 'fast-check';

import { CoverageRaster, opacityDensity } from './coverageRaster';

const RGB = [10, 20, 30] as const;

/** The painted pixels, with the rows paint() left alone (still 99) read as 0. */
function painted(raster: CoverageRaster): Uint8ClampedArray {
  const out = new Uint8ClampedArray(raster.width * raster.height * 4).fill(99);
  const { top, rows } = raster.paint(RGB, out);
  const rowBytes = raster.width * 4;
  expect(out.subarray(0, top * rowBytes).every((v) => v === 99)).toBe(true);
  expect(out.subarray((top + rows) * rowBytes).every((v) => v === 99)).toBe(true);
  out.fill(0, 0, top * rowBytes);
  out.fill(0, (top + rows) * rowBytes);
  return out;
}

const alphaAt = (out: Uint8ClampedArray, width: number, row: number, column: number) =>
  out[(row * width + column) * 4 + 3];

describe('opacityDensity', () => {
  it('is log(1 − opacity), clamped to opacities in [0, 0.999]', () => {
    expect(opacityDensity(0.5)).toBeCloseTo(Math.log(0.5));
    expect(opacityDensity(0)).toBe(0);
    expect(opacityDensity(-1)).toBe(0);
    expect(opacityDensity(1)).toBeCloseTo(Math.log(0.001));
    expect(opacityDensity(NaN)).toBeNaN();
  });
});

describe('CoverageRaster', () => {
  it('paints a span over whole rows in the colour at the layer’s opacity, and nothing elsewhere', () => {
    const raster = new CoverageRaster(3, 8);
    raster.addSpan(1, 2, 5, opacityDensity(0.5));
    const out = painted(raster);
    for (let r = 0; r < 8; r++) {
      expect(alphaAt(out, 3, r, 0)).toBe(0);
      expect(alphaAt(out, 3, r, 2)).toBe(0);
      expect(alphaAt(out, 3, r, 1)).toBe(r >= 2 && r < 5 ? 128 : 0);
    }
    expect(Array.from(out.slice((2 * 3 + 1) * 4, (2 * 3 + 1) * 4 + 3))).toEqual([10, 20, 30]);
    expect(Array.from(out.slice(0, 4))).toEqual([0, 0, 0, 0]);
  });

  it('covers the end rows of a fractional span in part', () => {
    const raster = new CoverageRaster(1, 6);
    raster.addSpan(0, 1.5, 3.25, opacityDensity(0.5));
    const out = painted(raster);
    expect([0, 1, 2, 3, 4].map((r) => alphaAt(out, 1, r, 0))).toEqual([
      0,
      Math.round(255 * (1 - 0.5 ** 0.5)),
      128,
      Math.round(255 * (1 - 0.5 ** 0.25)),
      0,
    ]);
  });

  it('composites overlapping layers as drawing one over the other would', () => {
    const raster = new CoverageRaster(1, 4);
    raster.addSpan(0, 0, 4, opacityDensity(0.35));
    raster.addSpan(0, 2, 4, opacityDensity(0.08));
    const out = painted(raster);
    expect(alphaAt(out, 1, 0, 0)).toBe(Math.round(255 * 0.35));
    expect(Math.abs(alphaAt(out, 1, 3, 0) - 255 * (1 - 0.65 * 0.92))).toBeLessThanOrEqual(0.5);
  });

  it('clips spans outside the buffer, ignores empty or non-finite ones, and clears', () => {
    const raster = new CoverageRaster(2, 4);
    raster.addSpan(-1, 0, 4, -1);
    raster.addSpan(2, 0, 4, -1);
    raster.addSpan(0, 3, 3, -1);
    raster.addSpan(0, 6, 9, -1);
    raster.addSpan(0, -5, -1, -1);
    raster.addSpan(1, 0, 4, NaN);
    expect(painted(raster).every((v) => v === 0)).toBe(true);
    raster.addSpan(0, -3, 1, opacityDensity(0.5));
    raster.addSpan(1, 3, 99, opacityDensity(0.5));
    const out = painted(raster);
    expect(alphaAt(out, 2, 0, 0)).toBe(128);
    expect(alphaAt(out, 2, 1, 0)).toBe(0);
    expect(alphaAt(out, 2, 3, 1)).toBe(128);
    raster.clear();
    expect(raster.paint(RGB, new Uint8ClampedArray(2 * 4 * 4))).toEqual({ top: 0, rows: 0 });
    raster.addSpan(1, 1, 2, opacityDensity(0.5));
    expect(Array.from(painted(raster).filter((_, i) => i % 4 === 3))).toEqual([0, 0, 0, 128, 0, 0, 0, 0]);
  });

  it('paints only the rows the spans touched', () => {
    const raster = new CoverageRaster(2, 10);
    raster.addSpan(0, 2.5, 4, -1);
    raster.addSpan(1, 6, 6.5, -1);
    expect(raster.paint(RGB, new Uint8ClampedArray(2 * 10 * 4))).toEqual({ top: 2, rows: 5 });
  });

  it('paints each pixel at 1 − exp(Σ density × the part of the row a span covers)', () => {
    const span = fc.record({
      column: fc.integer({ min: -1, max: 4 }),
      top: fc.double({ min: -2, max: 9, noNaN: true }),
      height: fc.double({ min: 0, max: 9, noNaN: true }),
      opacity: fc.double({ min: 0, max: 0.9, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
        const width = 4;
        const height = 7;
        const raster = new CoverageRaster(width, height);
        for (const s of spans) {
          raster.addSpan(s.column, s.top, s.top + s.height, opacityDensity(s.opacity));
        }
        const out = painted(raster);
        for (let r = 0; r < height; r++) {
          for (let c = 0; c < width; c++) {
            let sum = 0;
            for (const s of spans) {
              const overlap = Math.min(r + 1, s.top + s.height) - Math.max(r, s.top);
              if (s.column === c && overlap > 0) {
                sum += opacityDensity(s.opacity) * overlap;
              }
            }
            const expected = sum < -1e-4 ? 255 * (1 - Math.exp(sum)) : 0;
            expect(Math.abs(alphaAt(out, width, r, c) - expected)).toBeLessThanOrEqual(1);
          }
        }
      })
    );
  });
});
