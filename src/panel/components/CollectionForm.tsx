/*
 * Saving the target and its correlated set as a named collection with a description.
 */
import React, { useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Button, Field, Input, Stack, TextArea, useStyles2 } from '@grafana/ui';

import { TEST_IDS } from '../testIds';

interface Props {
  target: string;
  memberCount: number;
  existing: readonly string[];
  onSave: (name: string, description: string) => void;
  onCancel: () => void;
}

export function CollectionForm({ target, memberCount, existing, onSave, onCancel }: Props) {
  const styles = useStyles2(getStyles);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const trimmed = name.trim();
  return (
    <form
      className={styles.form}
      data-testid={TEST_IDS.collectionForm}
      aria-label="Save collection"
      onSubmit={(e) => {
        e.preventDefault();
        if (trimmed !== '') {
          onSave(trimmed, description);
        }
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <div className={styles.note}>
        {target} and {memberCount - 1} correlated series
      </div>
      <Field
        label="Name"
        invalid={trimmed === ''}
        description={existing.includes(trimmed) ? 'Replaces the collection of that name' : undefined}
      >
        <Input value={name} onChange={(e) => setName(e.currentTarget.value)} autoFocus aria-label="Collection name" />
      </Field>
      <Field label="Description">
        <TextArea
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          rows={2}
          aria-label="Collection description"
        />
      </Field>
      <Stack gap={1}>
        <Button type="submit" disabled={trimmed === ''}>
          Save
        </Button>
        <Button variant="secondary" fill="outline" onClick={onCancel}>
          Cancel
        </Button>
      </Stack>
    </form>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  form: css({ padding: theme.spacing(1), borderBottom: `1px solid ${theme.colors.border.weak}` }),
  note: css({ color: theme.colors.text.secondary, marginBottom: theme.spacing(1), wordBreak: 'break-all' }),
});
