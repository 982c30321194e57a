/*
 * The panel's toolbar: the status line (what is running, where, how many series) and the
 * sketch and save-collection actions.
 */
import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Button, useStyles2 } from '@grafana/ui';

import { TEST_IDS } from '../testIds';

interface Props {
  status: string;
  busy: boolean;
  sketching: boolean;
  canSave: boolean;
  onToggleSketch: () => void;
  onSave: () => void;
}

export function PanelToolbar({ status, busy, sketching, canSave, onToggleSketch, onSave }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.bar}>
      <span className={styles.status} data-testid={TEST_IDS.status} role="status" aria-busy={busy}>
        {status}
      </span>
      <Button
        size="sm"
        variant={sketching ? 'primary' : 'secondary'}
        icon="pen"
        onClick={onToggleSketch}
        data-testid={TEST_IDS.sketchButton}
        aria-pressed={sketching}
      >
        {sketching ? 'Drawing: release to search' : 'Sketch search'}
      </Button>
      <Button
        size="sm"
        variant="secondary"
        icon="save"
        onClick={onSave}
        disabled={!canSave}
        data-testid={TEST_IDS.saveButton}
      >
        Save collection
      </Button>
    </div>
  );
}

export const TOOLBAR_HEIGHT = 32;

const getStyles = (theme: GrafanaTheme2) => ({
  bar: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    height: TOOLBAR_HEIGHT,
    padding: theme.spacing(0, 1),
  }),
  status: css({
    flex: 1,
    color: theme.colors.text.secondary,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  }),
});
