import { studentTInverseSurvival, studentTSurvival } from './studentT';

// Reference values: scipy 1.17.1 scipy.stats.t.sf / t.isf.
describe('studentTSurvival', () => {
  it.each([
    [2, 3, 0.06966298427942152],
    [-1.5, 7, 0.911350756505015],
    [40, 2, 0.0003122073360923703],
    [0, 5, 0.5],
  ])('sf(%p, df %p) = %p', (t, df, want) => {
    expect(studentTSurvival(t, df)).toBeCloseTo(want, 13);
  });

  it('gives NaN without degrees of freedom or for NaN', () => {
    expect(studentTSurvival(1, 0)).toBeNaN();
    expect(studentTSurvival(NaN, 4)).toBeNaN();
  });
});

describe('studentTInverseSurvival', () => {
  it.each([
    [0.025, 10, 2.2281388519862753],
    [1e-6, 3, 103.29946778041935],
    [0.05 / 2880, 1438, 4.153148190828615],
    [0.4, 1, 0.32491969623290634],
  ])('isf(%p, df %p) = %p', (p, df, want) => {
    expect(studentTInverseSurvival(p, df)).toBeCloseTo(want, 9);
  });

  it('inverts the survival function', () => {
    for (const df of [1, 2, 5, 30, 1000]) {
      for (const p of [0.3, 0.01, 1e-5, 1e-9]) {
        expect(studentTSurvival(studentTInverseSurvival(p, df), df) / p).toBeCloseTo(1, 9);
      }
    }
  });

  it('is NaN outside 0 < p < ½ or without degrees of freedom', () => {
    expect(studentTInverseSurvival(0.6, 3)).toBeNaN();
    expect(studentTInverseSurvival(0, 3)).toBeNaN();
    expect(studentTInverseSurvival(0.01, 0)).toBeNaN();
    expect(studentTInverseSurvival(0.01, -1)).toBeNaN();
  });
});
