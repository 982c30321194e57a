/*
 * The app's page: what Kale adds to this Grafana and how to start using it.
 */
import React from 'react';
import type { AppRootProps } from '@grafana/data';
import { Stack, Text, TextLink } from '@grafana/ui';

export function AppOverview(_props: AppRootProps) {
  return (
    <Stack direction="column" gap={2}>
      <Text element="h2">Kale for Grafana</Text>
      <Text>
        Kale finds anomalies in the series of any Prometheus or Graphite query, with its own streaming detector by
        default (the value, its smoothed level and its daily and weekly seasonal change, each against the range of its
        history) or by a consensus of Etsy Skyline&apos;s nine algorithms, Morgoth&apos;s fingerprinters and
        three-sigma, and finds the series that move with the one you click. All analysis runs in a web worker in your
        browser.
      </Text>
      <Text element="h4">Start</Text>
      <ol>
        <li>
          Add a data source of type <strong>Kale anomaly detection</strong> (
          <TextLink href="/connections/datasources/new">Connections → Data sources</TextLink>) and pick the data source
          it analyses by default.
        </li>
        <li>
          In a dashboard panel, choose the Kale data source, then write your PromQL or Graphite query in the embedded
          editor.
        </li>
        <li>
          Use the built-in Time series panel for bands and anomaly regions, or the{' '}
          <strong>Kale anomalies and correlations</strong> panel for the anomalous-series list and click-to-correlate.
        </li>
      </ol>
    </Stack>
  );
}
