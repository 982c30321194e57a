/*
 * Correlation search for the panel: the corpus (every series of the panel's data plus the
 * correlation-only queries) is loaded into the worker once per data change, ahead of any click,
 * so a click only searches; it is packed and sent in a task after the render's, so the chart
 * draws first. A query is a series name or a sketch; stored collections are matched as well.
 * A corpus the engine dropped is loaded again once. For DTW, series longer than DTW_POINTS are
 * searched averaged down to that length (data/coarsen.ts) and the lags scaled back.
 */
import { useEffect, useRef, useState } from 'react';

import { batchFromSeries } from '../../engine/series/batch';
import type { CorrelateOptions, CorrelationHit, CorrelationQuery } from '../../engine/similarity';
import type { EngineClient } from '../../worker/client';
import { coarsen, type CoarseSeries } from '../data/coarsen';
import type { PanelSeries } from '../data/panelSeries';

/** Longest series DTW searches; longer ones are averaged down to it. */
const DTW_POINTS = 500;

export interface Correlation {
  readonly status: 'idle' | 'running' | 'done' | 'error';
  readonly hits: readonly CorrelationHit[];
  readonly notices: readonly string[];
  readonly engineMs?: number;
  readonly error?: string;
}

interface LoadedCorpus {
  readonly coarse: CoarseSeries;
  readonly key: string;
  ready: Promise<unknown>;
}

interface Answer extends Correlation {
  readonly query: CorrelationQuery;
  readonly options: CorrelateOptions;
  readonly series: readonly PanelSeries[];
}

let corpusCount = 0;

export function useCorrelation(
  client: EngineClient,
  series: readonly PanelSeries[],
  query: CorrelationQuery | undefined,
  options: CorrelateOptions
): Correlation {
  const corpus = useRef<LoadedCorpus | undefined>(undefined);
  const [answer, setAnswer] = useState<Answer>();
  const dtw = options.method === 'dtw';

  useEffect(() => {
    if (series.length === 0) {
      corpus.current = undefined;
      return;
    }
    const key = `kale-panel-${++corpusCount}`;
    const coarse = dtw ? coarsen(series, DTW_POINTS) : { series, factor: 1 };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancel: (reason: Error) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      timer = setTimeout(resolve, 0);
      cancel = reject;
    }).then(() => client.loadCorpus(key, batchFromSeries(coarse.series)));
    ready.catch(() => undefined);
    corpus.current = { coarse, key, ready };
    return () => {
      clearTimeout(timer);
      cancel(new Error('corpus superseded'));
    };
  }, [client, series, dtw]);

  useEffect(() => {
    const loaded = corpus.current;
    if (!query || !loaded) {
      return undefined;
    }
    let live = true;
    const search = async () => {
      await loaded.ready;
      if (!client.hasCorpus(loaded.key)) {
        loaded.ready = client.loadCorpus(loaded.key, batchFromSeries(loaded.coarse.series));
        await loaded.ready;
      }
      return client.correlate(loaded.key, query, options);
    };
    const { factor } = loaded.coarse;
    search()
      .then(
        (r) =>
          live &&
          setAnswer({
            query,
            options,
            series,
            status: 'done',
            hits: factor === 1 ? r.hits : r.hits.map((h) => ({ ...h, lag: h.lag * factor })),
            notices:
              factor === 1 ? r.notices : [...r.notices, `DTW on the series averaged over ${factor} steps per point.`],
            engineMs: r.engineMs,
          })
      )
      .catch(
        (e: unknown) =>
          live &&
          setAnswer({
            query,
            options,
            series,
            status: 'error',
            hits: [],
            notices: [],
            error: e instanceof Error ? e.message : String(e),
          })
      );
    return () => {
      live = false;
    };
  }, [client, series, query, options]);

  if (!query || series.length === 0) {
    return { status: 'idle', hits: [], notices: [] };
  }
  if (!answer || answer.query !== query || answer.options !== options || answer.series !== series) {
    return { status: 'running', hits: answer?.hits ?? [], notices: [] };
  }
  return answer;
}
