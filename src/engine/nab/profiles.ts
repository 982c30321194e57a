/*
 * NAB's three application profiles: the weights of a true positive, a false positive row and a
 * missed window.
 * Source: numenta/NAB config/profiles.json.
 */

export interface NabCostMatrix {
  readonly tpWeight: number;
  readonly fpWeight: number;
  readonly fnWeight: number;
}

export type NabProfileName = 'standard' | 'reward_low_FP_rate' | 'reward_low_FN_rate';

export interface NabProfile {
  readonly name: NabProfileName;
  readonly cost: NabCostMatrix;
}

export const NAB_PROFILES: readonly NabProfile[] = [
  { name: 'standard', cost: { tpWeight: 1, fpWeight: 0.11, fnWeight: 1 } },
  { name: 'reward_low_FP_rate', cost: { tpWeight: 1, fpWeight: 0.22, fnWeight: 1 } },
  { name: 'reward_low_FN_rate', cost: { tpWeight: 1, fpWeight: 0.11, fnWeight: 2 } },
];
