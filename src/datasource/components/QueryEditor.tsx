/*
 * The anomaly query editor: the data source to analyse with its own query editor embedded, then
 * what Kale does with the series it returns.
 */
import React from 'react';
import type { DataSourceInstanceSettings, QueryEditorProps } from '@grafana/data';
import { DataSourcePicker } from '@grafana/runtime';
import { Field, InlineField, InlineFieldRow, Input, RadioButtonGroup, Combobox, Stack } from '@grafana/ui';

import type { KaleDataSource } from '../datasource';
import type { KaleDataSourceOptions, KaleQuery } from '../types';
import { ChildQueryEditor } from './ChildQueryEditor';
import { DetectOptions } from './DetectOptions';
import { BASELINE_OPTIONS, CHILD_TYPES, METHOD_OPTIONS, MODE_OPTIONS } from './options';

type Props = QueryEditorProps<KaleDataSource, KaleQuery, KaleDataSourceOptions>;

export function QueryEditor({ datasource, query: raw, onChange, onRunQuery, range, data, app }: Props) {
  const query = { ...datasource.getDefaultQuery(), ...raw };
  const update = (patch: Partial<KaleQuery>) => onChange({ ...raw, ...patch });
  const onPickChild = (ds: DataSourceInstanceSettings) =>
    update({
      child: { uid: ds.uid, type: ds.type },
      childQuery: { refId: query.refId, datasource: { uid: ds.uid, type: ds.type } },
    });

  return (
    <Stack direction="column" gap={1}>
      <Field
        label="Data source to analyse"
        description="Prometheus, Graphite or TestData; write the query as usual below."
      >
        <DataSourcePicker
          current={query.child ?? null}
          type={CHILD_TYPES}
          metrics
          noDefault
          onChange={onPickChild}
          width={40}
        />
      </Field>
      {query.child && (
        <ChildQueryEditor
          child={query.child}
          query={query.childQuery ?? { refId: query.refId }}
          onChange={(childQuery) => update({ childQuery })}
          onRunQuery={onRunQuery}
          range={range}
          data={data}
          app={app}
        />
      )}
      <InlineFieldRow>
        <InlineField label="Mode">
          <RadioButtonGroup options={MODE_OPTIONS} value={query.mode} onChange={(mode) => update({ mode })} />
        </InlineField>
        <InlineField
          label="Baseline"
          tooltip="History queried before the visible range to feed the analysis; only the visible range is returned."
        >
          <Combobox
            options={BASELINE_OPTIONS}
            value={query.baselineSec}
            onChange={(v) => update({ baselineSec: v.value })}
            width={22}
          />
        </InlineField>
      </InlineFieldRow>
      {query.mode === 'correlate' ? (
        <InlineFieldRow>
          <InlineField label="Target series" tooltip='A series name, a label matcher such as {job="api"}, or $series.'>
            <Input
              value={query.target ?? ''}
              placeholder="$series"
              width={30}
              onChange={(e) => update({ target: e.currentTarget.value })}
              onBlur={onRunQuery}
            />
          </InlineField>
          <InlineField label="Method">
            <Combobox
              options={METHOD_OPTIONS}
              value={query.method}
              onChange={(v) => update({ method: v.value })}
              width={16}
            />
          </InlineField>
          <InlineField label="Top">
            <Input
              type="number"
              min={1}
              max={100}
              value={query.topK}
              width={8}
              onChange={(e) => update({ topK: Number(e.currentTarget.value) })}
              onBlur={onRunQuery}
            />
          </InlineField>
        </InlineFieldRow>
      ) : (
        <DetectOptions query={query} onChange={update} onRunQuery={onRunQuery} />
      )}
    </Stack>
  );
}
