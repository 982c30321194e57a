/*
 * The demo's stand-in for Prometheus and Graphite when no server is given: answers the
 * dashboard's queries from the metrics generator's model, through the same response bodies a
 * real server returns (so the frames match what Grafana would hand over). It understands the
 * subset of PromQL and Graphite the provisioned dashboard uses: metric selectors with label
 * matchers joined by `or`, with or without `rate(…)`; Graphite paths with `*` and `{a,b}`
 * globs, with or without `perSecond(…)`. Anything else is answered with an error.
 */
import type { DataQueryRequest, DataQueryResponse } from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';

import { createModel, generateSeries, type Model } from '../generator/model';
import { parseMatchers } from '../src/datasource/seriesMatcher';
import { graphiteRenderToFrames, promMatrixToFrames } from '../tests/harness/childFrames';

type Query = { refId: string; expr?: string; target?: string; legendFormat?: string };

const SELECTOR = /([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\{[^}]*\})?/g;
const PROMQL_WORDS = new Set(['rate', 'irate', 'or', 'and', 'sum', 'by', 'avg', 'max', 'min']);

function promSeries(model: Model, expr: string): { keys: string[]; rate: boolean } {
  const keys = new Set<string>();
  const cleaned = expr.replace(/\[[^\]]*\]/g, '');
  for (const [, metric, labelText] of cleaned.matchAll(SELECTOR)) {
    if (PROMQL_WORDS.has(metric)) {
      continue;
    }
    const matchers = parseMatchers(labelText ?? '{}') ?? [];
    for (const spec of model.series) {
      const ok =
        spec.name === metric &&
        matchers.every(({ label, op, value }) => {
          const actual = spec.labels[label] ?? '';
          const re = new RegExp(`^(?:${value})$`);
          return op === '='
            ? actual === value
            : op === '!='
              ? actual !== value
              : op === '=~'
                ? re.test(actual)
                : !re.test(actual);
        });
      if (ok) {
        keys.add(spec.key);
      }
    }
  }
  return { keys: [...keys], rate: /\b(i?rate)\s*\(/.test(expr) };
}

function graphiteSeries(model: Model, target: string): { keys: string[]; rate: boolean } {
  let path = target.trim();
  let rate = false;
  for (let m = path.match(/^(\w+)\((.*)\)$/); m; m = path.match(/^(\w+)\((.*)\)$/)) {
    rate ||= m[1] === 'perSecond' || m[1] === 'nonNegativeDerivative';
    path = m[2].split(',')[0].trim();
  }
  const pattern = path
    .split('.')
    .map((part) =>
      part
        .replace(/[.+?^$()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^.]*')
        .replace(/\{([^}]*)\}/g, (_, alts: string) => `(?:${alts.split(',').join('|')})`)
    )
    .join('\\.');
  const re = new RegExp(`^${pattern}$`);
  return { keys: model.series.filter((s) => re.test(s.key)).map((s) => s.key), rate };
}

/** A child data source answering Prometheus-style (`expr`) or Graphite-style (`target`) queries. */
export function generatorChild(uid: string, type: 'prometheus' | 'graphite', anchorMs: number) {
  const model = createModel({ anchorMs });
  return {
    uid,
    type,
    name: `${type === 'prometheus' ? 'Prometheus' : 'Graphite'} (generated)`,
    async query(request: DataQueryRequest<Query>): Promise<DataQueryResponse> {
      const stepMs = Math.max(15_000, request.intervalMs);
      // Aligned to the step, as Prometheus aligns query_range.
      const fromMs = Math.ceil(request.range.from.valueOf() / stepMs) * stepMs;
      const toMs = request.range.to.valueOf();
      const data = request.targets.flatMap((q) => {
        const text = getTemplateSrv().replace(q.expr ?? q.target ?? '', request.scopedVars);
        const { keys, rate } = type === 'prometheus' ? promSeries(model, text) : graphiteSeries(model, text);
        const generated = generateSeries(model, { fromMs, toMs, stepMs, keys, counters: rate ? 'rate' : 'total' });
        if (type === 'prometheus') {
          const result = generated.map((g) => ({
            metric: { __name__: g.name, ...g.labels },
            values: g.points.map(([t, v]) => [t / 1000, String(v)]),
          }));
          return promMatrixToFrames(
            { status: 'success', data: { resultType: 'matrix', result } },
            q.refId,
            q.legendFormat
          );
        }
        const body = generated.map((g, i) => ({
          target: keys[i],
          datapoints: g.points.map(([t, v]) => [v, t / 1000]),
        }));
        return graphiteRenderToFrames(body, q.refId);
      });
      return { data };
    },
  };
}
