/*
 * The panel's options, beside their defaults.
 */
export interface KalePanelOptions {
  /** How many correlated series to list. */
  topK: number;
  /** Dashboard variable that receives the clicked series. */
  variableName: string;
}

export const DEFAULT_PANEL_OPTIONS: KalePanelOptions = {
  topK: 10,
  variableName: 'series',
};
