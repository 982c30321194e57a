/*
 * Detection run by the panel itself, for data without anomaly fields (a plain Prometheus query):
 * the same worker as the data source, a fresh batch per run, the previous run cancelled when the
 * data or the options change. Status is derived from which job the last answer belongs to.
 */
import { useEffect, useMemo, useState } from 'react';

import type { DetectRequest } from '../../engine/detect';
import { batchFromSeries } from '../../engine/series/batch';
import type { DetectionResult } from '../../engine/types';
import type { EngineClient } from '../../worker/client';
import type { PanelSeries } from '../data/panelSeries';
import { regionsFromResults, type PanelRegion } from '../data/regions';

export interface Detection {
  readonly status: 'off' | 'running' | 'done' | 'error';
  readonly series: PanelSeries[];
  readonly regions: PanelRegion[];
  readonly notices: readonly string[];
  readonly error?: string;
}

interface Answer {
  readonly job: object;
  readonly series: PanelSeries[];
  readonly regions: PanelRegion[];
  readonly notices: readonly string[];
  readonly error?: string;
}

const NONE: PanelSeries[] = [];

export function useDetection(
  client: EngineClient,
  series: PanelSeries[],
  enabled: boolean,
  request: DetectRequest
): Detection {
  const job = useMemo(
    () => (enabled && series.length > 0 ? { series, request } : undefined),
    [enabled, series, request]
  );
  const [answer, setAnswer] = useState<Answer>();
  useEffect(() => {
    if (!job) {
      return undefined;
    }
    const controller = new AbortController();
    client
      .detect(batchFromSeries(job.series), job.request, { signal: controller.signal })
      .then((response) => {
        const detected = response.results.map((r, i) => withDetection(job.series[i], r));
        const errors = response.results.flatMap((r) =>
          r.notices.filter((n) => n.startsWith('error:')).map((n) => `${r.name}: ${n}`)
        );
        setAnswer({
          job,
          series: detected,
          regions: regionsFromResults(response.results, -Infinity),
          notices: [...response.notices, ...errors],
        });
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) {
          setAnswer({ job, series: NONE, regions: [], notices: [], error: e instanceof Error ? e.message : String(e) });
        }
      });
    return () => controller.abort();
  }, [client, job]);

  return useMemo(() => {
    if (!job) {
      return { status: 'off', series: NONE, regions: [], notices: [] };
    }
    if (answer?.job !== job) {
      return { status: 'running', series: NONE, regions: [], notices: [] };
    }
    return {
      status: answer.error ? 'error' : 'done',
      series: answer.series,
      regions: answer.regions,
      notices: answer.notices,
      error: answer.error,
    };
  }, [job, answer]);
}

/** The series with the result's score and band; the engine may have dropped duplicate times. */
function withDetection(s: PanelSeries, r: DetectionResult): PanelSeries {
  let values = s.values;
  if (r.timesMs.length !== s.timesMs.length) {
    const byTime = new Map<number, number>();
    s.timesMs.forEach((t, i) => byTime.set(t, s.values[i]));
    values = r.timesMs.map((t) => byTime.get(t) ?? NaN);
  }
  return { ...s, timesMs: r.timesMs, values, score: r.score, lower: r.lower, upper: r.upper };
}
