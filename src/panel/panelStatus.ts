/*
 * The panel's status line: how many series, where the scores come from and whether detection is
 * running, failed or had notices, and how many series the chart draws.
 */
import type { PanelData } from '@grafana/data';

import type { PanelDataModel } from './hooks/usePanelData';

export function panelStatus(
  model: Pick<PanelDataModel, 'shown' | 'corpus' | 'rows' | 'source' | 'detection'>,
  data: Pick<PanelData, 'errors'>,
  drawn: number
): string {
  const parts = [`${model.shown.length} series`, `${model.rows.length} anomalous`];
  if (model.corpus.length > model.shown.length) {
    parts.push(`${model.corpus.length} searched for correlations`);
  }
  if (drawn < model.shown.length) {
    parts.push(`${drawn} drawn`);
  }
  const d = model.detection;
  if (model.source === 'panel') {
    parts.push(
      d.status === 'running'
        ? `detecting anomalies in ${model.shown.length} series…`
        : d.status === 'error'
          ? `detection failed: ${d.error}`
          : 'scores from the panel’s own detection'
    );
    parts.push(...d.notices);
  } else {
    parts.push('scores from the data source');
  }
  parts.push(...(data.errors ?? []).map((e) => `query error: ${e.message ?? 'unknown'}`));
  return parts.join(' · ');
}
