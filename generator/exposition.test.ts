import { formatLabels, graphiteLines, renderPrometheusText, writeOpenMetrics } from './exposition';
import { createModel } from './model';

const ANCHOR = Date.UTC(2026, 10, 18, 12, 0);
const model = createModel({ anchorMs: ANCHOR });

describe('formatLabels', () => {
  it('quotes and escapes label values', () => {
    expect(formatLabels({ a: 'x', b: 'say "hi"\\\n' })).toBe('{a="x",b="say \\"hi\\"\\\\\\n"}');
    expect(formatLabels({})).toBe('');
  });
});

describe('renderPrometheusText', () => {
  const text = renderPrometheusText(model, ANCHOR);
  const lines = text.trim().split('\n');

  it('writes one HELP and TYPE per family and one sample per series, matching the model', () => {
    expect(lines.filter((l) => l.startsWith('# TYPE'))).toHaveLength(8);
    const samples = lines.filter((l) => !l.startsWith('#'));
    expect(samples).toHaveLength(224);
    for (const s of model.series) {
      expect(samples).toContain(`${s.name}${formatLabels(s.labels)} ${model.valueAt(s, ANCHOR)}`);
    }
  });

  it('keeps each family in one contiguous block', () => {
    const names = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('{')[0]);
    const blocks = names.filter((n, i) => i === 0 || names[i - 1] !== n);
    expect(new Set(blocks).size).toBe(blocks.length);
  });
});

describe('writeOpenMetrics', () => {
  it('writes timestamped samples with the scrape target labels, counters without _total in TYPE, and # EOF', () => {
    const chunks: string[] = [];
    const series = [model.byKey('kale.search.query.requests'), model.byKey('kale.checkout.cart.latency_p99')];
    writeOpenMetrics(model, { fromMs: ANCHOR, toMs: ANCHOR + 30e3, stepMs: 15e3 }, (c) => chunks.push(c), {
      series,
      targetLabels: { job: 'j', instance: 'i:1' },
    });
    const text = chunks.join('');
    expect(text.endsWith('# EOF\n')).toBe(true);
    expect(text).toContain('# TYPE kale_http_requests counter\n');
    expect(text).toContain('# TYPE kale_http_latency_p99_seconds gauge\n');
    const t = ANCHOR / 1000 + 15;
    const v = model.valueAt(series[0], t * 1000);
    expect(text).toContain(
      `kale_http_requests_total{service="search",endpoint="/query",job="j",instance="i:1"} ${v} ${t}\n`
    );
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toHaveLength(6);
  });

  it('refuses a non-positive step', () => {
    expect(() => writeOpenMetrics(model, { fromMs: 0, toMs: 1, stepMs: 0 }, () => undefined)).toThrow('bad step');
  });
});

describe('graphiteLines', () => {
  it('writes `path value seconds` per series', () => {
    const s = model.byKey('kale.inventory.process.memory_bytes');
    expect(graphiteLines(model, ANCHOR + 1500, [s])).toBe(
      `kale.inventory.process.memory_bytes ${model.valueAt(s, ANCHOR + 1500)} ${ANCHOR / 1000 + 1}\n`
    );
  });
});
