import { PanelPlugin } from '@grafana/data';

import { KalePanel } from './components/KalePanel';
import { addPanelOptions } from './options';
import type { KalePanelOptions } from './types';

export const plugin = new PanelPlugin<KalePanelOptions>(KalePanel).setPanelOptions(addPanelOptions);
