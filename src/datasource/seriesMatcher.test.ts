import type { Series } from '../engine/types';
import { findTarget, parseMatchers } from './seriesMatcher';

const series = (name: string, labels: Record<string, string>): Series => ({
  name,
  labels,
  timesMs: new Float64Array(),
  values: new Float64Array(),
});

const all = [
  series('checkout cart p99', { __name__: 'latency', service: 'checkout', endpoint: '/cart' }),
  series('payments charge p99', { __name__: 'latency', service: 'payments', endpoint: '/charge' }),
  series('payments errors', { service: 'payments', endpoint: '/charge' }),
];

describe('findTarget', () => {
  it('prefers an exact display name', () => {
    expect(findTarget(all, 'payments errors').name).toBe('payments errors');
  });

  it('selects by metric name and label matchers, regex anchored as in PromQL', () => {
    expect(findTarget(all, 'latency{service="payments",endpoint="/charge"}').name).toBe('payments charge p99');
    expect(findTarget(all, '{service=~"pay.*", __name__!="latency"}').name).toBe('payments errors');
    expect(() => findTarget(all, '{service=~"pay"}')).toThrow(/no series/);
  });

  it('explains what it accepts when nothing matches', () => {
    expect(() => findTarget(all, 'latency{service="search"}')).toThrow(
      /no series of the query is "latency\{service="search"\}"/
    );
  });
});

describe('parseMatchers', () => {
  it('reads escaped quotes and all four operators', () => {
    expect(parseMatchers('{a="x\\"y", b!="2", c=~"3|4", d!~"5"}')).toEqual([
      { label: 'a', op: '=', value: 'x"y' },
      { label: 'b', op: '!=', value: '2' },
      { label: 'c', op: '=~', value: '3|4' },
      { label: 'd', op: '!~', value: '5' },
    ]);
  });

  it('says a plain name is not a selector and refuses a malformed one', () => {
    expect(parseMatchers('just a name')).toBeUndefined();
    expect(() => parseMatchers('{a=x}')).toThrow(/expected label="value" pairs/);
  });
});
