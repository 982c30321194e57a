/*
 * uPlot plugin: the expected bands, drawn in the drawAxes hook (after the grid, before the lines).
 * Each band is reduced to pixel columns (bandEnvelope.ts) and composited with the others of its
 * colour in a pixel buffer (coverageRaster.ts), which goes onto the plot as one image: canvas
 * polygon fills of thin, jagged bands cost ~15 ms each in headless Chromium, the buffer about
 * 10 ms for 50 bands. The buffers are kept per plot size and shared by all charts.
 * A band's upper and lower series stay uPlot series without paths, so the y scale and the tooltip
 * still see them; a band is drawn only while its line and both its series are shown.
 */
import type uPlot from 'uplot';
import { colorManipulator } from '@grafana/data';
import type { UPlotConfigBuilder } from '@grafana/ui';

import { bandColumns, columnSpans, type ColumnSpans } from './bandEnvelope';
import { CoverageRaster, opacityDensity } from './coverageRaster';
import { scaleOfSeries } from './valueScale';

export interface BandFill {
  /** uPlot series indices of the band's upper and lower values and of the line it belongs to. */
  readonly upper: number;
  readonly lower: number;
  readonly line: number;
  readonly rgb: readonly [number, number, number];
  readonly opacity: number;
}

/** A CSS colour as RGB and opacity. */
export function bandColour(css: string): Pick<BandFill, 'rgb' | 'opacity'> {
  const { values } = colorManipulator.decomposeColor(colorManipulator.asRgbString(css));
  const [red, green, blue, opacity = 1] = values.map(Number);
  return { rgb: [red, green, blue], opacity };
}

export function bandsPlugin(builder: UPlotConfigBuilder, bands: readonly BandFill[]): void {
  if (bands.length === 0) {
    return;
  }
  builder.addHook('drawAxes', (u: uPlot) => {
    const { left, top } = u.bbox;
    const width = Math.round(u.bbox.width);
    const height = Math.round(u.bbox.height);
    const shown = bands.filter((b) => u.series[b.line]?.show && u.series[b.upper]?.show && u.series[b.lower]?.show);
    const buffers = width > 0 && height > 0 && shown.length > 0 ? buffersFor(width, height) : undefined;
    if (!buffers) {
      return;
    }
    const { layer, layerCtx, raster, image, spans } = buffers;
    const times = u.data[0];
    const xPx = new Float64Array(times.length);
    for (let i = 0; i < times.length; i++) {
      xPx[i] = u.valToPos(times[i], 'x', true) - left;
    }
    for (const group of byColour(shown)) {
      raster.clear();
      for (const band of group) {
        const key = scaleOfSeries(u, band.upper);
        const min = u.scales[key]?.min ?? 0;
        const max = u.scales[key]?.max ?? 1;
        const at = u.valToPos(min, key, true) - top;
        const perUnit = max > min ? (u.valToPos(max, key, true) - top - at) / (max - min) : 0;
        const density = opacityDensity(band.opacity);
        bandColumns(xPx, u.data[band.lower], u.data[band.upper], { origin: min, at, perUnit }, spans);
        for (let c = 0; c < width; c++) {
          if (spans.coverage[c] > 0) {
            raster.addSpan(c, spans.top[c], spans.bottom[c], density * spans.coverage[c]);
          }
        }
      }
      const painted = raster.paint(group[0].rgb, image.data);
      if (painted.rows > 0) {
        layerCtx.putImageData(image, 0, 0, 0, painted.top, width, painted.rows);
        u.ctx.drawImage(layer, 0, painted.top, width, painted.rows, left, top + painted.top, width, painted.rows);
      }
    }
  });
}

interface Buffers {
  readonly layer: HTMLCanvasElement;
  readonly layerCtx: CanvasRenderingContext2D;
  readonly raster: CoverageRaster;
  readonly image: ImageData;
  readonly spans: ColumnSpans;
}

/**
 * Buffers by plot size, shared by every chart: a draw uses them from start to end without
 * yielding, so charts never interleave, and a chart rebuilt for a new target allocates nothing.
 * At most MAX_SIZES sizes are kept (the oldest goes first).
 */
const buffersBySize = new Map<string, Buffers>();
const MAX_SIZES = 4;

function buffersFor(width: number, height: number): Buffers | undefined {
  const key = `${width}x${height}`;
  const kept = buffersBySize.get(key);
  if (kept) {
    return kept;
  }
  const layer = document.createElement('canvas');
  layer.width = width;
  layer.height = height;
  const layerCtx = layer.getContext('2d');
  if (!layerCtx) {
    return undefined;
  }
  const buffers = {
    layer,
    layerCtx,
    raster: new CoverageRaster(width, height),
    image: layerCtx.createImageData(width, height),
    spans: columnSpans(width),
  };
  const oldest = buffersBySize.keys().next();
  if (buffersBySize.size >= MAX_SIZES && !oldest.done) {
    buffersBySize.delete(oldest.value);
  }
  buffersBySize.set(key, buffers);
  return buffers;
}

function byColour(bands: readonly BandFill[]): BandFill[][] {
  const groups = new Map<string, BandFill[]>();
  for (const band of bands) {
    const key = band.rgb.join(',');
    const group = groups.get(key);
    if (group) {
      group.push(band);
    } else {
      groups.set(key, [band]);
    }
  }
  return [...groups.values()];
}
