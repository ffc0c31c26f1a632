/** Words before a figure that widen it into an interval: "about", "more than", "up to". */
import { Tok } from './tokens';

export const APPROX = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'estimated', 'an', 'circa', 'approx']);
export const ABOVE = new Set(['over', 'above', 'exceed', 'exceeding', 'exceeds', 'surpass', 'top', 'topping', 'beyond', 'upwards']);
export const BELOW = new Set(['under', 'below', 'fewer', 'less', 'to']);

/** Interval of values a qualifier allows, and whether it is an approximation. Exact values allow rounding of their last digit. */
export function qualify(toks: Tok[], i: number, firstIdx: number, v: number, step: number): { low: number; high: number; approx: boolean; nearFigure?: boolean } {
  const w1 = toks[firstIdx - 1]?.lower ?? '';
  const w2 = toks[firstIdx - 2]?.lower ?? '';
  const pair = `${w2} ${w1}`;
  const half = step / 2;
  // "the top 1 percent" names a group; "could top $5 billion" is a bound.
  if (w1 === 'top' && w2 === 'the') return { low: v - half, high: v + half, approx: false };
  if (pair === 'more than' || pair === 'at least' || pair === 'upwards of' || pair === 'in excess' || ABOVE.has(w1)) return { low: v - half, high: Infinity, approx: false };
  if (pair === 'less than' || pair === 'fewer than' || pair === 'up to' || pair === 'at most' || (BELOW.has(w1) && w1 !== 'to')) return { low: -Infinity, high: v + half, approx: false };
  if (approximate(toks, firstIdx)) {
    // "about 9,000" rounds; "about 14,200" gives three figures and means them, give or take 3%:
    // widened by 15% it agreed with a source's 12,400. (At 1%, "some $156 billion" conflicted with
    // another outlet's round "$160 billion" for the same tariffs.)
    if (significantDigits(v, step) >= 3) return { low: v * 0.97 - half, high: v * 1.03 + half, approx: false, nearFigure: true };
    return { low: v * 0.85 - half, high: v * 1.15 + half, approx: true };
  }
  return { low: v - half, high: v + half, approx: false };
}

/** Significant figures of a value written to `step`: 9,000 has one, 1,100 two, 14,200 and 2.35 three. */
function significantDigits(v: number, step: number): number {
  let units = Math.round(Math.abs(v) / step);
  if (!Number.isFinite(units) || units === 0) return 0;
  while (units % 10 === 0) units /= 10;
  return String(units).length;
}

/** "about 30%", "roughly 1,200", "close to 40": an approximation (ABOVE and BELOW words aside). */
function approximate(toks: Tok[], firstIdx: number): boolean {
  const w1 = toks[firstIdx - 1]?.lower ?? '';
  return APPROX.has(w1) || (w1 === 'to' && toks[firstIdx - 2]?.lower === 'close');
}
