import { FieldType } from '@grafana/data';

import type { CorrelationHit } from '../engine/similarity';
import { correlationTable } from '../frames/correlationFrames';
import { namesFrame, variableNames } from './variableValues';

const hit = (name: string, kind: CorrelationHit['kind'], similarity: number): CorrelationHit => ({
  name,
  kind,
  similarity,
  distance: 1 - similarity,
  lag: 0,
});

describe('variableNames', () => {
  it('correlate mode: series hits in the table’s order, each once, no collection and no series named as the target', () => {
    const table = correlationTable(
      'cpu',
      [
        hit('disk', 'series', 0.9),
        hit('cpu', 'series', 0.8),
        hit('web tier', 'collection', 0.7),
        hit('net', 'series', 0.6),
        hit('disk', 'series', 0.5),
      ],
      'pearson',
      60_000,
      'A'
    );
    expect(variableNames([table], { refId: 'A', mode: 'correlate' })).toEqual(['disk', 'net']);
  });

  it('lists nothing when the frames hold no table or no regions', () => {
    expect(variableNames([], { refId: 'A', mode: 'correlate' })).toEqual([]);
    expect(variableNames([], { refId: 'A' })).toEqual([]);
    expect(variableNames([], { refId: 'A', values: 'all' })).toEqual([]);
  });
});

describe('namesFrame', () => {
  it('is one string field named text, which Grafana reads as the options', () => {
    const frame = namesFrame(['b', 'a'], 'variable');
    expect(frame.refId).toBe('variable');
    expect(frame.length).toBe(2);
    expect(frame.fields.map((f) => [f.name, f.type, f.values])).toEqual([['text', FieldType.string, ['b', 'a']]]);
  });
});
