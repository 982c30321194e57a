import { FieldConfigProperty, PanelPlugin } from '@grafana/data';

import { KalePanel } from './components/KalePanel';
import { addPanelOptions } from './options';
import type { KalePanelOptions } from './types';

/**
 * Standard options the panel honours: unit, decimals, min, max, display name and no value (the
 * chart's value axis and tooltip). Colours come from the theme's palette by series order, and the
 * panel has no thresholds, value mappings, links or actions, so those editors are left out.
 */
export const plugin = new PanelPlugin<KalePanelOptions>(KalePanel)
  .useFieldConfig({
    disableStandardOptions: [
      FieldConfigProperty.Color,
      FieldConfigProperty.Thresholds,
      FieldConfigProperty.Mappings,
      FieldConfigProperty.Links,
      FieldConfigProperty.Actions,
      FieldConfigProperty.FieldMinMax,
      FieldConfigProperty.Filterable,
    ],
  })
  .setPanelOptions(addPanelOptions);
