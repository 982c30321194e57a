/*
 * Options editor for the stored collections: lists them (name, members, description) and removes one.
 */
import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2, StandardEditorProps } from '@grafana/data';
import { IconButton, useStyles2 } from '@grafana/ui';

import type { StoredCollection } from '../types';

type Props = StandardEditorProps<StoredCollection[]>;

export function CollectionsEditor({ value, onChange }: Props) {
  const styles = useStyles2(getStyles);
  const collections = value ?? [];
  if (collections.length === 0) {
    return <div className={styles.empty}>No collections yet: use “Save collection” in the panel.</div>;
  }
  return (
    <ul className={styles.list}>
      {collections.map((c) => (
        <li key={c.name} className={styles.item}>
          <div>
            <div className={styles.name}>{c.name}</div>
            <div className={styles.meta}>
              {c.members.length} series{c.description ? ` · ${c.description}` : ''}
            </div>
          </div>
          <IconButton
            name="trash-alt"
            tooltip={`Remove ${c.name}`}
            onClick={() => onChange(collections.filter((x) => x !== c))}
          />
        </li>
      ))}
    </ul>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  empty: css({ color: theme.colors.text.secondary }),
  list: css({ listStyle: 'none', margin: 0, padding: 0 }),
  item: css({ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: theme.spacing(0.5, 0) }),
  name: css({ fontWeight: theme.typography.fontWeightMedium }),
  meta: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
