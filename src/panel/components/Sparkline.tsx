/*
 * A small line of a series' shape (min–max scaled, NaN skipped), drawn as an SVG path.
 */
import React from 'react';

interface Props {
  values: Float64Array;
  color: string;
  width?: number;
  height?: number;
}

const MAX_POINTS = 80;

export function Sparkline({ values, color, width = 80, height = 20 }: Props) {
  return (
    <svg width={width} height={height} aria-hidden="true">
      <path d={sparkPath(values, width, height)} fill="none" stroke={color} strokeWidth={1.25} />
    </svg>
  );
}

/** The SVG path of `values` in a width × height box, at most MAX_POINTS points. */
export function sparkPath(values: Float64Array, width: number, height: number): string {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (Number.isFinite(v)) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  }
  if (!(max >= min)) {
    return '';
  }
  const step = Math.max(1, Math.ceil(values.length / MAX_POINTS));
  const span = max - min || 1;
  const parts: string[] = [];
  let pen = 'M';
  for (let i = 0; i < values.length; i += step) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      pen = 'M';
      continue;
    }
    const x = values.length > 1 ? (i / (values.length - 1)) * width : width / 2;
    const y = height - 1 - ((v - min) / span) * (height - 2);
    parts.push(`${pen}${x.toFixed(1)},${y.toFixed(1)}`);
    pen = 'L';
  }
  return parts.join(' ');
}
