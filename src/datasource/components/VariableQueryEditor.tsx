/*
 * The query variable editor: the anomaly query editor as it is, plus (in detect mode) which
 * series the variable lists.
 */
import React from 'react';
import type { QueryEditorProps } from '@grafana/data';
import { InlineField, RadioButtonGroup, Stack } from '@grafana/ui';

import type { KaleDataSource } from '../datasource';
import type { KaleDataSourceOptions, KaleQuery } from '../types';
import { DEFAULT_VARIABLE_VALUES, type KaleVariableQuery, type VariableValues } from '../variableQuery';
import { QueryEditor } from './QueryEditor';

type Props = QueryEditorProps<KaleDataSource, KaleQuery, KaleDataSourceOptions, KaleVariableQuery>;

const VALUES_OPTIONS: Array<{ label: string; value: VariableValues; description: string }> = [
  {
    label: 'Anomalous series',
    value: 'anomalous',
    description: 'Series with an anomaly in the time range, highest peak score first',
  },
  {
    label: 'All series',
    value: 'all',
    description: 'Every series analysed, in the order the data source returned them',
  },
];

export function VariableQueryEditor({ query, onChange, ...rest }: Props) {
  const mode = query.mode ?? rest.datasource.getDefaultQuery().mode;
  return (
    <Stack direction="column" gap={1}>
      <QueryEditor {...rest} query={query} onChange={(edited) => onChange({ ...query, ...edited })} />
      {mode !== 'correlate' && (
        <InlineField label="Values" tooltip="Correlate mode lists the matched series, best first.">
          <RadioButtonGroup
            options={VALUES_OPTIONS}
            value={query.values ?? DEFAULT_VARIABLE_VALUES}
            onChange={(values) => onChange({ ...query, values })}
          />
        </InlineField>
      )}
    </Stack>
  );
}
