import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';
import type { QueryEditorProps } from '@grafana/data';

import type { KaleDataSource } from '../datasource';
import type { KaleDataSourceOptions, KaleQuery } from '../types';
import type { KaleVariableQuery } from '../variableQuery';
import { VariableQueryEditor } from './VariableQueryEditor';

jest.mock('@grafana/runtime', () => ({ ...jest.requireActual('@grafana/runtime'), DataSourcePicker: () => null }));

const datasource = {
  getDefaultQuery: () => ({ mode: 'detect', preset: 'kale', baselineSec: 86_400 }),
} as unknown as KaleDataSource;

function renderEditor(query: KaleVariableQuery) {
  const onChange = jest.fn();
  const props = { datasource, query, onChange, onRunQuery: jest.fn() } as unknown as QueryEditorProps<
    KaleDataSource,
    KaleQuery,
    KaleDataSourceOptions,
    KaleVariableQuery
  >;
  render(<VariableQueryEditor {...props} />);
  return onChange;
}

describe('VariableQueryEditor', () => {
  it('detect mode offers the values, anomalous series by default; picking one sets it', () => {
    const onChange = renderEditor({ refId: 'variable', mode: 'detect' });
    expect(screen.getByRole('radio', { name: 'Anomalous series' })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: 'All series' }));
    expect(onChange).toHaveBeenLastCalledWith({ refId: 'variable', mode: 'detect', values: 'all' });
  });

  it('an edit in the anomaly query editor keeps the values choice', () => {
    const onChange = renderEditor({ refId: 'variable', values: 'all' });
    expect(screen.getByRole('radio', { name: 'All series' })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: 'Correlate' }));
    expect(onChange).toHaveBeenLastCalledWith({ refId: 'variable', values: 'all', mode: 'correlate' });
  });

  it('correlate mode lists the matches, so it offers no values choice', () => {
    renderEditor({ refId: 'variable', mode: 'correlate' });
    expect(screen.getByPlaceholderText('$series')).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Anomalous series' })).toBeNull();
  });
});
