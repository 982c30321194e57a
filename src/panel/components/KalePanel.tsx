/*
 * Kale's panel: the series in the panel's data ranked by their peak anomaly score.
 */
import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2, PanelProps } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

import { anomalyRanking } from '../anomalyRanking';
import type { KalePanelOptions } from '../types';

type Props = PanelProps<KalePanelOptions>;

export function KalePanel({ data, width, height }: Props) {
  const styles = useStyles2(getStyles);
  const ranking = anomalyRanking(data.series);
  if (ranking.length === 0) {
    return <div className={styles.empty}>No series with anomaly scores. Query through the Kale data source to see them here.</div>;
  }
  return (
    <div className={styles.list} style={{ width, height }} role="list" aria-label="Anomalous series">
      {ranking.map((row) => (
        <div key={row.name} className={styles.row} role="listitem">
          <span className={styles.name}>{row.name}</span>
          <span>{(row.peakScore * 100).toFixed(0)}%</span>
        </div>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  empty: css({ padding: theme.spacing(2), color: theme.colors.text.secondary }),
  list: css({ overflow: 'auto' }),
  row: css({
    display: 'flex',
    justifyContent: 'space-between',
    padding: theme.spacing(0.5, 1),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
  }),
  name: css({ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
});
