/*
 * Finds the correlation target among a query's series. The target is a series name as Grafana
 * displays it, or a Prometheus-style selector: `up{job="api", instance=~"web-.*", code!="200"}`
 * (the metric name is optional; operators =, !=, =~, !~; regular expressions anchored, as in
 * PromQL; the metric name matches the `__name__` label).
 */
import type { Series } from '../engine/types';

type Op = '=' | '!=' | '=~' | '!~';
interface Matcher {
  label: string;
  op: Op;
  value: string;
}

const MATCHER = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*(?:,|$)/y;

const SELECTOR = /^([a-zA-Z_:][a-zA-Z0-9_:]*)?\s*\{(.*)\}$/s;

/** Parses `metric{a="x", b=~"y"}` (metric optional); undefined when `text` is not a selector. */
export function parseMatchers(text: string): Matcher[] | undefined {
  const selector = text.trim().match(SELECTOR);
  if (!selector) {
    return undefined;
  }
  const body = selector[2].trim();
  const matchers: Matcher[] = selector[1] ? [{ label: '__name__', op: '=', value: selector[1] }] : [];
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
