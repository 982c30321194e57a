/*
 * The panel's detection options → the engine's DetectRequest, used when the data carries no
 * anomaly fields and the panel runs detection itself. A consensus of 0 keeps the preset's own.
 */
import type { DetectRequest } from '../engine/detect';
import type { KalePanelOptions } from './types';

export function detectRequestFromOptions(
  options: Pick<KalePanelOptions, 'preset' | 'detectors' | 'consensus'>
): DetectRequest {
  const consensus = options.consensus > 0 ? { consensus: options.consensus } : {};
  if (options.preset === 'custom') {
    return { detectors: [...options.detectors], ...consensus };
  }
  return { preset: options.preset, ...consensus };
}
