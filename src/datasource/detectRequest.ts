/*
 * The engine's detect request for a query: a preset, or the custom detector list, and the
 * consensus threshold when the user set one.
 */
import type { DetectRequest } from '../engine/detect';
import type { KaleQuery } from './types';

export function detectRequestFor(query: KaleQuery): DetectRequest {
  const consensus = query.consensus;
  if (query.preset === 'custom') {
    return { detectors: query.detectors ?? [], consensus };
  }
  return { preset: query.preset ?? 'skyline', consensus };
}
