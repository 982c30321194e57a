/*
 * The chart's tooltip for the hovered point: series name, time, value, anomaly score, the
 * expected band and the detectors that voted in the region around that time. All as text; values
 * in the series' unit and decimals (its field's display processor) when it has one.
 */
import React from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, formattedValueToString, type DisplayProcessor, type GrafanaTheme2 } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';

import type { ChartSlot } from '../chart/buildChart';
import type { PanelRegion } from '../data/regions';
import { TEST_IDS } from '../testIds';

interface Props {
  slot: ChartSlot;
  timeMs: number;
  timeZone: TimeZone;
  regions: readonly PanelRegion[];
}

export function ChartTooltip({ slot, timeMs, timeZone, regions }: Props) {
  const styles = useStyles2(getStyles);
  const s = slot.series;
  const i = indexOfTime(s.timesMs, timeMs);
  const at = <T extends Float64Array | undefined>(a: T) => (a && i >= 0 ? a[i] : NaN);
  const score = 'score' in s ? at(s.score) : NaN;
  const lower = 'lower' in s ? at(s.lower) : NaN;
  const upper = 'upper' in s ? at(s.upper) : NaN;
  const region = regions.find((r) => timeMs >= r.startMs && timeMs <= r.endMs);
  const display = 'display' in s ? s.display : undefined;
  return (
    <div className={styles.box} data-testid={TEST_IDS.tooltip}>
      <div className={styles.title}>
        <span className={styles.swatch} style={{ background: slot.color }} />
        {slot.role === 'overlay' ? `${s.name} (overlaid match)` : s.name}
      </div>
      <div className={styles.muted}>{dateTimeFormat(timeMs, { timeZone })}</div>
      <Row label="Value" value={format(at(s.values), display)} />
      {Number.isFinite(score) && <Row label="Anomaly score" value={`${(score * 100).toFixed(0)}%`} />}
      {Number.isFinite(lower) && Number.isFinite(upper) && (
        <Row label="Expected" value={`${format(lower, display)} – ${format(upper, display)}`} />
      )}
      {region && <Row label="Voted" value={region.voters.length > 0 ? region.voters.join(', ') : 'consensus only'} />}
    </div>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.row}>
      <span className={styles.muted}>{label}</span>
      <span>{value}</span>
    </div>
  );
}

/** A value as its field's display processor shows it (unit, decimals, no value), else plainly. */
function format(v: number, display?: DisplayProcessor): string {
  const text = display ? formattedValueToString(display(v)) : '';
  if (text !== '') {
    return text;
  }
  return Number.isFinite(v) ? (Math.abs(v) >= 1000 ? v.toFixed(0) : v.toPrecision(4)) : '–';
}

/** Index of `t` in ascending `timesMs`, or -1. */
function indexOfTime(timesMs: Float64Array, t: number): number {
  let lo = 0;
  let hi = timesMs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (timesMs[mid] === t) {
      return mid;
    }
    if (timesMs[mid] < t) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return -1;
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({ padding: theme.spacing(1), minWidth: 200, maxWidth: 360 }),
  title: css({
    fontWeight: theme.typography.fontWeightMedium,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    wordBreak: 'break-all',
  }),
  swatch: css({ width: 10, height: 3, flexShrink: 0 }),
  row: css({ display: 'flex', justifyContent: 'space-between', gap: theme.spacing(2) }),
  muted: css({ color: theme.colors.text.secondary }),
});
