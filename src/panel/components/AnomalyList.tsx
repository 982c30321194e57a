/*
 * The anomalies list (Skyline's web page inside Grafana): anomalous series in the visible range,
 * by score, with when and which detectors voted. Hover or focus previews a series on the chart;
 * click or Enter makes it the target.
 */
import React from 'react';
import { cx } from '@emotion/css';
import { dateTimeFormat } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';

import type { AnomalyRow } from '../data/anomalyRows';
import { TEST_IDS } from '../testIds';
import { getListStyles } from './listStyles';

interface Props {
  rows: readonly AnomalyRow[];
  target?: string;
  timeZone: TimeZone;
  emptyText: string;
  onPreview: (name: string | undefined) => void;
  onPick: (name: string) => void;
}

export function AnomalyList({ rows, target, timeZone, emptyText, onPreview, onPick }: Props) {
  const styles = useStyles2(getListStyles);
  return (
    <section className={styles.section} aria-label="Anomalous series" data-testid={TEST_IDS.anomalyList}>
      <h3 className={styles.heading}>Anomalous series ({rows.length})</h3>
      {rows.length === 0 && <div className={styles.empty}>{emptyText}</div>}
      <ul className={styles.list} onMouseLeave={() => onPreview(undefined)}>
        {rows.map((row) => (
          <li key={row.name}>
            <button
              type="button"
              className={cx(styles.row, row.name === target && styles.selected)}
              data-testid={TEST_IDS.anomalyRow}
              data-name={row.name}
              aria-pressed={row.name === target}
              onMouseEnter={() => onPreview(row.name)}
              onFocus={() => onPreview(row.name)}
              onBlur={() => onPreview(undefined)}
              onClick={() => onPick(row.name)}
            >
              <span className={styles.name}>{row.name}</span>
              <span className={styles.score}>{(row.peakScore * 100).toFixed(0)}%</span>
              <span className={styles.meta}>
                {dateTimeFormat(row.whenMs, { timeZone, format: 'MM-DD HH:mm' })}
                {row.regionCount > 1 ? ` · ${row.regionCount} regions` : ''} ·{' '}
                {row.voters.length > 0 ? row.voters.join(', ') : 'consensus'}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
