/*
 * Detect-mode settings: the preset or a custom detector list, and the consensus threshold.
 */
import React from 'react';
import { Combobox, InlineField, InlineFieldRow, MultiCombobox } from '@grafana/ui';

import { DETECTOR_IDS } from '../../engine/detectors/registry';
import type { KaleQuery } from '../types';
import { OptionalNumberInput } from './OptionalNumberInput';
import { PRESET_OPTIONS } from '../../components/presetOptions';

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
        <OptionalNumberInput
          min={1}
          value={query.consensus}
          onChange={(consensus) => onChange({ consensus })}
          onBlur={onRunQuery}
        />
      </InlineField>
      <InlineField
        label="Sensitivity"
        tooltip="0 to 1, higher flags more: a point is anomalous when its score reaches 1 − sensitivity, in place of the consensus. Empty: the preset's own rule."
      >
        <OptionalNumberInput
          min={0}
          max={1}
          step={0.05}
          value={query.sensitivity}
          onChange={(sensitivity) => onChange({ sensitivity })}
          onBlur={onRunQuery}
        />
      </InlineField>
    </InlineFieldRow>
  );
}
