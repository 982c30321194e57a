/*
 * The demo's Prometheus and Graphite children when real servers are given: queries go through
 * the demo server's proxy (`/proxy/prometheus/…`, `/proxy/graphite/…`, as Grafana proxies its
 * data sources), and the bodies become frames the way Grafana shapes them.
 */
import type { DataQueryRequest, DataQueryResponse } from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';

import { graphiteRenderToFrames, promMatrixToFrames } from '../tests/harness/childFrames';

type Query = { refId: string; expr?: string; target?: string; legendFormat?: string };

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    const detail = (body as { error?: string; message?: string } | undefined)?.error ?? response.statusText;
    throw new Error(`${response.status} ${detail}`);
  }
  return body;
}

export function httpChild(uid: string, type: 'prometheus' | 'graphite') {
  return {
    uid,
    type,
    name: type === 'prometheus' ? 'Prometheus' : 'Graphite',
    async query(request: DataQueryRequest<Query>): Promise<DataQueryResponse> {
      const fromSec = Math.floor(request.range.from.valueOf() / 1000);
      const toSec = Math.ceil(request.range.to.valueOf() / 1000);
      const stepSec = Math.max(15, Math.round(request.intervalMs / 1000));
      const frames = await Promise.all(
        request.targets.map(async (q) => {
          const text = getTemplateSrv().replace(q.expr ?? q.target ?? '', request.scopedVars);
          if (type === 'prometheus') {
            const params = new URLSearchParams({
              query: text,
              start: String(fromSec),
              end: String(toSec),
              step: String(stepSec),
            });
            return promMatrixToFrames(
              await fetchJson(`/proxy/prometheus/api/v1/query_range?${params}`),
              q.refId,
              q.legendFormat
            );
          }
          const params = new URLSearchParams({
            target: text,
            from: String(fromSec),
            until: String(toSec),
            format: 'json',
          });
          return graphiteRenderToFrames(await fetchJson(`/proxy/graphite/render?${params}`), q.refId);
        })
      );
      return { data: frames.flat() };
    },
  };
}
