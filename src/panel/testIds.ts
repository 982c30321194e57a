/*
 * Stable test ids for the panel's parts (Jest and the browser tests select by these).
 */
export const TEST_IDS = {
  panel: 'kale-panel',
  chart: 'kale-panel-chart',
  message: 'kale-panel-message',
  status: 'kale-panel-status',
  anomalyList: 'kale-panel-anomalies',
  anomalyRow: 'kale-panel-anomaly-row',
  correlationList: 'kale-panel-correlations',
  correlationRow: 'kale-panel-correlation-row',
  sketchButton: 'kale-panel-sketch-button',
  sketchOverlay: 'kale-panel-sketch-overlay',
  saveButton: 'kale-panel-save-button',
  collectionForm: 'kale-panel-collection-form',
  tooltip: 'kale-panel-tooltip',
} as const;
