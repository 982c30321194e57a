/*
 * Detect-mode settings: the preset or a custom detector list, and the consensus threshold.
 */
import React from 'react';
import { InlineField, InlineFieldRow, Input, MultiCombobox, Combobox } from '@grafana/ui';

import { DETECTOR_IDS } from '../../engine/detectors/registry';
import type { KaleQuery } from '../types';
import { PRESET_OPTIONS } from './options';

interface Props {
  query: KaleQuery;
  onChange: (patch: Partial<KaleQuery>) => void;
  onRunQuery: () => void;
}

const DETECTOR_OPTIONS = DETECTOR_IDS.map((id) => ({ label: id, value: id }));

export function DetectOptions({ query, onChange, onRunQuery }: Props) {
  return (
    <InlineFieldRow>
      <InlineField label="Detectors">
        <Combobox
          options={PRESET_OPTIONS}
          value={query.preset}
          onChange={(v) => onChange({ preset: v.value })}
          width={18}
        />
      </InlineField>
      {query.preset === 'custom' && (
        <InlineField label="Use" grow>
          <MultiCombobox
            options={DETECTOR_OPTIONS}
            value={query.detectors ?? []}
            onChange={(values) => onChange({ detectors: values.map((v) => v.value ?? '').filter(Boolean) })}
          />
        </InlineField>
      )}
      <InlineField
        label="Consensus"
        tooltip="Votes needed to call a point anomalous. Empty: the preset's own (Skyline: 6 of 9)."
      >
        <Input
          type="number"
          min={1}
          width={10}
          value={query.consensus ?? ''}
          placeholder="preset"
          onChange={(e) =>
            onChange({ consensus: e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value) })
          }
          onBlur={onRunQuery}
        />
      </InlineField>
    </InlineFieldRow>
  );
}
