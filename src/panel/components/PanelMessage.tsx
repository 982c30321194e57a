/*
 * A full-panel message for the empty, loading and error states: says what is happening.
 */
import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { LoadingPlaceholder, useStyles2 } from '@grafana/ui';

import { TEST_IDS } from '../testIds';

interface Props {
  kind: 'empty' | 'loading' | 'error';
  text: string;
}

export function PanelMessage({ kind, text }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <div
      className={kind === 'error' ? styles.error : styles.message}
      data-testid={TEST_IDS.message}
      data-kind={kind}
      role={kind === 'error' ? 'alert' : 'status'}
    >
      {kind === 'loading' ? <LoadingPlaceholder text={text} /> : text}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  message: css({ padding: theme.spacing(2), color: theme.colors.text.secondary }),
  error: css({ padding: theme.spacing(2), color: theme.colors.error.text }),
});
