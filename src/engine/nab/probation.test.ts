import { probationaryRows } from './probation';

describe('probationaryRows', () => {
  it('is floor(0.15 × rows), capped at 750 (0.15 × 5000)', () => {
    expect(probationaryRows(1127)).toBe(169); // NAB's shortest file: 169 rows of probation
    expect(probationaryRows(4032)).toBe(604);
    expect(probationaryRows(5000)).toBe(750);
    expect(probationaryRows(5007)).toBe(750);
    expect(probationaryRows(22695)).toBe(750);
  });

  it('handles empty and tiny files', () => {
    expect(probationaryRows(0)).toBe(0);
    expect(probationaryRows(6)).toBe(0);
    expect(probationaryRows(7)).toBe(1);
  });

  it('takes other fractions, capped at fraction × 5000 (NAB sweeper_test.py)', () => {
    expect(probationaryRows(100, 0)).toBe(0);
    expect(probationaryRows(100, 1)).toBe(100);
    expect(probationaryRows(100, 0.1)).toBe(10);
    expect(probationaryRows(5000, 0.1)).toBe(500);
    expect(probationaryRows(6000, 0.1)).toBe(500);
  });
});
