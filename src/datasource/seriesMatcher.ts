/*
 * Finds the correlation target among a query's series. The target is a series name as Grafana
 * displays it, or a Prometheus-style label matcher: `{job="api", instance=~"web-.*", code!="200"}`
 * (operators =, !=, =~, !~; regular expressions anchored, as in PromQL).
 */
import type { Series } from '../engine/types';

type Op = '=' | '!=' | '=~' | '!~';
interface Matcher {
  label: string;
  op: Op;
  value: string;
}

const MATCHER = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*(?:,|$)/y;

/** Parses `{a="x", b=~"y"}`; undefined when `text` is not a label matcher. */
export function parseMatchers(text: string): Matcher[] | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) {
    return undefined;
  }
  const body = trimmed.slice(1, -1).trim();
  const matchers: Matcher[] = [];
  MATCHER.lastIndex = 0;
  while (MATCHER.lastIndex < body.length) {
    const m = MATCHER.exec(body);
    if (!m) {
      throw new Error(`cannot read the label matcher ${text}: expected label="value" pairs`);
    }
    matchers.push({ label: m[1], op: m[2] as Op, value: m[3].replace(/\\(.)/g, '$1') });
  }
  return matchers;
}

function matches(series: Series, matchers: readonly Matcher[]): boolean {
  return matchers.every(({ label, op, value }) => {
    const actual = series.labels?.[label] ?? '';
    switch (op) {
      case '=':
        return actual === value;
      case '!=':
        return actual !== value;
      case '=~':
        return new RegExp(`^(?:${value})$`).test(actual);
      case '!~':
        return !new RegExp(`^(?:${value})$`).test(actual);
    }
  });
}

/** The series `target` names: an exact display name first, else the first that a matcher selects. */
export function findTarget(series: readonly Series[], target: string): Series {
  const byName = series.find((s) => s.name === target);
  if (byName) {
    return byName;
  }
  const matchers = parseMatchers(target);
  const byLabels = matchers && series.find((s) => matches(s, matchers));
  if (byLabels) {
    return byLabels;
  }
  throw new Error(
    `no series of the query is "${target}"; give a series name as shown in the legend, or a label matcher such as {job="api"}`
  );
}
