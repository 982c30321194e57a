import { SKYLINE_ALGORITHMS, skylineEvery, skylineLatest } from './index';
import { noise, TEST_NOW_MS } from './testWindows';

const T0 = TEST_NOW_MS;
const series = (values: number[], stepSec = 60) => ({
  name: 's',
  timesMs: Float64Array.from(values, (_, i) => T0 + i * stepSec * 1000),
  values: Float64Array.from(values),
});
const lastSec = (values: number[], stepSec = 60) => (T0 + (values.length - 1) * stepSec * 1000) / 1000;

describe('skylineLatest', () => {
  const day = noise(1440).map((v) => 100 + v);

  it('runs all nine algorithms in Etsy order and counts votes', () => {
    const v = skylineLatest(series([...day.slice(0, 1437), 160, 160, 160]));
    expect(v.status).toBe('ok');
    expect(Object.keys(v.verdicts)).toEqual([...SKYLINE_ALGORITHMS]);
    expect(v.anomalous).toBe(true);
    expect(v.votes).toBeGreaterThanOrEqual(6);
  });

  it('counts median_absolute_deviation’s None as a vote in skyline mode only', () => {
    const quiet = skylineLatest(series(day));
    expect(quiet.verdicts.median_absolute_deviation).toBeNull();
    expect(quiet.votes).toBe(Object.values(quiet.verdicts).filter((r) => r !== false).length);
    const strict = skylineLatest(series(day), { consensusMode: 'strict' });
    expect(strict.votes).toBe(Object.values(strict.verdicts).filter((r) => r === true).length);
  });

  it('is TooShort for an empty series and Boring for a constant one or a single point', () => {
    expect(skylineLatest(series([])).status).toBe('TooShort');
    expect(skylineLatest(series([42])).status).toBe('Boring');
    expect(skylineLatest(series(new Array(500).fill(3))).status).toBe('Boring');
  });

  it('is Stale when now is more than 500 s after the last point', () => {
    const values = noise(50);
    expect(skylineLatest(series(values), {}, lastSec(values) + 501).status).toBe('Stale');
    expect(skylineLatest(series(values), {}, lastSec(values) + 500).status).toBe('ok');
  });

  it('only sees points in (now − FULL_DURATION, now]', () => {
    const values = [...noise(100), 1e6];
    const atSpike = skylineLatest(series(values));
    const before = skylineLatest(series(values), {}, lastSec(values) - 60);
    expect(atSpike.verdicts.median_absolute_deviation).toBe(true);
    expect(before.verdicts.median_absolute_deviation).toBeNull();
  });

  it('drops NaN by default; under nanPolicy "fail" a NaN in the window voids it (Error)', () => {
    const values = [...noise(50), NaN, ...noise(50, 2)];
    expect(skylineLatest(series(values)).status).toBe('ok');
    expect(skylineLatest(series(values)).notices.join()).toMatch(/dropped 1 NaN/);
    const failed = skylineLatest(series(values), { nanPolicy: 'fail' });
    expect(failed).toMatchObject({ status: 'Error', anomalous: false, votes: 0, verdicts: {} });
  });

  it('voids a window holding ±Infinity (numpy.histogram raises), not one holding Number.MAX_VALUE', () => {
    expect(skylineLatest(series([...noise(50), Infinity, 1])).status).toBe('Error');
    expect(skylineLatest(series([...noise(50), -Infinity, 1])).status).toBe('Error');
    const huge = skylineLatest(series([...noise(50), Number.MAX_VALUE, -Number.MAX_VALUE, 1]));
    expect(huge.status).toBe('ok');
    expect(typeof huge.anomalous).toBe('boolean');
  });

  it('rejects invalid options and a non-finite now with a RangeError naming them', () => {
    expect(() => skylineLatest(series([1, 2]), { fullDurationSec: 0 })).toThrow(/fullDurationSec/);
    expect(() => skylineLatest(series([1, 2]), { algorithms: ['nope' as 'grubbs'] })).toThrow(/unknown id: nope/);
    expect(() => skylineLatest(series([1, 2]), {}, NaN)).toThrow(/nowSec/);
  });
});

describe('skylineEvery', () => {
  it('returns one track per algorithm, scores = votes / 9, NaN where skipped', () => {
    const values = [...noise(300).map((v) => 100 + v), 170, 170, 170];
    const r = skylineEvery(series(values));
    expect(r.detectors.map((d) => d.id)).toEqual([...SKYLINE_ALGORITHMS]);
    expect(r.score[0]).toBeNaN();
    expect(r.notices.join()).toMatch(/Boring at 1 point/);
    const last = values.length - 1;
    expect(r.score[last]).toBeCloseTo(r.votes[last] / 9, 12);
    expect(r.anomalous[last]).toBe(1);
    expect(r.upper?.[last]).toBeGreaterThan(100);
  });

  it('handles empty, one point, constant, NaN, ±Infinity and MAX_VALUE without throwing', () => {
    expect(skylineEvery(series([])).anomalous).toHaveLength(0);
    expect(Array.from(skylineEvery(series([5])).votes)).toEqual([0]);
    expect(skylineEvery(series(new Array(200).fill(1))).anomalous.every((a) => a === 0)).toBe(true);
    const bad = skylineEvery(series([1, 2, NaN, Infinity, Number.MAX_VALUE, -Infinity, 3, 4]), { nanPolicy: 'fail' });
    expect(Array.from(bad.anomalous)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(bad.notices.join()).toMatch(/Error at 6 point/);
  });
});
