/*
 * Data source settings: the defaults every new query starts with, and the limits that protect
 * the browser (points cap, analysis timeout).
 */
import React from 'react';
import type { DataSourceInstanceSettings, DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { DataSourcePicker } from '@grafana/runtime';
import { Combobox, Field, FieldSet } from '@grafana/ui';

import { DEFAULT_MAX_POINTS, DEFAULT_PRESET, DEFAULT_WORKER_TIMEOUT_SEC, type KaleDataSourceOptions } from '../types';
import { OptionalNumberInput } from './OptionalNumberInput';
import { PRESET_OPTIONS } from '../../components/presetOptions';
import { BASELINE_OPTIONS, CHILD_TYPES } from './options';

type Props = DataSourcePluginOptionsEditorProps<KaleDataSourceOptions>;

export function ConfigEditor({ options, onOptionsChange }: Props) {
  const json = options.jsonData;
  const update = (patch: Partial<KaleDataSourceOptions>) =>
    onOptionsChange({ ...options, jsonData: { ...json, ...patch } });

  return (
    <FieldSet label="Defaults for new queries">
      <Field label="Data source to analyse">
        <DataSourcePicker
          current={json.defaultChild ?? null}
          type={CHILD_TYPES}
          metrics
          noDefault
          width={40}
          onChange={(ds: DataSourceInstanceSettings) => update({ defaultChild: { uid: ds.uid, type: ds.type } })}
        />
      </Field>
      <Field label="Detectors">
        <Combobox
          options={PRESET_OPTIONS}
          value={json.defaultPreset ?? DEFAULT_PRESET}
          onChange={(v) => update({ defaultPreset: v.value })}
          width={30}
        />
      </Field>
      <Field label="Consensus" description="Votes needed; empty for the preset's own.">
        <OptionalNumberInput
          min={1}
          width={12}
          value={json.defaultConsensus}
          onChange={(defaultConsensus) => update({ defaultConsensus })}
        />
      </Field>
      <Field label="Baseline">
        <Combobox
          options={BASELINE_OPTIONS}
          value={json.defaultBaselineSec ?? 86_400}
          onChange={(v) => update({ defaultBaselineSec: v.value })}
          width={30}
        />
      </Field>
      <Field
        label="Points cap"
        description="A query returning more points is refused with an error instead of freezing the tab."
      >
        <OptionalNumberInput
          min={1}
          width={16}
          placeholder={String(DEFAULT_MAX_POINTS)}
          value={json.maxPoints}
          onChange={(maxPoints) => update({ maxPoints })}
        />
      </Field>
      <Field label="Analysis timeout (s)">
        <OptionalNumberInput
          min={1}
          width={12}
          placeholder={String(DEFAULT_WORKER_TIMEOUT_SEC)}
          value={json.workerTimeoutSec}
          onChange={(workerTimeoutSec) => update({ workerTimeoutSec })}
        />
      </Field>
    </FieldSet>
  );
}
