/*
 * Options editor for the custom detector list: every detector id the engine knows, several at once.
 */
import React from 'react';
import type { StandardEditorProps } from '@grafana/data';
import { MultiCombobox } from '@grafana/ui';

import { DETECTOR_IDS } from '../../engine/detectors/registry';

type Props = StandardEditorProps<string[]>;

const OPTIONS = DETECTOR_IDS.map((id) => ({ value: id, label: id }));

export function DetectorsEditor({ value, onChange }: Props) {
  return (
    <MultiCombobox
      options={OPTIONS}
      value={value ?? []}
      onChange={(picked) => onChange(picked.map((o) => o.value))}
      aria-label="Custom detectors"
    />
  );
}
