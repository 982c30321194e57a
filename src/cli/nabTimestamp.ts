/*
 * Parses NAB's timestamps ("2014-07-01 00:00:00", windows as "2014-04-10 07:15:00.000000") to
 * epoch ms, read as UTC; ISO forms with a 'T', a 'Z' or an offset are accepted too.
 * Returns NaN when the text is not such a timestamp.
 */
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

export function parseNabTimestamp(text: string): number {
  const m = PATTERN.exec(text.trim());
  if (!m) {
    return NaN;
  }
  const [, y, mo, d, h, mi, s = '0', frac = '', zone = 'Z'] = m;
  const ms = frac === '' ? 0 : Math.round(Number(frac) * 1000);
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (zone === 'Z') {
    return local;
  }
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return local - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
}
