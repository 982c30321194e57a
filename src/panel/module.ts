import { PanelPlugin } from '@grafana/data';

import { KalePanel } from './components/KalePanel';
import { DEFAULT_PANEL_OPTIONS, type KalePanelOptions } from './types';

export const plugin = new PanelPlugin<KalePanelOptions>(KalePanel).setPanelOptions((builder) =>
  builder
    .addNumberInput({
      path: 'topK',
      name: 'Correlated series to list',
      defaultValue: DEFAULT_PANEL_OPTIONS.topK,
      settings: { min: 1, max: 100, integer: true },
    })
    .addTextInput({
      path: 'variableName',
      name: 'Dashboard variable',
      description: 'The clicked series is written to this variable so other panels follow.',
      defaultValue: DEFAULT_PANEL_OPTIONS.variableName,
    })
);
