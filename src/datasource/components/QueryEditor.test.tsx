import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import React from 'react';
import type { DataSourceApi, DataSourceInstanceSettings, QueryEditorProps } from '@grafana/data';
import type { DataQuery } from '@grafana/schema';

import type { KaleDataSource } from '../datasource';
import type { KaleDataSourceOptions, KaleQuery } from '../types';
import { QueryEditor } from './QueryEditor';

const PROMETHEUS = { uid: 'prom', type: 'prometheus', name: 'Prometheus' } as DataSourceInstanceSettings;

/** The child data sources the fake DataSourceSrv knows; a missing uid rejects, as Grafana's does. */
const children = new Map<string, Partial<DataSourceApi>>();

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  DataSourcePicker: ({ onChange }: { onChange: (ds: DataSourceInstanceSettings) => void }) => (
    <button onClick={() => onChange(PROMETHEUS)}>pick Prometheus</button>
  ),
  getDataSourceSrv: () => ({
    get: async (ref: { uid: string }) => {
      const ds = children.get(ref.uid);
      if (!ds) {
        throw new Error('not found');
      }
      return ds;
    },
  }),
}));

/** Stands in for Prometheus's query editor: one input bound to `expr`. */
function PromEditor({ query, onChange }: QueryEditorProps<DataSourceApi, DataQuery & { expr?: string }>) {
  return (
    <input
      aria-label="PromQL"
      value={query.expr ?? ''}
      onChange={(e) => onChange({ ...query, expr: e.target.value })}
    />
  );
}

const datasource = {
  getDefaultQuery: () => ({ mode: 'detect', preset: 'kale', baselineSec: 86_400 }),
} as unknown as KaleDataSource;

function renderEditor(query: KaleQuery, onChange = jest.fn()) {
  const props = { datasource, query, onChange, onRunQuery: jest.fn() } as unknown as QueryEditorProps<
    KaleDataSource,
    KaleQuery,
    KaleDataSourceOptions
  >;
  render(<QueryEditor {...props} />);
  return onChange;
}

describe('QueryEditor', () => {
  beforeEach(() => {
    children.clear();
    children.set('prom', {
      uid: 'prom',
      type: 'prometheus',
      name: 'Prometheus',
      components: { QueryEditor: PromEditor },
    });
  });

  it('picking a data source sets the child and a fresh query for it', () => {
    const onChange = renderEditor({ refId: 'B' });
    fireEvent.click(screen.getByText('pick Prometheus'));
    expect(onChange).toHaveBeenCalledWith({
      refId: 'B',
      child: { uid: 'prom', type: 'prometheus' },
      childQuery: { refId: 'B', datasource: { uid: 'prom', type: 'prometheus' } },
    });
  });

  it('embeds the child’s own query editor, whose edits become the child query', async () => {
    const child = { uid: 'prom', type: 'prometheus' };
    const onChange = renderEditor({ refId: 'A', child, childQuery: { refId: 'A', expr: 'up' } as never });
    const input = await screen.findByLabelText('PromQL');
    expect(input).toHaveValue('up');
    fireEvent.change(input, { target: { value: 'rate(x[5m])' } });
    expect(onChange).toHaveBeenLastCalledWith({
      refId: 'A',
      child,
      childQuery: { refId: 'A', expr: 'rate(x[5m])', datasource: child },
    });
  });

  it('a child that cannot be loaded, or has no query editor, says so instead of failing', async () => {
    renderEditor({ refId: 'A', child: { uid: 'gone', type: 'prometheus' } });
    expect(await screen.findByText(/Could not load data source gone/)).toBeInTheDocument();
    children.set('bare', { uid: 'bare', type: 'graphite', name: 'Bare', components: {} });
    renderEditor({ refId: 'A', child: { uid: 'bare', type: 'graphite' } });
    expect(await screen.findByText('Bare has no query editor that Kale can embed.')).toBeInTheDocument();
  });

  it('detect mode offers the detection options; correlate mode the target, method and top', () => {
    renderEditor({ refId: 'A', mode: 'detect' });
    expect(screen.getAllByPlaceholderText('preset')).toHaveLength(2);
    expect(screen.queryByPlaceholderText('$series')).toBeNull();
    cleanup();
    const onChange = renderEditor({ refId: 'A', mode: 'correlate' });
    fireEvent.change(screen.getByPlaceholderText('$series'), { target: { value: '{job="api"}' } });
    expect(onChange).toHaveBeenLastCalledWith({ refId: 'A', mode: 'correlate', target: '{job="api"}' });
  });
});
