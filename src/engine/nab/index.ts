/*
 * Public surface of the NAB scorer (pure; file reading lives in src/cli/).
 * Source: numenta/NAB v1.1, commit ea702d7 (see the files for each rule).
 */
export { scaledSigmoid, MAX_TP_SIGMOID } from './scaledSigmoid';
export { NAB_PROFILES, type NabCostMatrix, type NabProfile, type NabProfileName } from './profiles';
export { probationaryRows, NAB_PROBATION_FRACTION } from './probation';
export { windowRows, type RowWindow } from './windowRows';
export { fileSweep, OUTSIDE_WINDOW, PROBATIONARY, type FileSweep } from './fileSweep';
export { scoreAtThreshold, type NabCounts, type NabFileScore } from './scoreAtThreshold';
export { optimizeThreshold, type NabScoredFile, type NabThresholdResult } from './optimizeThreshold';
export { normalizeScore, nullRawScore, perfectRawScore } from './normalizeScore';
export { scoreCorpus, type NabResultFile, type NabProfileScore } from './scoreCorpus';
