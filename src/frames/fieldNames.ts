/*
 * Names of the fields Kale adds to a series' frame; the data source writes them and the panel
 * reads them.
 */
export const SCORE_FIELD = 'Anomaly score';
export const LOWER_FIELD = 'Expected lower';
export const UPPER_FIELD = 'Expected upper';
/** Name of the annotation frame holding anomalous regions. */
export const REGIONS_FRAME = 'Kale anomalies';
/** The regions frame's own fields beside Grafana's annotation fields: series, peak score, voters. */
export const REGION_SERIES_FIELD = 'seriesName';
export const REGION_PEAK_FIELD = 'peakScore';
export const REGION_VOTERS_FIELD = 'voters';
