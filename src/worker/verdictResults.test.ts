import { detect } from '../engine/detect';
import type { DetectionResult } from '../engine/types';
import type { VerdictResult } from './protocol';
import { resultTransferables } from './resultTransferables';
import { verdictsFrom } from './verdictResults';

const N = 300;
const series = (values: number[]) => ({
  name: 'latency',
  timesMs: Float64Array.from(values, (_, i) => 1_700_000_000_000 + i * 60_000),
  values: Float64Array.from(values),
});
const spiky = () => series(Array.from({ length: N }, (_, i) => 100 + 10 * Math.sin(i / 20) + (i === 250 ? 90 : 0)));

const from = (a: ArrayLike<number> | undefined, start: number) => a && Array.from(a).slice(start);
const slim = (full: DetectionResult, start: number) => verdictsFrom(full, start, full.timesMs.slice(start));

function expectSameVerdicts(full: DetectionResult, start: number, result: VerdictResult) {
  expect(result.name).toBe(full.name);
  expect(Array.from(result.timesMs)).toEqual(from(full.timesMs, start));
  expect(Array.from(result.score)).toEqual(from(full.score, start));
  expect(Array.from(result.anomalous)).toEqual(from(full.anomalous, start));
  expect(Array.from(result.votes)).toEqual(from(full.votes, start));
  expect(from(result.upper, 0)).toEqual(from(full.upper, start));
  expect(from(result.lower, 0)).toEqual(from(full.lower, start));
  expect(result.notices).toEqual(full.notices);
  expect(result.detectors.map((d) => [d.id, Array.from(d.verdicts), d.diagnostics])).toEqual(
    full.detectors.map((d) => [d.id, from(d.verdicts, start), d.diagnostics])
  );
  result.detectors.forEach((d) => expect(Object.keys(d).sort()).toEqual(['diagnostics', 'id', 'verdicts']));
}

describe('verdictsFrom', () => {
  it.each(['skyline', 'kale', 'morgoth', 'three-sigma'] as const)(
    'keeps the %s result and every verdict from `start` on, in three buffers besides the times',
    (preset) => {
      const full = detect(spiky(), { preset });
      for (const start of [0, 120, N - 1, N]) {
        const result = slim(full, start);
        expectSameVerdicts(full, start, result);
        const buffers = resultTransferables([result]).filter((b) => b !== result.timesMs.buffer);
        expect(buffers).toHaveLength(3);
        const bytes = (bs: ArrayBuffer[]) => bs.reduce((n, b) => n + b.byteLength, 0);
        const fullBytes = bytes(resultTransferables([full]).filter((b) => b !== full.timesMs.buffer));
        expect(bytes(buffers)).toBeLessThanOrEqual(fullBytes);
      }
    }
  );

  it('copies: nothing it returns shares memory with the full result', () => {
    const full = detect(spiky(), { preset: 'skyline' });
    const result = slim(full, 0);
    const fullBuffers = new Set(resultTransferables([full]));
    expect(resultTransferables([result]).some((b) => fullBuffers.has(b))).toBe(false);
  });

  it.each([
    ['empty', []],
    ['one point', [5]],
    ['NaN', [1, NaN, 3, NaN]],
    ['±Infinity', [1, Infinity, -Infinity, 2]],
    ['Number.MAX_VALUE', [Number.MAX_VALUE, 1, Number.MAX_VALUE]],
    ['constant', Array.from({ length: 50 }, () => 7)],
  ])('handles a %s series like the full result', (_, values) => {
    const full = detect(series(values), { preset: 'skyline' });
    expectSameVerdicts(full, 0, slim(full, 0));
  });
});
