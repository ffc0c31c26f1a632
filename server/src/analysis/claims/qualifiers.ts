/** Words before a figure that widen it into an interval: "about", "more than", "up to", a range's first number. */
import { parseNumber } from './numbers';
import { Tok } from './tokens';

export const APPROX = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'estimated', 'an', 'circa', 'approx']);
export const ABOVE = new Set(['over', 'above', 'exceed', 'exceeding', 'exceeds', 'surpass', 'top', 'topping', 'beyond', 'upwards']);
export const BELOW = new Set(['under', 'below', 'fewer', 'less', 'to']);

/** Interval of values a qualifier allows, and whether it is an approximation. Exact values allow rounding of their last digit. */
export function qualify(toks: Tok[], i: number, firstIdx: number, v: number, step: number): { low: number; high: number; approx: boolean; nearFigure?: boolean } {
  // "over a dozen", "about a hundred": the qualifier stands before the article.
  if (toks[firstIdx - 1]?.lower === 'a' && A_NUMBER_WORDS.has(toks[firstIdx]?.lower ?? '')) firstIdx--;
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

/** Number words written after "a": "a dozen", "a hundred". */
const A_NUMBER_WORDS = new Set(['dozen', 'hundred', 'thousand', 'million', 'billion']);

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

/** Between a range's two numbers: a dash, or " to ". */
const RANGE_DASH = /^ ?[-\u2013] ?$/;

/**
 * The first number of a range that ends at toks[i], "30 to 60 cm", "1-3m", "two to three weeks",
 * "between 10 and 20 people": the range's first token ("between" or the number) and the number's
 * value, in the second's unit and scale. Not after "from" ("rose from 30 to 60 percent" is a
 * change, its end the figure), not from zero, and only upward (a score runs downward: "a 19-16 lead").
 */
export function rangeStart(toks: Tok[], i: number, sentence: string, base: number, value: number): { index: number; value: number } | undefined {
  const prev = toks[i - 1];
  if (!prev) return undefined;
  const gap = sentence.slice(prev.end - base, toks[i].start - base);
  let k: number;
  if (RANGE_DASH.test(gap)) k = i - 1;
  else if (gap === ' ' && (prev.lower === 'to' || prev.lower === 'and') && i >= 2 && sentence.slice(toks[i - 2].end - base, prev.start - base) === ' ') k = i - 2;
  else return undefined;
  // A model's or a phone number's parts are no range: "A350-900", "648-9109".
  const before = sentence[toks[k].start - base - 1];
  if ((before !== undefined && !/[\s(]/.test(before)) || (k === i - 1 && /^\d{3}$/.test(toks[k].text) && /^\d{4}$/.test(toks[i].text))) return undefined;
  const n = parseNumber(toks[k].text);
  // "0-60 mph in 4.5 seconds" is a car's sprint, not a range of speeds.
  if (!n || n.value === 0 || n.value >= value || toks[k - 1]?.lower === 'from') return undefined;
  if (prev.lower !== 'and') return { index: k, value: n.value };
  return toks[k - 1]?.lower === 'between' ? { index: k - 1, value: n.value } : undefined;
}
