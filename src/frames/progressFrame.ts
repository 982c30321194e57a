/*
 * What a target returns while its analysis is still running: the child's own frames, so the panel
 * keeps drawing the series instead of "No data", with a notice on the first ("Analysing 120 of
 * 500 series") that Grafana shows in the panel header and the query inspector. The data source
 * sends these in responses whose state is still Loading; the analysed frames replace them.
 */
import { createDataFrame, type DataFrame } from '@grafana/data';

export function progressFrames(preview: readonly DataFrame[], refId: string, done: number, total: number): DataFrame[] {
  const notice = { severity: 'info' as const, text: `Analysing ${done} of ${total} series` };
  const frames = preview.length > 0 ? preview : [createDataFrame({ fields: [] })];
  return frames.map((frame, i) => ({
    ...frame,
    refId,
    meta: i === 0 ? { ...frame.meta, notices: [...(frame.meta?.notices ?? []), notice] } : frame.meta,
  }));
}
