/*
 * Turns the CLI's detector list into the engine's DetectRequest: a preset name (skyline, morgoth,
 * three-sigma, kale) or a comma-separated list of registry ids, with an optional consensus; problems
 * the engine would report are raised up front as a usage error.
 */
import { detectRequestProblems, type DetectRequest, type PresetName } from '../engine/detect';
import { CliError } from './cliError';

export const PRESETS: readonly PresetName[] = ['skyline', 'morgoth', 'three-sigma', 'kale'];

export function detectRequestFor(list: string, consensus?: number): DetectRequest {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const preset = PRESETS.find((p) => p === names[0]);
  const request: DetectRequest =
    names.length === 1 && preset !== undefined ? { preset, consensus } : { detectors: names, consensus };
  const problems = detectRequestProblems(request);
  if (problems.length > 0) {
    throw new CliError(`${problems.join('; ')} (presets: ${PRESETS.join(', ')})`, 2);
  }
  return request;
}
