import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';
import type { DataSourceInstanceSettings, DataSourceSettings } from '@grafana/data';

import { DEFAULT_MAX_POINTS, DEFAULT_WORKER_TIMEOUT_SEC, type KaleDataSourceOptions } from '../types';
import { ConfigEditor } from './ConfigEditor';

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  DataSourcePicker: ({ onChange }: { onChange: (ds: DataSourceInstanceSettings) => void }) => (
    <button onClick={() => onChange({ uid: 'graphite', type: 'graphite' } as DataSourceInstanceSettings)}>
      pick Graphite
    </button>
  ),
}));

function renderConfig(jsonData: KaleDataSourceOptions) {
  const options = { uid: 'kale', jsonData } as DataSourceSettings<KaleDataSourceOptions>;
  const onOptionsChange = jest.fn();
  render(<ConfigEditor options={options} onOptionsChange={onOptionsChange} />);
  return onOptionsChange;
}

describe('ConfigEditor', () => {
  it('keeps the other settings when one changes: the default data source', () => {
    const onOptionsChange = renderConfig({ maxPoints: 5000 });
    fireEvent.click(screen.getByText('pick Graphite'));
    expect(onOptionsChange).toHaveBeenCalledWith({
      uid: 'kale',
      jsonData: { maxPoints: 5000, defaultChild: { uid: 'graphite', type: 'graphite' } },
    });
  });

  it('shows the built-in limits as placeholders, and an emptied limit falls back to them', () => {
    const onOptionsChange = renderConfig({ workerTimeoutSec: 30 });
    expect(screen.getByPlaceholderText(String(DEFAULT_MAX_POINTS))).toHaveValue(null);
    const timeout = screen.getByPlaceholderText(String(DEFAULT_WORKER_TIMEOUT_SEC));
    expect(timeout).toHaveValue(30);
    fireEvent.change(timeout, { target: { value: '' } });
    expect(onOptionsChange).toHaveBeenLastCalledWith({ uid: 'kale', jsonData: { workerTimeoutSec: undefined } });
    fireEvent.change(screen.getByPlaceholderText(String(DEFAULT_MAX_POINTS)), { target: { value: '2000000' } });
    expect(onOptionsChange).toHaveBeenLastCalledWith({
      uid: 'kale',
      jsonData: { workerTimeoutSec: 30, maxPoints: 2_000_000 },
    });
  });

  it('sets a default consensus, empty meaning the preset’s own', () => {
    const onOptionsChange = renderConfig({});
    fireEvent.change(screen.getByPlaceholderText('preset'), { target: { value: '4' } });
    expect(onOptionsChange).toHaveBeenLastCalledWith({ uid: 'kale', jsonData: { defaultConsensus: 4 } });
  });
});
