/*
 * A curve drawn with the pointer → the sketch query the engine searches with: the drawn y
 * (screen pixels grow downwards, so they are flipped) sampled at `points` evenly spaced x
 * positions between the first and last drawn x, by linear interpolation. Strokes that go
 * backwards are sorted by x; fewer than two distinct x positions give no sketch.
 */
export interface SketchPoint {
  readonly x: number;
  readonly y: number;
}

export const SKETCH_POINTS = 64;

export function sketchValues(stroke: readonly SketchPoint[], points = SKETCH_POINTS): number[] | undefined {
  const sorted = stroke.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).sort((a, b) => a.x - b.x);
  if (sorted.length < 2 || sorted[sorted.length - 1].x === sorted[0].x || points < 2) {
    return undefined;
  }
  const x0 = sorted[0].x;
  const span = sorted[sorted.length - 1].x - x0;
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < points; i++) {
    const x = x0 + (span * i) / (points - 1);
    while (j < sorted.length - 2 && sorted[j + 1].x < x) {
      j++;
    }
    const a = sorted[j];
    const b = sorted[j + 1];
    const f = b.x === a.x ? 0 : Math.min(1, Math.max(0, (x - a.x) / (b.x - a.x)));
    out.push(-(a.y + f * (b.y - a.y)));
  }
  return out;
}
