/*
 * The panel's option editors, built declaratively: detection (used when the data carries no
 * anomaly fields), correlation, the dashboard variable, colours, the stored collections, and
 * Grafana's own legend options (no legend calculations: the legend lists series).
 */
import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { commonOptionsBuilder } from '@grafana/ui';

import { PRESET_OPTIONS } from '../components/presetOptions';

import { CollectionsEditor } from './components/CollectionsEditor';
import { DetectorsEditor } from './components/DetectorsEditor';
import { DEFAULT_PANEL_OPTIONS as D, type KalePanelOptions } from './types';

const DETECTION = 'Detection (when the data has no anomaly scores)';
const CORRELATION = 'Correlation';
const COLOURS = 'Colours';

export function addPanelOptions(
  builder: PanelOptionsEditorBuilder<KalePanelOptions>
): PanelOptionsEditorBuilder<KalePanelOptions> {
  builder
    .addRadio({
      path: 'preset',
      name: 'Detectors',
      category: [DETECTION],
      defaultValue: D.preset,
      settings: {
        options: PRESET_OPTIONS.map(({ value, label, description }) => ({ value, label, description })),
      },
    })
    .addCustomEditor({
      id: 'detectors',
      path: 'detectors',
      name: 'Custom detectors',
      category: [DETECTION],
      defaultValue: D.detectors,
      editor: DetectorsEditor,
      showIf: (o) => o.preset === 'custom',
    })
    .addNumberInput({
      path: 'consensus',
      name: 'Consensus',
      description:
        'Votes needed: an integer ≥ 1 is a count, a number below 1 a fraction of the detectors; 0 keeps the preset’s own.',
      category: [DETECTION],
      defaultValue: D.consensus,
      settings: { min: 0 },
    })
    .addRadio({
      path: 'method',
      name: 'Method',
      category: [CORRELATION],
      defaultValue: D.method,
      settings: {
        options: [
          {
            value: 'lagged',
            label: 'Lagged',
            description: 'Best correlation within ± the largest lag: who leads whom',
          },
          { value: 'pearson', label: 'Pearson' },
          { value: 'dtw', label: 'DTW' },
          { value: 'oculus', label: 'Oculus' },
        ],
      },
    })
    .addSliderInput({
      path: 'bandFraction',
      name: 'Band width',
      description: 'Warping band and largest lag, as a fraction of the series length.',
      category: [CORRELATION],
      defaultValue: D.bandFraction,
      settings: { min: 0, max: 0.5, step: 0.01 },
    })
    .addNumberInput({
      path: 'topK',
      name: 'Correlated series to list',
      category: [CORRELATION],
      defaultValue: D.topK,
      settings: { min: 1, max: 100, integer: true },
    })
    .addTextInput({
      path: 'corpusRefIds',
      name: 'Correlation-only queries',
      description: 'Comma-separated query refIds (e.g. a wider query B) whose series are searched but not drawn.',
      category: [CORRELATION],
      defaultValue: D.corpusRefIds,
    })
    .addTextInput({
      path: 'variableName',
      name: 'Dashboard variable',
      description: 'The target series is written to this variable so other panels follow.',
      defaultValue: D.variableName,
    })
    .addNumberInput({
      path: 'maxDrawnSeries',
      name: 'Series drawn at most',
      description: 'The most anomalous are drawn first; the lists always cover every series.',
      defaultValue: D.maxDrawnSeries,
      settings: { min: 1, integer: true },
    })
    .addRadio({
      path: 'bands',
      name: 'Expected bands',
      description: 'Shade the band of the target and the previewed series, or of every drawn series.',
      defaultValue: D.bands,
      settings: {
        options: [
          { value: 'focused', label: 'Target' },
          { value: 'all', label: 'All series' },
        ],
      },
    })
    .addColorPicker({ path: 'bandColor', name: 'Expected band', category: [COLOURS], defaultValue: D.bandColor })
    .addColorPicker({ path: 'anomalyColor', name: 'Anomalies', category: [COLOURS], defaultValue: D.anomalyColor })
    .addColorPicker({ path: 'matchColor', name: 'Overlaid match', category: [COLOURS], defaultValue: D.matchColor })
    .addCustomEditor({
      id: 'collections',
      path: 'collections',
      name: 'Collections',
      description: 'Saved from the panel; they are matched in later searches.',
      defaultValue: D.collections,
      editor: CollectionsEditor,
    });
  commonOptionsBuilder.addLegendOptions(builder, false);
  return builder;
}
