/*
 * What the panel searches for: the target series (picked here, else the dashboard variable, else
 * the most anomalous series) or a drawn sketch, and the match overlaid on the chart. Picking a
 * series writes it to the dashboard variable (`var-<name>` in the URL) so other panels follow.
 */
import { useCallback, useMemo, useState } from 'react';
import { locationService } from '@grafana/runtime';

import type { CorrelationQuery } from '../../engine/similarity';
import { sketchValues, type SketchPoint } from '../data/sketch';

export interface TargetState {
  readonly target?: string;
  readonly query?: CorrelationQuery;
  /** The sketch being searched for (then the target is not). */
  readonly sketch?: number[];
  readonly stroke: readonly SketchPoint[];
  readonly overlaid?: string;
  pick(name: string): void;
  searchSketch(stroke: SketchPoint[]): void;
  overlay(name: string | undefined): void;
}

/** `fallbacks` are tried in order after the picked series; only names in `known` count. */
export function useTarget(
  variableName: string,
  fallbacks: ReadonlyArray<string | undefined>,
  known: ReadonlyMap<string, unknown>
): TargetState {
  const [picked, setPicked] = useState<string>();
  const [overlaid, setOverlaid] = useState<string>();
  const [stroke, setStroke] = useState<SketchPoint[]>([]);
  const [sketch, setSketch] = useState<number[]>();
  const target = [picked, ...fallbacks].find((n) => n !== undefined && known.has(n));

  const pick = useCallback(
    (name: string) => {
      setPicked(name);
      setSketch(undefined);
      setStroke([]);
      setOverlaid(undefined);
      locationService.partial({ [`var-${variableName}`]: name }, true);
    },
    [variableName]
  );
  const searchSketch = useCallback((drawn: SketchPoint[]) => {
    setStroke(drawn);
    setSketch(sketchValues(drawn));
    setOverlaid(undefined);
  }, []);
  const query = useMemo<CorrelationQuery | undefined>(
    () => (sketch ? { sketch } : target ? { name: target } : undefined),
    [sketch, target]
  );
  return { target, query, sketch, stroke, overlaid, pick, searchSketch, overlay: setOverlaid };
}
