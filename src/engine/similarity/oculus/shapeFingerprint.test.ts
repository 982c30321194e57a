import { fingerprintText, oculusScale, shapeFingerprint } from './shapeFingerprint';

const text = (xs: number[]) => fingerprintText(shapeFingerprint(Float64Array.from(xs)));

describe('shapeFingerprint (Oculus fingerprint.rb)', () => {
  it('maps previous-minus-next level differences through the asymmetric bands', () => {
    // min 0, max 25: levels equal the values. Differences d = prev − next:
    // 25→21 d=4 sdec; 21→18 d=3 dec; 18→17 d=1 dec; 17→17 d=0 flat; 17→18 d=−1 flat;
    // 18→20 d=−2 inc; 20→24 d=−4 inc; 24→19 d=5 sdec; 19→0 d=19 sdec; 0→5 d=−5 sinc
    expect(text([25, 21, 18, 17, 17, 18, 20, 24, 19, 0, 5])).toBe('sdec dec dec inc inc sdec sdec sinc');
  });

  it('rounds levels up, so only the minimum itself is level 0', () => {
    // levels: 0, ceil(25·0.01/2)=1, 25 → d = −1 (flat), −24 (sinc)
    expect(text([0, 0.01, 2])).toBe('sinc');
  });

  it('reproduces the reference 60-point sine: 25 tokens, 2 inc and 23 dec', () => {
    const words = text(Array.from({ length: 60 }, (_, i) => Math.sin((2 * Math.PI * i) / 60))).split(' ');
    expect(words).toHaveLength(25);
    expect(words.filter((w) => w === 'inc')).toHaveLength(2);
    expect(words.filter((w) => w === 'dec')).toHaveLength(23);
  });

  it('gives an empty fingerprint for constant, all-zero, one-point and empty series', () => {
    expect(text([3, 3, 3])).toBe('');
    expect(text([0, 0, 0])).toBe('');
    expect(text([7])).toBe('');
    expect(text([])).toBe('');
  });

  it('survives Number.MAX_VALUE and a subnormal range', () => {
    expect(text([-Number.MAX_VALUE, Number.MAX_VALUE, 0])).toBe('');
    expect(text([0, 5e-324, 0])).toBe('sinc sdec');
  });
});

describe('oculusScale (EuclidianScript/DTWScript scaleArrayList)', () => {
  it('scales to [0, 25] without rounding', () => {
    expect(Array.from(oculusScale(Float64Array.of(10, 20, 30)))).toEqual([0, 12.5, 25]);
  });

  it('is NaN for a constant series, as Java divides by zero', () => {
    expect(Array.from(oculusScale(Float64Array.of(4, 4))).every(Number.isNaN)).toBe(true);
  });
});
