import React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  EventBusSrv,
  LoadingState,
  createDataFrame,
  dateTime,
  makeTimeRange,
  type DataFrameDTO,
  type PanelData,
  type PanelProps,
} from '@grafana/data';
import { locationService } from '@grafana/runtime';

import { makeFixture, seriesName, type FixtureSpec } from '../../../tests/harness/panelFixture';
import { TEST_IDS } from '../testIds';
import { DEFAULT_PANEL_OPTIONS, type KalePanelOptions } from '../types';
import { KalePanel } from './KalePanel';

// uPlot needs a real canvas: the chart is replaced by its legend (which picks the target the same way).
jest.mock('./KaleChart', () => ({
  KaleChart: ({
    series,
    target,
    onPick,
  }: {
    series: Array<{ name: string }>;
    target?: string;
    onPick: (n: string) => void;
  }) => (
    <div data-testid="kale-panel-chart" data-target={target ?? ''}>
      {series.map((s) => (
        <button key={s.name} onClick={() => onPick(s.name)}>
          legend {s.name}
        </button>
      ))}
    </div>
  ),
}));

function props(
  spec: FixtureSpec,
  overrides: Partial<PanelProps<KalePanelOptions>> = {},
  data: Partial<PanelData> = {}
): PanelProps<KalePanelOptions> {
  const fixture = makeFixture(spec);
  const toFrame = (f: unknown) => createDataFrame(f as DataFrameDTO);
  const timeRange = makeTimeRange(dateTime(fixture.fromMs), dateTime(fixture.toMs));
  return {
    id: 1,
    title: 'Kale',
    data: {
      state: LoadingState.Done,
      series: fixture.series.map(toFrame),
      annotations: fixture.annotations.map(toFrame),
      timeRange,
      ...data,
    },
    timeRange,
    timeZone: 'utc',
    options: { ...DEFAULT_PANEL_OPTIONS },
    fieldConfig: { defaults: {}, overrides: [] },
    transparent: false,
    width: 900,
    height: 600,
    renderCounter: 0,
    replaceVariables: (s: string) => s,
    onOptionsChange: jest.fn(),
    onFieldConfigChange: jest.fn(),
    onChangeTimeRange: jest.fn(),
    eventBus: new EventBusSrv(),
    ...overrides,
  };
}

const correlationList = () => screen.getByTestId(TEST_IDS.correlationList);
async function correlatedWith(name: string) {
  await waitFor(() => expect(correlationList()).toHaveAttribute('data-query', name));
  await waitFor(() => expect(correlationList()).toHaveAttribute('data-status', 'done'), { timeout: 20_000 });
  return within(correlationList())
    .queryAllByTestId(TEST_IDS.correlationRow)
    .map((r) => r.getAttribute('data-name'));
}

describe('KalePanel', () => {
  afterEach(() => jest.restoreAllMocks());

  it('lists the anomalous series by score; a click makes it the target and writes $series', async () => {
    const partial = jest.spyOn(locationService, 'partial');
    render(<KalePanel {...props({ seriesCount: 15, points: 200 })} />);
    const rows = screen.getAllByTestId(TEST_IDS.anomalyRow);
    expect(rows.map((r) => r.getAttribute('data-name')).sort()).toEqual(
      [seriesName(0), seriesName(7), seriesName(14)].sort()
    );
    const scores = rows.map((r) => Number(/(\d+)%/.exec(r.textContent ?? '')?.[1]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    fireEvent.click(rows[2]);
    const name = rows[2].getAttribute('data-name')!;
    expect(partial).toHaveBeenCalledWith({ 'var-series': name }, true);
    expect(screen.getByTestId('kale-panel-chart')).toHaveAttribute('data-target', name);
    const hits = await correlatedWith(name);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits).not.toContain(name);
  });

  it('follows the dashboard variable and writes a custom variable name', async () => {
    const partial = jest.spyOn(locationService, 'partial');
    const p = props({ seriesCount: 10, points: 200 }, { replaceVariables: (s) => (s === '$svc' ? seriesName(4) : s) });
    render(<KalePanel {...p} options={{ ...p.options, variableName: 'svc' }} />);
    expect(screen.getByTestId('kale-panel-chart')).toHaveAttribute('data-target', seriesName(4));
    fireEvent.click(screen.getByText(`legend ${seriesName(2)}`));
    expect(partial).toHaveBeenCalledWith({ 'var-svc': seriesName(2) }, true);
    await correlatedWith(seriesName(2));
  });

  it('saves the target and its correlated set as a collection in the options', async () => {
    const onOptionsChange = jest.fn();
    render(<KalePanel {...props({ seriesCount: 10, points: 200 }, { onOptionsChange })} />);
    fireEvent.click(screen.getByText(`legend ${seriesName(1)}`));
    const hits = await correlatedWith(seriesName(1));
    fireEvent.click(screen.getByTestId(TEST_IDS.saveButton));
    fireEvent.change(screen.getByLabelText('Collection name'), { target: { value: 'incident 42' } });
    fireEvent.change(screen.getByLabelText('Collection description'), { target: { value: 'they moved together' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onOptionsChange).toHaveBeenCalledTimes(1);
    const [next] = onOptionsChange.mock.calls[0] as [KalePanelOptions];
    expect(next.collections).toHaveLength(1);
    expect(next.collections[0]).toEqual(
      expect.objectContaining({ name: 'incident 42', description: 'they moved together', target: seriesName(1) })
    );
    expect(next.collections[0].members.map((m) => m.name)).toEqual([seriesName(1), ...hits]);
    expect(next.topK).toBe(DEFAULT_PANEL_OPTIONS.topK);
  });

  it('searches the correlation-only query too, without drawing or listing it', async () => {
    const p = props({ seriesCount: 20, points: 200, queryBFrom: 10 });
    render(<KalePanel {...p} options={{ ...p.options, corpusRefIds: 'B' }} />);
    expect(screen.getByTestId(TEST_IDS.status)).toHaveTextContent(
      '10 series · 2 anomalous · 20 searched for correlations'
    );
    expect(screen.queryByText(`legend ${seriesName(12)}`)).toBeNull();
    fireEvent.click(screen.getByText(`legend ${seriesName(2)}`));
    const hits = await correlatedWith(seriesName(2));
    expect(hits).toEqual(expect.arrayContaining([seriesName(12), seriesName(17)]));
  });

  it('detects anomalies itself when the data has no anomaly fields', async () => {
    render(
      <KalePanel
        {...props({ seriesCount: 8, points: 300, plain: true })}
        options={{ ...DEFAULT_PANEL_OPTIONS, preset: 'three-sigma' }}
      />
    );
    expect(screen.getByTestId(TEST_IDS.status)).toHaveTextContent(/detecting anomalies in 8 series/);
    await waitFor(
      () => expect(screen.getByTestId(TEST_IDS.status)).toHaveTextContent('scores from the panel’s own detection'),
      { timeout: 20_000 }
    );
    const names = screen.getAllByTestId(TEST_IDS.anomalyRow).map((r) => r.getAttribute('data-name'));
    expect(names).toEqual(expect.arrayContaining([seriesName(0), seriesName(7)]));
  });

  it('says when there is no data, when it is loading and when the query failed', () => {
    const { rerender } = render(<KalePanel {...props({ seriesCount: 0, points: 10 })} />);
    expect(screen.getByTestId(TEST_IDS.message)).toHaveAttribute('data-kind', 'empty');
    rerender(<KalePanel {...props({ seriesCount: 0, points: 10 }, {}, { state: LoadingState.Loading })} />);
    expect(screen.getByTestId(TEST_IDS.message)).toHaveAttribute('data-kind', 'loading');
    rerender(
      <KalePanel
        {...props(
          { seriesCount: 0, points: 10 },
          {},
          { state: LoadingState.Error, errors: [{ message: 'child said no' }] }
        )}
      />
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The query failed: child said no');
  });

  it('renders series names as text, never as HTML', async () => {
    const evil = '<img src=x onerror="alert(1)">';
    const { container } = render(<KalePanel {...props({ seriesCount: 8, points: 100, names: [evil] })} />);
    expect(screen.getAllByText(evil).length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
    await act(async () => undefined);
  });
});
