/*
 * The engine's detect request for a query: a preset, or the custom detector list, and the
 * consensus threshold or the sensitivity (as a score threshold) when the user set one.
 */
import type { DetectRequest } from '../engine/detect';
import { DEFAULT_PRESET, type KaleQuery } from './types';

export function detectRequestFor(query: KaleQuery): DetectRequest {
  const { consensus, sensitivity } = query;
  const scoreThreshold = sensitivity === undefined ? undefined : 1 - sensitivity;
  if (query.preset === 'custom') {
    return { detectors: query.detectors ?? [], consensus, scoreThreshold };
  }
  return { preset: query.preset ?? DEFAULT_PRESET, consensus, scoreThreshold };
}
