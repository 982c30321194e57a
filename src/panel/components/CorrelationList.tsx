/*
 * The correlated series of the target (or the matches of a sketch): similarity, lag and a
 * sparkline per hit; stored collections appear as matches with their members. Click or Enter on
 * a row makes that series the target; the eye button overlays the match on the chart.
 */
import React from 'react';
import { cx } from '@emotion/css';
import { IconButton, useStyles2, useTheme2 } from '@grafana/ui';

import type { CorrelationHit } from '../../engine/similarity';
import type { Correlation } from '../hooks/useCorrelation';
import { TEST_IDS } from '../testIds';
import { getListStyles } from './listStyles';
import { Sparkline } from './Sparkline';

interface Props {
  title: string;
  /** What was searched, for the list's `data-query` (tests and screen readers follow changes). */
  queryLabel: string;
  correlation: Correlation;
  emptyText: string;
  valuesOf: (hit: CorrelationHit) => Float64Array | undefined;
  /** How a hit's lag reads ("lag +3 (180 s)", or no lag for a sketch). */
  stepLabel: (lagPoints: number) => string;
  overlaid?: string;
  color: string;
  onPick: (name: string) => void;
  onOverlay: (name: string | undefined) => void;
}

export function CorrelationList(props: Props) {
  const { title, queryLabel, correlation, emptyText, valuesOf, stepLabel, overlaid, color, onPick, onOverlay } = props;
  const styles = useStyles2(getListStyles);
  const theme = useTheme2();
  const running = correlation.status === 'running';
  return (
    <section
      className={styles.section}
      aria-label={title}
      aria-busy={running}
      data-testid={TEST_IDS.correlationList}
      data-query={queryLabel}
      data-status={correlation.status}
    >
      <h3 className={styles.heading}>
        {title}
        {running
          ? ' · searching…'
          : correlation.engineMs !== undefined
            ? ` · ${correlation.engineMs.toFixed(0)} ms`
            : ''}
      </h3>
      {correlation.status === 'error' && (
        <div className={styles.empty} role="alert">
          Correlation failed: {correlation.error}
        </div>
      )}
      {correlation.notices.map((n) => (
        <div key={n} className={styles.empty}>
          {n}
        </div>
      ))}
      {correlation.hits.length === 0 && correlation.status !== 'error' && (
        <div className={styles.empty}>{running ? 'Searching…' : emptyText}</div>
      )}
      <ul className={styles.list}>
        {correlation.hits.map((hit) => {
          const values = valuesOf(hit);
          const isCollection = hit.kind === 'collection';
          return (
            <li key={`${hit.kind}:${hit.name}`} className={styles.item}>
              <button
                type="button"
                className={cx(styles.row, hit.name === overlaid && styles.selected)}
                data-testid={TEST_IDS.correlationRow}
                data-name={hit.name}
                data-kind={hit.kind}
                onClick={() => (isCollection ? onPick(hit.members?.[0] ?? hit.name) : onPick(hit.name))}
              >
                <span className={styles.name}>
                  {isCollection && <span className={styles.badge}>collection</span>}
                  {hit.name}
                </span>
                <span className={styles.score}>{(hit.similarity * 100).toFixed(0)}%</span>
                <span className={styles.meta}>
                  {values && <Sparkline values={values} color={theme.visualization.getColorByName(color)} />}{' '}
                  {isCollection ? `members: ${(hit.members ?? []).join(', ')}` : stepLabel(hit.lag)}
                  {hit.anticorrelated ? ' · mirrored' : ''}
                  {hit.correlation !== undefined ? ` · r ${hit.correlation.toFixed(2)}` : ''}
                </span>
              </button>
              {!isCollection && (
                <IconButton
                  name={hit.name === overlaid ? 'eye-slash' : 'eye'}
                  aria-label={
                    hit.name === overlaid ? `Remove ${hit.name} from the chart` : `Overlay ${hit.name} on the chart`
                  }
                  onClick={() => onOverlay(hit.name === overlaid ? undefined : hit.name)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
