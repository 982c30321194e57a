/*
 * How the panel divides its area between the chart and the two lists: stacked (chart above
 * the lists) when there is height to spare, side by side (lists in a column to the right) in
 * short, wide panels such as a dashboard's default 8-row panels, and the chart alone when the
 * panel is too small for lists to be readable.
 */
export interface PanelLayout {
  direction: 'stacked' | 'side-by-side' | 'chart-only';
  chart: { width: number; height: number };
  /** Area of the lists (zero for chart-only). */
  lists: { width: number; height: number };
}

/** Below this body height, stacking leaves the chart or the lists unreadable. */
export const MIN_STACKED_HEIGHT = 380;
/** Narrowest list column that still shows a name, a score and a sparkline. */
export const MIN_LIST_WIDTH = 260;
const MIN_CHART_HEIGHT = 140;
const CHART_SHARE = 0.58;
const SIDE_CHART_SHARE = 0.62;

export function panelLayout(width: number, bodyHeight: number): PanelLayout {
  const height = Math.max(0, bodyHeight);
  if (height >= MIN_STACKED_HEIGHT) {
    const chartHeight = Math.max(MIN_CHART_HEIGHT, Math.round(height * CHART_SHARE));
    return {
      direction: 'stacked',
      chart: { width, height: chartHeight },
      lists: { width, height: height - chartHeight },
    };
  }
  const chartWidth = Math.round(width * SIDE_CHART_SHARE);
  if (width - chartWidth >= MIN_LIST_WIDTH) {
    return {
      direction: 'side-by-side',
      chart: { width: chartWidth, height },
      lists: { width: width - chartWidth, height },
    };
  }
  return { direction: 'chart-only', chart: { width, height }, lists: { width: 0, height: 0 } };
}
