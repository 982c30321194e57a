import fc from 'fast-check';

import { MIN_LIST_WIDTH, MIN_STACKED_HEIGHT, panelLayout } from './layout';

describe('panelLayout', () => {
  it('stacks the lists under the chart in a tall panel', () => {
    expect(panelLayout(1100, 700)).toEqual({
      direction: 'stacked',
      chart: { width: 1100, height: 406 },
      lists: { width: 1100, height: 294 },
    });
  });

  it('puts the lists beside the chart in a short, wide panel', () => {
    expect(panelLayout(900, 250)).toEqual({
      direction: 'side-by-side',
      chart: { width: 558, height: 250 },
      lists: { width: 342, height: 250 },
    });
  });

  it('shows the chart alone when the panel is short and narrow', () => {
    expect(panelLayout(500, 250)).toEqual({
      direction: 'chart-only',
      chart: { width: 500, height: 250 },
      lists: { width: 0, height: 0 },
    });
  });

  it('never gives out more area than the panel has', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: -50, max: 3000 }), (width, height) => {
        const layout = panelLayout(width, height);
        const used =
          layout.direction === 'stacked'
            ? { w: Math.max(layout.chart.width, layout.lists.width), h: layout.chart.height + layout.lists.height }
            : { w: layout.chart.width + layout.lists.width, h: Math.max(layout.chart.height, layout.lists.height) };
        expect(used.w).toBeLessThanOrEqual(width);
        expect(used.h).toBeLessThanOrEqual(Math.max(0, height));
        if (layout.direction === 'side-by-side') {
          expect(layout.lists.width).toBeGreaterThanOrEqual(MIN_LIST_WIDTH);
        }
        expect(layout.direction === 'stacked').toBe(height >= MIN_STACKED_HEIGHT);
      })
    );
  });
});
