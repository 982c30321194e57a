import { PanelOptionsEditorBuilder, standardEditorsRegistry } from '@grafana/data';

import { PRESETS } from '../engine/detectors/registry';
import { plugin } from './module';
import { addPanelOptions } from './options';
import { DEFAULT_PANEL_OPTIONS, type KalePanelOptions } from './types';

// Grafana core fills this registry at start-up; here each editor id the builder asks for is a stub.
const EDITOR_IDS = ['radio', 'number', 'slider', 'text', 'color', 'custom', 'boolean'];
standardEditorsRegistry.setInit(() => EDITOR_IDS.map((id) => ({ id, name: id, editor: () => null })));

function items() {
  const builder = new PanelOptionsEditorBuilder<KalePanelOptions>();
  addPanelOptions(builder);
  return builder.getItems();
}

describe('panel options', () => {
  it('has one editor per option, each defaulting to DEFAULT_PANEL_OPTIONS', () => {
    const byPath = new Map(items().map((item) => [item.path, item.defaultValue]));
    const topLevel = new Set([...byPath.keys()].map((path) => path.split('.')[0]));
    expect([...topLevel].sort()).toEqual(Object.keys(DEFAULT_PANEL_OPTIONS).sort());
    for (const [path, value] of Object.entries(DEFAULT_PANEL_OPTIONS)) {
      if (path !== 'legend') {
        expect(byPath.get(path)).toEqual(value);
      }
    }
  });

  it('has Grafana’s legend options (without calculations), defaulting to a list at the bottom', () => {
    const byPath = new Map(items().map((item) => [item.path, item.defaultValue]));
    const { showLegend, displayMode, placement } = DEFAULT_PANEL_OPTIONS.legend;
    expect([byPath.get('legend.showLegend'), byPath.get('legend.displayMode'), byPath.get('legend.placement')]).toEqual(
      [showLegend, displayMode, placement]
    );
    expect(byPath.has('legend.calcs')).toBe(false);
  });

  it('shows the custom detector list only for the custom preset', () => {
    const detectors = items().find((item) => item.path === 'detectors')!;
    expect(detectors.showIf?.({ ...DEFAULT_PANEL_OPTIONS, preset: 'custom' }, undefined)).toBe(true);
    expect(detectors.showIf?.({ ...DEFAULT_PANEL_OPTIONS, preset: 'skyline' }, undefined)).toBe(false);
  });

  it('offers every detector preset the engine has, and custom', () => {
    const preset = items().find((item) => item.path === 'preset')!;
    const values = (preset.settings as { options: Array<{ value: string }> }).options.map((o) => o.value);
    expect(values.sort()).toEqual([...Object.keys(PRESETS), 'custom'].sort());
  });

  it('offers every correlation method the engine has', () => {
    const method = items().find((item) => item.path === 'method')!;
    const values = (method.settings as { options: Array<{ value: string }> }).options.map((o) => o.value);
    expect(values.sort()).toEqual(['dtw', 'lagged', 'oculus', 'pearson']);
  });

  it('the plugin registers the same editors', () => {
    expect(plugin.panel).toBeDefined();
    const supplier = plugin.getPanelOptionsSupplier();
    const builder = new PanelOptionsEditorBuilder<KalePanelOptions>();
    supplier(builder, { data: [] });
    expect(builder.getItems().map((i) => i.path)).toEqual(items().map((i) => i.path));
  });
});
