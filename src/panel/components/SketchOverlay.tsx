/*
 * A transparent layer over the chart to draw a curve with the pointer (mouse, pen or touch).
 * Releasing the pointer hands the stroke to `onSketch`; Escape cancels. While not drawing it
 * shows the last sketch and lets the pointer through to the chart.
 */
import React, { useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

import type { SketchPoint } from '../data/sketch';
import { TEST_IDS } from '../testIds';

interface Props {
  active: boolean;
  stroke: readonly SketchPoint[];
  color: string;
  onSketch: (stroke: SketchPoint[]) => void;
  onCancel: () => void;
}

export function SketchOverlay({ active, stroke, color, onSketch, onCancel }: Props) {
  const styles = useStyles2(getStyles);
  const [drawing, setDrawing] = useState<SketchPoint[] | undefined>();
  const shown = drawing ?? stroke;
  const point = (e: React.PointerEvent<HTMLDivElement>): SketchPoint => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  return (
    <div
      className={active ? styles.active : styles.idle}
      data-testid={TEST_IDS.sketchOverlay}
      role={active ? 'application' : undefined}
      aria-label={active ? 'Draw a curve with the pointer; Escape cancels' : undefined}
      tabIndex={active ? 0 : -1}
      ref={(el) => {
        if (active) {
          el?.focus();
        }
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      onPointerDown={(e) => {
        if (active) {
          e.currentTarget.setPointerCapture(e.pointerId);
          setDrawing([point(e)]);
        }
      }}
      onPointerMove={(e) => drawing && setDrawing([...drawing, point(e)])}
      onPointerUp={() => {
        if (drawing) {
          setDrawing(undefined);
          onSketch(drawing);
        }
      }}
    >
      {shown.length > 1 && (
        <svg className={styles.svg} aria-hidden="true">
          <polyline
            points={shown.map((p) => `${p.x},${p.y}`).join(' ')}
            fill="none"
            stroke={color}
            strokeWidth={3}
            strokeLinecap="round"
          />
        </svg>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  idle: css({ position: 'absolute', inset: 0, pointerEvents: 'none' }),
  active: css({
    position: 'absolute',
    inset: 0,
    cursor: 'crosshair',
    touchAction: 'none',
    background: theme.colors.action.hover,
    outline: `2px dashed ${theme.colors.primary.border}`,
  }),
  svg: css({ width: '100%', height: '100%' }),
});
