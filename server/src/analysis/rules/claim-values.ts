/** When two claims' values agree: overlapping intervals, a rounded price, a unit's conversion, a figure given "about". */
import { Claim } from '../claims/claim';
import { writtenScale } from '../claims/measures';
import { SCALES } from '../claims/numbers';

/** Values this many times apart are different quantities, not one reported wrongly. */
const DIFFERENT_QUANTITY_RATIO = 50;
/** Tallies whose larger sides are this many times apart: a series and a game, a vote of judges and of a house. */
const TALLY_SCALE_RATIO = 5;

/** Bounds in the same direction agree when their figures are this close ("more than 1.2 million" and "more than 1.23 million"). */
const SAME_BOUND_TOLERANCE = 0.15;

export function compatible(a: Claim, b: Claim): boolean {
  if (a.kind === 'money' && roundedPrice(a, b)) return true;
  if (a.kind === 'weekday' && (nightBefore(a, b) || nightBefore(b, a))) return true;
  // "at about 5:07" agrees with "5:07 p.m." and "17:07": read in the other half of the day too.
  if (a.twelveHour && (compatible(halfDayOn(a, 720), b) || compatible(halfDayOn(a, -720), b))) return true;
  if (b.twelveHour && (compatible(a, halfDayOn(b, 720)) || compatible(a, halfDayOn(b, -720)))) return true;
  // "More than 100,000" and "more than 160,000" overlap as intervals, yet state different figures.
  if (a.high === Infinity && b.high === Infinity) return closeFigures(a.low, b.low) || (a.kind === 'count' && (roundBoundHolds(a, b) || roundBoundHolds(b, a)));
  if (a.low === -Infinity && b.low === -Infinity) return closeFigures(a.high, b.high);
  // Widened by 15% each, two approximations overlap though a third apart: "about 30%" and "about
  // 40%" state different figures, "about 1,000" and "about 1,200" may be one.
  if (a.approx && b.approx) return closeFigures(mid(a), mid(b), APPROX_TOLERANCE);
  // One approximation against a figure: within the 15% the approximation allows, of the figure
  // itself; the figure's own rounding on top let "roughly £1.4 million" pass for £1.1m.
  if (a.approx !== b.approx) return closeFigures(mid(a), mid(b), SAME_BOUND_TOLERANCE);
  // Two ranges state both their ends: "10-15 minutes" and "10-16 minutes" overlap, yet differ.
  if (a.ranged && b.ranged && !a.approx && !b.approx) return closeFigures(a.low, b.low, RANGE_END_TOLERANCE) && closeFigures(a.high, b.high, RANGE_END_TOLERANCE);
  // Two conversions of agreeing measures, each close to the measure it restates, are one measure
  // each outlet rounded its own way: "185 mph (295 kph)" against "185 mph (298 km/h)" (185 mph is
  // 297.7 km/h). A conversion changed by more than its rounding is still compared.
  if (faithfulConversion(a) && faithfulConversion(b) && closeFigures(a.restated!, b.restated!, CONVERSION_TOLERANCE)) return true;
  // A measure against its conversion, each rounded in its own scale.
  if (a.kind === 'count' && Number.isFinite(a.high) && Number.isFinite(b.high) && convertedMeasures(a, b)) return closeFigures(mid(a), mid(b), CONVERSION_TOLERANCE) || Math.min(a.high, b.high) > Math.max(a.low, b.low);
  // Two precise approximations ("about 6,250", "about 6,520") state their figures: widened by 3%
  // each, their intervals overlapped though the digits were swapped.
  if (a.nearFigure && b.nearFigure) return closeFigures(mid(a), mid(b), NEAR_FIGURE_TOLERANCE);
  // Rounding intervals of neighbouring figures touch ("2019" is 2018.5-2019.5, "2020" 2019.5-2020.5):
  // touching is not agreeing. A point (a weekday, a date) agrees with itself and with a range of days holding it ("June 24-25").
  const point = a.low === a.high || b.low === b.high;
  return Math.min(a.high, b.high) > Math.max(a.low, b.low) || (point && Math.min(a.high, b.high) >= Math.max(a.low, b.low));
}

/**
 * "killing over 200 people" and "at least 241 people died": a round lower bound (one significant
 * digit) is an exact count (its last digit not 0) rounded down to it, below the bound's next round
 * step. Two round figures ("more than 100,000", "more than 160,000") still state two figures.
 */
function roundBoundHolds(round: Claim, exact: Claim): boolean {
  const r = round.low + 0.5;
  const x = exact.low + 0.5;
  if (!Number.isInteger(r) || !Number.isInteger(x) || r < 10 || x % 10 === 0) return false;
  const unit = 10 ** Math.floor(Math.log10(r));
  return r % unit === 0 && x > r && x < r + unit;
}

/** A twelve-hour time moved to the other half of the day (minutes `by`), no longer read as either. */
const halfDayOn = (c: Claim, by: number): Claim => ({ ...c, low: c.low + by, high: c.high + by, twelveHour: undefined });

/**
 * "$3,499" and "$3,500", "$999" and "$1,000", "$19.99" and "$20": a price ending in 9 and the round
 * figure one step above it, as reports round it ("will sell for $3,500"). Round means two zeros
 * or more at the price's step, and the price has three digits or more: "$49" against "$50", "$99"
 * against "$100" (a saving as often as a price) are still two figures.
 */
function roundedPrice(a: Claim, b: Claim): boolean {
  if (a.approx || b.approx) return false;
  const [price, round] = mid(a) < mid(b) ? [a, b] : [b, a];
  const step = price.high - price.low;
  return mid(price) / step >= 100 && Math.abs(mid(round) - mid(price) - step) < step / 100 && Math.round(mid(round) / step) % 100 === 0;
}

/**
 * "185 mph" and "near 295 km/h", "13 feet" and "four metres": one measure written in two scales,
 * the second converted from the first and rounded (185 mph is 297.7 km/h). They agree within 3%.
 */
const CONVERSION_TOLERANCE = 0.03;

/** A conversion within its rounding of the value it restates. */
function faithfulConversion(c: Claim): boolean {
  return c.restated !== undefined && closeFigures(mid(c), c.restated, CONVERSION_TOLERANCE);
}

function convertedMeasures(a: Claim, b: Claim): boolean {
  const x = writtenScale(a.text);
  const y = x && writtenScale(b.text);
  return !!y && x !== y;
}

/** Two ranges' ends agree when this close, each end with its rounding (a converted range's too). */
const RANGE_END_TOLERANCE = 0.02;

/** Two approximations of three significant digits or more agree when this close, as each allows. */
const NEAR_FIGURE_TOLERANCE = 0.03;

/** Two approximations agree when their figures are this close, relative to the larger. */
const APPROX_TOLERANCE = 0.2;

/** Figures no further apart than the tolerance, relative to the larger. */
function closeFigures(x: number, y: number, tolerance = SAME_BOUND_TOLERANCE): boolean {
  return Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
}

const mid = (c: Claim) => (c.low + c.high) / 2;

/** Two sums' intervals overlap, or their figures are within the rounding of a figure to three digits. */
export function overlaps(a: [number, number], b: [number, number]): boolean {
  return Math.min(a[1], b[1]) >= Math.max(a[0], b[0]) || closeFigures((a[0] + a[1]) / 2, (b[0] + b[1]) / 2, 0.01);
}

export const sameFigure = (a: Claim, b: Claim) => a.low === b.low && a.high === b.high;

/** The figure a claim states: its interval's middle, or a bound's finite end ("up to 3m", "more than 100"). */
function figureOf(c: Claim): number {
  if (c.low === -Infinity) return c.high;
  if (c.high === Infinity) return c.low;
  return (c.low + c.high) / 2;
}

/** Claims that are labels and codes, not magnitudes. */
export const LABEL_KINDS: ReadonlySet<Claim['kind']> = new Set(['weekday', 'date', 'year', 'ordinal', 'age', 'time']);

export function differentQuantity(a: Claim, b: Claim): boolean {
  // A series won 4-1 and a game won 106-88: tallies whose larger sides are this far apart count
  // different things (a tally is encoded as larger side * 1000 + smaller).
  if (a.kind === 'tally') {
    const x = Math.floor(a.low / 1000);
    const y = Math.floor(b.low / 1000);
    return Math.max(x, y) >= TALLY_SCALE_RATIO * Math.max(Math.min(x, y), 1);
  }
  if (LABEL_KINDS.has(a.kind)) return false;
  const x = Math.abs(figureOf(a));
  const y = Math.abs(figureOf(b));
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  return Math.max(x, y) > DIFFERENT_QUANTITY_RATIO * Math.max(Math.min(x, y), 1e-9) && !(a.kind === 'money' && scaleSlip(a, b));
}

/**
 * "£26 million" against "£26 billion": the same figure with another scale word is the word slipped,
 * not another sum (two different sums a thousand times apart rarely share their digits too).
 */
function scaleSlip(a: Claim, b: Claim): boolean {
  const x = scaleWord(a.text);
  const y = scaleWord(b.text);
  return x !== undefined && y !== undefined && x !== y && a.text.replace(MONEY_SCALE, '') === b.text.replace(MONEY_SCALE, '');
}
const MONEY_SCALE = /\s?(?:million|billion|trillion|mn|bn|tn|m)\b\.?$/i;
/** The factor of the scale word closing a sum's text (SCALES, as the figure was read). */
function scaleWord(text: string): number | undefined {
  const m = MONEY_SCALE.exec(text);
  return m ? SCALES[m[0].trim().replace('.', '').toLowerCase()] : undefined;
}

/**
 * Figures ten times apart or more (a lower bar than differentQuantity's, for sentences that are not
 * near copies) whose first two significant digits differ: "$4.3 million" and "$43 million" is a
 * slipped zero, still compared.
 */
export function farApart(a: Claim, b: Claim): boolean {
  const x = figureOf(a);
  const y = figureOf(b);
  if (!(x > 0) || !(y > 0) || !Number.isFinite(x) || !Number.isFinite(y)) return false;
  if (Math.max(x, y) / Math.min(x, y) < FAR_APART) return false;
  const digits = (v: number) => Math.round(v / 10 ** (Math.floor(Math.log10(v)) - 1));
  return digits(x) !== digits(y);
}
const FAR_APART = 10;

/**
 * "in the early hours of Sunday morning" and "Saturday night": one night, told by its end and by
 * its evening. Only against the evening or night said: "early on Sunday" and "early on Saturday", or
 * "Saturday" alone, are two days.
 */
function nightBefore(early: Claim, other: Claim): boolean {
  return !!early.smallHours && other.low === other.high && other.low === (early.low + 6) % 7 && (other.anchor === 'night' || other.anchor === 'evening');
}
