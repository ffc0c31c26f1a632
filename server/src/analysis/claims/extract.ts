/**
 * Typed claims in a sentence: money, percentages, counts with their noun, durations, ordinals,
 * years, dates and weekdays, with qualifiers ("about", "more than", "up to") turned into intervals.
 * Numbers inside a period expression ("first 11 months", "January-November") are not claims: they
 * describe which period the other claims are about, and are kept as the sentence's period.
 */
import { LETTER, charOfKindAt } from '../text/chars';
import { STOPWORDS, stemWord } from '../text/segment';
import { Claim, ClaimKind, exact } from './claim';
import { ISO_DATE_REST, TO_THE_SECOND, clockDurationAt, scheduledServiceAt, timeAt, timedWord } from './clock';
import { ABOARD_UNITS, eventBefore, fateAfter, fateOf, groupAfterOf, measureBefore, onTheGround, partOfTotal, saysAboard, splitCountAfter, totalOfPart } from './counted';
import { CODE_BEFORE, DOLLAR_PREFIXES, SYMBOLS, currencyAfter, isoCode, ratePerYear, ratesOfRanges } from './currency';
import { ASKING_HINTS, CHANGE_VERBS, EXIT_POLL, FORECAST_HINTS, addedFigure, askedFor, elidedThresholds, expectedFigure, separateBefore, thresholdFigure } from './figure-roles';
import { TIME_UNITS, belowZero, isUnitSymbol, magnitudeOf, markConversions, markDepth, markMovement, measureAfter, measuredStuff, percentagePointsAt, placeMeasuredFrom, temperatureAfter } from './measures';
import { ORDINAL_WORDS, SCALES, SMALL, parseNumber } from './numbers';
import { ageAt, capitalisedRunStart } from './people';
import { FIGURE_END, MONTH_PERIOD_WORDS, datelineLength, periodsOf } from './periods';
import { ABOVE, APPROX, BELOW, qualify, rangeStart } from './qualifiers';
import { markPercentMoves } from './percent-moves';
import { markResultLines } from './results-lines';
import { DATE_TO_YEAR, SUPERSEDED_WORDS, markAdjusted, markCalendarDays, markReference, markSumsOfShares, supersededReport } from './sentence-marks';
import { ENGAGEMENT, percentSplitAt, rankLabelBefore, seriesScoreAt, tallyAt, tiebreakAt } from './tallies';
import { CAPITALISED_WORD, DAY_PARTS, MONTHS, MONTH_ABBR, NOUN_STOP, POSSESSIVE_END, Tok, WEEKDAYS, monthOf, nounAfter, percentEnd, singular, tokenAfter, tokenize, weekdayOf } from './tokens';
import { NAMED_DAY, RELATIVE_AHEAD, announcedOnDate, announcesToll, attributionAside, confirmsOn, datedAt, followsAsOf, introducesQuote, opensReport, weekdayRoles } from './weekday-roles';

const NUMBER_WORD_UNIT = /^([a-z]+(?:-[a-z]+)?)-(second|minute|hour|day|week|month|year|decade)$/;

/**
 * Every claim starts at a digit or at one of these words; a sentence with neither holds no claim
 * and is not tokenised (most sentences of an article).
 */
const CLAIM_HINT = new RegExp(
  `\\d|\\b(?:${[...WEEKDAYS, ...MONTHS, ...Object.keys(MONTH_ABBR), ...Object.keys(ORDINAL_WORDS), ...Object.keys(SMALL), 'long'].join('|')})\\b`,
  'i',
);

/**
 * Words a claim can start at besides numbers in digits and hyphenated words ("hour-long",
 * "twenty-five"): any other token is passed over without the per-token tests below.
 */
const HEAD_WORDS = new Set([...WEEKDAYS, ...MONTHS, ...Object.keys(MONTH_ABBR), ...Object.keys(ORDINAL_WORDS), ...Object.keys(SMALL)]);

function canStartClaim(t: Tok): boolean {
  const c = t.lower.charCodeAt(0);
  return (c >= 48 && c <= 57) || HEAD_WORDS.has(t.lower) || t.lower.includes('-') || weekdayOf(t) >= 0;
}

/**
 * One sentence being read for claims: its tokens, the claims read so far, and what the sentence
 * says as a whole, found once and only when a claim first asks (most sentences never do).
 *
 * The reading is split into one function per kind of claim rather than one loop: V8 optimises a
 * function as a whole and again whenever one of its branches meets input it has not seen, and a
 * cold CLI run spent more time compiling the one long loop (three times, about 0.3 s each) than running it.
 */
class SentenceScan {
  readonly claims: Claim[] = [];
  /** Sums per period, and how many periods a year holds. */
  rates: Map<Claim, number> | undefined;
  /** Counts given as a part of a total ("24 of the 40 victims"). */
  parts: Claim[] | undefined;
  private askingFound: boolean | undefined;
  private exitPollFound: boolean | undefined;
  private forecastFound: boolean | undefined;
  private marginFound: boolean | undefined;
  private rolesFound: ReturnType<typeof weekdayRoles> | undefined;
  private reportingFound: boolean | undefined;
  private datelineFound: number | undefined;

  constructor(
    readonly sentence: string,
    readonly base: number,
    readonly toks: Tok[],
    readonly periods: string[],
  ) {}

  /** The sentence holds an asking verb. */
  get asking(): boolean {
    return (this.askingFound ??= ASKING_HINTS.some((h) => this.sentence.includes(h)));
  }
  /** The sentence names an exit poll. */
  get exitPolled(): boolean {
    return (this.exitPollFound ??= EXIT_POLL.test(this.sentence));
  }
  /** The sentence names analysts' or a consensus's expectations. */
  get forecasting(): boolean {
    return (this.forecastFound ??= FORECAST_HINTS.some((h) => this.sentence.includes(h)));
  }
  /** The sentence holds a margin's words. */
  get margined(): boolean {
    return (this.marginFound ??= MARGIN_HINT.test(this.sentence));
  }
  /** What a weekday dates besides the event. */
  get roles(): ReturnType<typeof weekdayRoles> {
    return (this.rolesFound ??= weekdayRoles(this.toks, this.sentence, this.base));
  }
  /** The sentence holds a word of an earlier report ("initially", "earlier"). */
  get reporting(): boolean {
    return (this.reportingFound ??= SUPERSEDED_WORDS.test(this.sentence));
  }
  /** Length of the sentence's opening dateline, 0 for none. */
  get datelineEnd(): number {
    return (this.datelineFound ??= datelineLength(this.sentence));
  }
  /** The sentence's text between two offsets of the whole text. */
  slice(start: number, end: number): string {
    return this.sentence.slice(start - this.base, end - this.base);
  }
  /** Two tokens joined by a hyphen ("20-member"). */
  joined(a: Tok, b: Tok): boolean {
    return b.start - a.end === 1 && this.sentence[a.end - this.base] === '-';
  }
}

/** The sentence's claims, and its period expressions (found anyway, so not looked for twice). */
export function extractClaims(sentence: string, base: number): { claims: Claim[]; periods: string[] } {
  if (!CLAIM_HINT.test(sentence)) return { claims: [], periods: [] };
  const toks = tokenize(sentence, base);
  const { covered, periods } = periodsOf(sentence, base);
  const inPeriod = (t: Tok) => covered.some(([a, b]) => t.start >= a && t.end <= b);
  const scan = new SentenceScan(sentence, base, toks, periods);
  for (let i = 0; i < toks.length; i++) if (canStartClaim(toks[i]) && !inPeriod(toks[i])) i = claimAt(scan, i);
  const { claims, rates, parts } = scan;
  if (rates) ratesOfRanges(claims, rates, sentence, base);
  if (parts) fateOfWhole(parts, claims);
  markAdjusted(claims, sentence, base);
  markReference(claims, sentence, base);
  markCalendarDays(claims, sentence, base);
  markSumsOfShares(claims, sentence, base);
  markResultLines(claims, sentence, base);
  markPercentMoves(claims, sentence, base);
  markGaps(claims, sentence, base);
  return { claims: elidedThresholds(markDepth(markMovement(markConversions(claims, sentence, base), sentence, base), sentence, base), sentence, base), periods };
}

/** Reads the claim that starts at toks[i], if any; returns the index of the last token it took (i when it took one or none). */
function claimAt(scan: SentenceScan, i: number): number {
  const { toks } = scan;
  const t = toks[i];
  const wd = weekdayOf(t);
  if (wd >= 0) {
    // "Black Friday", "Cyber Monday", "Good Friday", "Super Tuesday": a day's name, not the story's weekday.
    if (!NAMED_DAY.has(toks[i - 1]?.text ?? '')) scan.claims.push(weekdayClaim(scan, i, wd));
    return i;
  }
  const month = monthOf(t);
  if (month >= 0) return dateAt(scan, i, month);
  const word = numberWordClaim(scan, i);
  if (word) {
    scan.claims.push(word);
    return i;
  }
  const ordWord = ORDINAL_WORDS[t.lower] ?? rankWord(t.lower);
  const num = ordWord === undefined ? parseNumber(t.text) : undefined;
  if (ordWord !== undefined || (num && toks[i + 1] && /^(?:st|nd|rd|th)$/.test(toks[i + 1].lower) && toks[i + 1].start === t.end)) return ordinalAt(scan, i, ordWord, num);
  if (!num || t.text.replace(/\D/g, '').length > 12) return i; // IDs and phone numbers are not claims
  return figureAt(scan, i, num);
}

/** The weekday at toks[i] (day wd), with what the sentence says it dates. */
function weekdayClaim(scan: SentenceScan, i: number, wd: number): Claim {
  const { toks } = scan;
  const t = toks[i];
  // The day's name alone, so that a fix keeps the "'s" of "Wednesday's".
  const end = t.start + WEEKDAYS[wd].length;
  const claim = exact('weekday', 'weekday', wd, t.text.slice(0, end - t.start), t.start, end);
  // "on Sunday afternoon" and "on Monday afternoon": the part of the day pairs two weekdays when
  // one sentence names more days than the other (see anchoredPartner).
  const part = toks[i + 1]?.lower;
  if (part && DAY_PARTS.has(part)) claim.anchor = part;
  const named = dayNamed(toks, i);
  if (named) claim.dayOf = named;
  const dated = datedAt(toks, i);
  if (dated.stem) claim.dates = dated.stem;
  // "closed since Monday", "The protests began on Monday": when something that goes on started.
  if (toks[i - 1]?.lower === 'since' || dated.start) claim.since = true;
  if (dated.end) claim.ended = true;
  if (smallHoursOf(toks, i)) claim.smallHours = true;
  const { roles } = scan;
  if ((roles.reportFrom >= 0 && i >= roles.reportFrom) || confirmsOn(toks, i) || attributionAside(toks, i, scan.sentence, scan.base) || announcesToll(toks, i)) claim.reported = true;
  else if (roles.planned[i] || RELATIVE_AHEAD.has(toks[i - 1]?.lower ?? '')) claim.planned = true; // "Tomorrow, Thursday, 15 June", "next Tuesday"
  return claim;
}

/** A date at the month toks[i] ("June 24", "24-25 June"), a month of a year, or a figure's month; returns the last token taken. */
function dateAt(scan: SentenceScan, i: number, month: number): number {
  const { toks, claims, sentence, base } = scan;
  const t = toks[i];
  const next = toks[i + 1];
  const prev = toks[i - 1];
  const dayAfter = isDay(next) ? next : undefined;
  const dayBefore = isDay(prev) && !claims.some((c) => c.end >= prev.end) ? prev : undefined;
  const day = dayAfter ?? dayBefore;
  if (day) {
    const v = month * 100 + +day.text;
    let s = Math.min(day.start, t.start);
    let e = Math.max(day.end, t.end);
    // "June 24-25", "24-25 June", "October 19 and 20", "from 3 to 5 March": a range of days,
    // any of which another file may name.
    const dayIdx = dayAfter ? i + 1 : i - 1;
    const otherIdx = rangeDayIndex(toks, dayIdx, !!dayAfter, sentence, base);
    const other = toks[otherIdx];
    if (other && !(dayBefore && claims.some((c) => c.end > other.start))) {
      const d = month * 100 + +other.text;
      s = Math.min(s, other.start);
      e = Math.max(e, other.end);
      if (d > v === !!dayAfter) claims.push({ kind: 'date', unit: 'date', low: Math.min(v, d), high: Math.max(v, d), text: scan.slice(s, e), start: s, end: e });
      else claims.push(exact('date', 'date', v, scan.slice(s, e), s, e));
      if (dayAfter) i = otherIdx;
    } else {
      claims.push(exact('date', 'date', v, scan.slice(s, e), s, e));
      if (dayAfter) i++;
    }
    const dateStart = dayAfter ? dayIdx - 1 : dayIdx; // the date's first token, its month or its day
    if (e - base <= scan.datelineEnd || opensReport(toks, i, sentence, base) || introducesQuote(toks, dateStart, i, sentence, base) || announcedOnDate(toks, dateStart, i) || followsAsOf(toks, dateStart)) claims[claims.length - 1].reported = true;
    if (sinceBefore(toks, i, s)) claims[claims.length - 1].since = true;
    // "the third quarter (ended October 26, 2025)", "open through Jan. 21": when a period closes, not the day of the news.
    else if (PERIOD_END_WORDS.has(wordBefore(toks, i, s) ?? '')) claims[claims.length - 1].ended = true;
  } else if (next && /^\d{4}$/.test(next.text) && +next.text >= 1900 && +next.text <= 2099 && next.start - t.end <= 2) {
    // "in February 2023": a month of a year (and, read next, the year on its own).
    claims.push(exact('date', 'month', +next.text * 12 + month, scan.slice(t.start, next.end), t.start, next.end));
  } else if (prev && MONTH_PERIOD_WORDS.has(prev.lower) && toks[i - 2] && (FIGURE_END.test(toks[i - 2].lower) || (toks[i - 3] && /^\d/.test(toks[i - 3].text) && /^\p{Ll}+$/u.test(toks[i - 2].text)))) {
    // "fell to 3.1% in October from 3.4% in September": a month right after a figure is its
    // period, so last month's release ("3.4% in September from 3.8% in August") is not compared
    // with it. Elsewhere ("met in July, when they signed 16 documents") a month says when, and a
    // changed month must not hide the sentence's other figures.
    scan.periods.push(`month ${MONTHS[month]}`);
  }
  return i;
}

/** A number in a hyphenated word: "hour-long", "a thirty-four-year-old man", "a six-week closure". */
function numberWordClaim(scan: SentenceScan, i: number): Claim | undefined {
  const t = scan.toks[i];
  // "hour-long", "year-long": a duration with no digits.
  const longM = t.lower.endsWith('-long') ? /^(hour|day|week|month|year|decade)-long$/.exec(t.lower) : null;
  if (longM) {
    const [unit, f] = TIME_UNITS[longM[1]];
    return { kind: 'duration', unit, low: f * 0.75, high: f * 1.5, text: t.text, start: t.start, end: t.end };
  }
  // "a thirty-four-year-old man": an age in one word; "a nine-month-old baby" in months (or weeks, days).
  const ageWord = t.lower.endsWith('-old') ? /^(.+)-(year|month|week|day)s?-old$/.exec(t.lower) : null;
  const ageN = ageWord ? parseNumber(ageWord[1]) : undefined;
  if (ageN) return exact('age', ageWord![2] === 'year' ? 'age' : `age in ${ageWord![2]}s`, ageN.value, t.text, t.start, t.end);
  // "a six-week closure", "a two-year project": a number word joined to a time unit ("10-day" is two tokens, below).
  const adjM = t.lower.includes('-') ? NUMBER_WORD_UNIT.exec(t.lower) : null;
  const adjN = adjM ? parseNumber(adjM[1]) : undefined;
  if (adjM && adjN) {
    const [unit, f] = TIME_UNITS[adjM[2]];
    const { low, high } = qualify(scan.toks, i, i, adjN.value * f, adjN.step * f);
    return { kind: 'duration', unit, low, high, text: t.text, start: t.start, end: t.end };
  }
  return undefined;
}

/** A number as parseNumber reads it. */
type Num = NonNullable<ReturnType<typeof parseNumber>>;

/** An ordinal at toks[i] ("37th meeting", "his fifth consecutive term") or a date written with one ("the 3rd of May"); returns the last token taken. */
function ordinalAt(scan: SentenceScan, i: number, ordWord: number | undefined, num: Num | undefined): number {
  const { toks, claims } = scan;
  const t = toks[i];
  const skip = ordWord === undefined ? 1 : 0;
  const day = dayOrdinalDate(toks, i, num);
  if (day) {
    claims.push(exact('date', 'date', day.value, scan.slice(t.start, toks[day.last].end), t.start, toks[day.last].end));
    return day.last;
  }
  const noun = nounAfter(toks, i + 1 + skip, true);
  if (noun) {
    const v = ordWord ?? num!.value;
    // "his fifth consecutive term", "a third straight title", "fifth title in a row": a run, not the count of all.
    const n = toks.indexOf(noun, i);
    const streak = STREAK_WORDS.has(toks[i + 1 + skip]?.lower ?? '') || (toks[n + 1]?.lower === 'in' && toks[n + 2]?.lower === 'a' && toks[n + 3]?.lower === 'row');
    const claim = exact('ordinal', `${streak ? 'consecutive ' : ''}${noun.lower.replace(/s$/, '')}`, v, scan.slice(t.start, toks[i + skip].end), t.start, toks[i + skip].end);
    const anchor = ordinalAnchor(toks, i);
    if (anchor) claim.anchor = anchor;
    claims.push(claim);
  } else if (ELIDED_ORDINAL_OWNERS.has(toks[i - 1]?.lower ?? '')) {
    // "an unprecedented 25th Grand Slam title, … claimed his seventh with a …": the noun left out is the ordinal's before it.
    let before: Claim | undefined;
    for (let k = claims.length - 1; k >= 0 && !before; k--) if (claims[k].kind === 'ordinal') before = claims[k];
    if (before) claims.push(exact('ordinal', before.unit, ordWord ?? num!.value, scan.slice(t.start, toks[i + skip].end), t.start, toks[i + skip].end));
  }
  return i + skip;
}

/** A number at toks[i] that is a claim (money, a percentage, a count, a duration, a year, a time, an age, a score) or is passed over; returns the last token taken. */
function figureAt(scan: SentenceScan, i: number, num: Num): number {
  const { toks, sentence, base } = scan;
  const t = toks[i];
  // "2022-12-19": a date written as a stamp writes it, no year and score; a page's stamp, not the story's.
  const iso = /^\d{4}$/.test(t.text) ? ISO_DATE_REST.exec(sentence.slice(t.end - base, t.end - base + 6)) : null;
  if (iso) {
    const isoEnd = t.end + iso[0].length;
    while (i + 1 < toks.length && toks[i + 1].start < isoEnd) i++;
    return i;
  }
  // "1,5 million": a decimal comma; the "5" alone would be five million (and the "1" counts nothing).
  if (t.start - base >= 2 && sentence[t.start - base - 1] === ',' && /\d/.test(sentence[t.start - base - 2])) return i;
  if (rankLabelBefore(toks, i, sentence, base)) return i; // "World No. 3 Carlos Alcaraz", "No 10 Downing Street"
  const service = scheduledServiceAt(toks, i, sentence, base);
  if (service !== undefined) return service;
  const time = clockDurationAt(toks, i, sentence, base) ?? timeAt(toks, i, sentence, base);
  if (time) {
    const timed = timedWord(toks, i);
    if (timed) time.claim.anchor = timed;
    scan.claims.push(time.claim);
    return time.last;
  }
  const age = num.step === 1 ? ageAt(toks, i, sentence, base) : undefined;
  if (age) {
    const claim = exact('age', age.unit ?? 'age', num.value, scan.slice(t.start, age.end), t.start, age.end);
    if (age.person) claim.person = age.person;
    if (age.bearer) claim.bearer = age.bearer;
    scan.claims.push(claim);
    return age.last;
  }
  const tiebreak = tiebreakAt(toks, i, sentence, base);
  if (tiebreak !== undefined) return tiebreak; // "7-6 (7-4)", "7-6(4)": the set's tiebreak, part of its score
  const tally = num.step === 1 ? tallyAt(toks, i, sentence, base) ?? percentSplitAt(toks, i, sentence, base) ?? seriesScoreAt(toks, i, num.value, sentence, base) : undefined;
  if (tally) {
    scan.claims.push(tally.claim);
    return tally.last;
  }
  if (toks[i + 1] && monthOf(toks[i + 1]) >= 0 && /^\d{1,2}$/.test(t.text)) return i; // "15 December": the month makes it a date
  if (/^\d{2,4}$/.test(t.text) && isDecade(toks, i, sentence, base)) return i; // "the 1960s", "mid-2020s", "the '90s": a decade, not a year
  if (/[.,]\d/.test(sentence.slice(t.end - base, t.end - base + 2)) || sentence[t.start - base - 1] === '/') return i;
  const measure = measureAfter(toks, i);
  if (partOfName(toks, i, sentence, base, measure)) return i;
  const figure = readFigure(scan, i, num, measure);
  return figure ? figureClaim(scan, i, num, figure) : i;
}

/** What a number reads as with the words around it, before the sentence's other words are weighed. */
interface Figure {
  kind: ClaimKind;
  unit: string;
  value: number;
  step: number;
  start: number;
  end: number;
  /** The token after the number and its scale ("million") or half ("and a half"). */
  next: number;
  /** The whole a count is part of ("seats" in "19 of the council's 31 seats"). */
  total?: string;
  /** The claim whose noun a count leaves out ("the Conservatives 121"). */
  gapped?: Claim;
  /** The token ending a span of years ("1998/99"). */
  spanEnd?: number;
  temperature?: boolean;
  /** The last token of a currency named after the sum ("30 euros"). */
  currencyLast?: number;
}

/** Reads the scale and the unit around the number at toks[i]: undefined when it counts nothing. */
function readFigure(scan: SentenceScan, i: number, num: Num, measure: ReturnType<typeof measureAfter>): Figure | undefined {
  const { toks, sentence, base, claims } = scan;
  const t = toks[i];
  // Scale and unit after the number.
  let j = i + 1;
  let value = num.value;
  let step = num.step;
  const scale = !measure && toks[j] && SCALES[toks[j].lower] !== undefined && !(toks[j].lower === 'm' && toks[j].start !== t.end) ? SCALES[toks[j].lower] : undefined;
  if (scale !== undefined) {
    value *= scale;
    step *= scale;
    j++;
  } else if (toks[j]?.lower === 'and' && toks[j + 1]?.lower === 'a' && toks[j + 2]?.lower === 'half' && TIME_UNITS[toks[j + 3]?.lower ?? '']) {
    // "six and a half years": a sentence's length or a wait, to the half.
    value += 0.5;
    step = 0.5;
    j += 3;
  }
  let start = t.start;
  let end = toks[j - 1].end;
  let kind: ClaimKind | undefined;
  let unit = '';
  let named: string | undefined;
  let total: string | undefined;
  let group: Tok | undefined;
  let gapped: Claim | undefined;
  let spanEnd: number | undefined;
  let temp: { fahrenheit: boolean; end: number } | undefined;
  let point: { factor: number; end: number } | undefined;
  let currency: { unit: string; last: number } | undefined;
  let afterPercent: number | undefined;
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  if (prev && SYMBOLS[prev.text] && t.start - prev.end <= 1) {
    kind = 'money';
    unit = SYMBOLS[prev.text];
    const prefix = prev2 && prev.start === prev2.end ? DOLLAR_PREFIXES[prev2.lower] : undefined;
    if (prefix && unit === 'USD') {
      start = prev2.start;
      unit = prefix;
    } else start = prev.start;
  } else if (prev && CODE_BEFORE.test(prev.lower) && t.start - prev.end <= 2 && /^[ .]{0,2}$/.test(scan.slice(prev.end, t.start))) {
    kind = 'money';
    unit = 'INR';
    start = prev.start;
  } else if (isoCode(prev) && t.start - prev.end <= 1) {
    kind = 'money';
    unit = isoCode(prev)!;
    start = prev.start;
  } else if ((currency = currencyAfter(toks, j))) {
    kind = 'money';
    unit = currency.unit;
    end = toks[currency.last].end;
  } else if ((afterPercent = percentEnd(toks, j)) !== undefined) {
    kind = 'percent';
    unit = toks[j + 2]?.lower === 'points' || toks[j + 1]?.lower === 'points' ? 'point' : '%';
    end = toks[afterPercent - 1].end;
  } else if ((point = percentagePointsAt(toks, j))) {
    kind = 'percent'; // "1.5 percentage points", "25 basis points", "25bp"
    unit = 'point';
    value *= point.factor;
    step *= point.factor;
    end = point.end;
  } else if (measure) {
    // "30cm", "30 centimetres", "12 inches", "4.2m at the gauge": one dimension in its base unit.
    kind = 'count';
    unit = measure[0];
    value *= measure[1];
    step *= measure[1];
    end = toks[measure[2]].end;
    const of = measuredStuff(sentence, end - base);
    if (of) unit += ` of ${of}`;
  } else if (toks[j] && TIME_UNITS[toks[j].lower]) {
    // "Two days ago" counts from the day it was written: files written on other days differ rightly.
    if (toks[j + 1]?.lower === 'ago') return undefined;
    kind = 'duration';
    const [u, f] = TIME_UNITS[toks[j].lower];
    unit = u;
    value *= f;
    step *= f;
    end = toks[j].end;
    // "22 years and six months", "two hours and 15 minutes", a race's "two hours, two minutes and
    // 27 seconds": one duration in smaller and smaller units, after a comma or "and".
    for (let parts = 0, last = f; parts < 2; parts++) {
      const and = toks[j + 1]?.lower === 'and' ? 1 : 0;
      const more = toks[j + 1 + and] ? parseNumber(toks[j + 1 + and].text) : undefined;
      const moreUnit = more && toks[j + 2 + and] ? TIME_UNITS[toks[j + 2 + and].lower] : undefined;
      if (!more || !moreUnit || moreUnit[0] !== u || moreUnit[1] >= last || !/^,?\s+$/.test(scan.slice(toks[j].end, toks[j + 1].start))) break;
      value += more.value * moreUnit[1];
      step = more.step * moreUnit[1];
      last = moreUnit[1];
      j += 2 + and;
      end = toks[j].end;
      if (last === TIME_UNITS.seconds[1]) unit = TO_THE_SECOND;
    }
  } else if ((temp = temperatureAfter(toks, i, sentence, base))) {
    // "41C", "41°C", "106F", "41 degrees Celsius": one scale, Celsius; "-5C" is below zero.
    kind = 'count';
    unit = '\u00B0C';
    const sign = belowZero(sentence, t.start - base) ? -1 : 1;
    value = temp.fahrenheit ? ((sign * value - 32) * 5) / 9 : sign * value;
    step = temp.fahrenheit ? (step * 5) / 9 : step;
    if (sign < 0 && /[-\u2212]/.test(sentence[t.start - base - 1])) start = t.start - 1;
    end = temp.end;
  } else if (toks[j] && isUnitSymbol(toks[j], toks[j - 1])) {
    kind = 'count'; // "2.6GHz", "512 GB", "96W": the unit itself, not the noun after it
    unit = toks[j].lower;
    end = toks[j].end;
  } else if (scale === undefined && num.step === 1 && value >= 1 && value <= 5 && (toks[i - 1]?.lower === 'category' || toks[i - 1]?.lower === 'cat')) {
    kind = 'count'; // "a Category 3 storm": the storm's category, not three storms
    unit = 'storm category';
    start = toks[i - 1].start;
  } else if (scale === undefined && (named = measureBefore(toks, i))) {
    // "magnitude 6.4", "a death toll of 23": the measure is named before the number.
    kind = 'count';
    unit = named === 'magnitude' ? magnitudeOf(toks, i, i) : named;
  } else if (scale === undefined && toks[j]?.lower === 'magnitude') {
    kind = 'count'; // "a 6.4-magnitude quake", "a 6.4 magnitude quake"
    unit = magnitudeOf(toks, i, j);
    end = toks[j].end;
  } else if (scale === undefined && num.step === 1 && value >= 1900 && value <= 2099 && /^\d{4}$/.test(t.text)) {
    kind = 'year';
    unit = 'year';
    spanEnd = yearSpanEnd(toks, i, value, sentence, base);
    if (spanEnd !== undefined) {
      unit = 'year span'; // "the 1998/99 season" is neither 1998 nor 1999: compared only with spans
      end = toks[spanEnd].end;
    }
  } else if (scale === undefined && (total = partOfTotal(toks, i))) {
    kind = 'count'; // "19 of the council's 31 seats": 19 seats (the 31 is a claim of its own)
    unit = total;
  } else {
    const noun = nounAfter(toks, j);
    // "614, Gyeonggam-ro": a comma or colon between the number and the word, so it counts nothing.
    // "the Stage 5 time trial", "Flight 370 passengers": a label's number; "this one feels": a pronoun.
    if (noun && !(noun.lower in SCALES) && !/[,;:)]/.test(scan.slice(toks[j - 1].end, noun.start)) && !numbersLabel(prev) && !(t.lower === 'one' && ONE_PRONOUN_AFTER.has(prev?.lower ?? ''))) {
      kind = 'count';
      unit = singular(noun.lower);
      end = noun.end;
      // "242 passengers and crew": everyone aboard, not the passengers alone.
      const n = unit === 'passenger' ? toks.indexOf(noun) : -1;
      if (n >= 0 && toks[n + 1]?.lower === 'and' && toks[n + 2]?.lower.startsWith('crew')) {
        unit = 'people';
        end = toks[n + 2].end;
      }
    } else if (scale === undefined && value >= 2 && (group = groupAfterOf(toks, j))) {
      kind = 'count'; // "two of the injured", "three of its engines": a count of them
      unit = singular(group.lower);
      end = group.end;
    } else if (value >= 2 && (group = fateAfter(toks, j)) && !/[,;:]/.test(scan.slice(toks[j - 1].end, group.start))) {
      kind = 'count'; // "866 were diagnosed", "four of them were killed": a count of people by their fate
      unit = group.lower;
      end = group.end;
    } else if (scale === undefined && (gapped = gappedCountOf(claims, toks, i, sentence, base))) {
      kind = 'count'; // "Labour won 412 seats, the Conservatives 121": the noun said once for both
      unit = gapped.unit;
    }
  }
  if (!kind) return undefined;
  return { kind, unit, value, step, start, end, next: j, total, gapped, spanEnd, temperature: temp !== undefined, currencyLast: currency?.last };
}

/** Adds the claim of the number at toks[i] read as `figure`, unless the sentence says it is none; returns the last token taken. */
function figureClaim(scan: SentenceScan, i: number, num: Num, figure: Figure): number {
  const { toks, sentence, base, claims } = scan;
  const t = toks[i];
  const { kind, value, step, end, next: j, total, gapped, spanEnd } = figure;
  let { unit, start } = figure;
  const prev = toks[i - 1];
  if (kind === 'count' && ENGAGEMENT.has(unit)) return i; // "54 views", "10 comments": counters that grow by the minute
  // "Tesla shares jumped 3%": a share price's move, compared only with such moves.
  if (kind === 'percent' && unit === '%' && stockMoveBefore(sentence, start - base)) unit = STOCK_MOVE_UNIT;
  // "20-member": an adjective, not a count. Measures too: "the 16-inch MacBook Pro" and "a 6.4-inch
  // screen" name a model as often as they measure it (read as lengths, reviews comparing the 15-
  // and 16-inch models conflicted).
  if (kind === 'count' && !unit.endsWith('magnitude') && toks[i + 1] && scan.joined(t, toks[i + 1])) return i;
  if (kind === 'count' && secondOfPair(toks, i, sentence, base)) return i;
  // "$65 billion, plus or minus 2%": the 2% is the forecast's margin, no figure of its own.
  if (scan.margined && TOLERANCE_BEFORE.test(sentence.slice(Math.max(0, start - base - 16), start - base))) return i;
  // "30 to 60 cm", "two to three weeks": the range's first number, in the second's unit and scale.
  const factor = step / num.step;
  const ranged = start === t.start && kind !== 'year' && unit !== '\u00B0C' && value === num.value * factor ? rangeStart(toks, i, sentence, base, num.value) : undefined;
  // The claim's first token: the range's first number, or the currency sign (and its "US") before a sum's number.
  const first = ranged ? ranged.index : kind === 'money' && start < t.start ? (start === prev.start ? i - 1 : i - 2) : i;
  const range = qualify(toks, i, first, value, step);
  let { low, high } = range;
  if (ranged) {
    low = Math.min(low, (ranged.value - num.step / 2) * factor);
    start = toks[ranged.index].start;
  }
  // "£3.20 a month" and "£38 a year" are one charge: a sum per period is compared per year, and
  // only with other sums per period.
  const perYear = kind === 'money' ? ratePerYear(toks, figure.currencyLast !== undefined ? figure.currencyLast + 1 : j) : undefined;
  if (perYear !== undefined) {
    unit += '/year';
    low *= perYear;
    high *= perYear;
  }
  // A left-out noun leaves out its verb too: "secured" is said of the 121 of "secured 412 seats, the Conservatives 121".
  const anchor = gapped ? gapped.anchor : anchorBefore(toks, first);
  const text = scan.slice(start, end);
  const made: Claim = anchor === undefined ? { kind, unit, low, high, text, start, end } : { kind, unit, low, high, text, start, end, anchor };
  claims.push(made);
  if (ranged) made.ranged = true;
  if (range.approx) made.approx = true;
  if (range.nearFigure) made.nearFigure = true;
  markFigure(scan, made, i, first, j, total);
  if (perYear !== undefined) (scan.rates ??= new Map()).set(made, perYear);
  i = Math.max(i, j - 1, spanEnd ?? -1);
  // "cut freight times from nine days to three": the change's end, its unit left out, is a second
  // value of the same kind, so the sentence is not compared as if it gave one.
  if ((kind === 'duration' || kind === 'count') && !figure.temperature && prev?.lower === 'from' && num.value !== 0) {
    const to = elidedChangeEnd(toks, i, end, sentence, base);
    if (to) {
      const factor = value / num.value;
      const r = qualify(toks, to.index, to.index, to.value * factor, to.step * factor);
      const t2 = toks[to.index];
      claims.push({ kind, unit, low: r.low, high: r.high, text: t2.text, start: t2.start, end: t2.end });
      i = to.index;
    }
  }
  return i;
}

/**
 * What the sentence says of a figure's claim besides its value: a share, an event's year, sought,
 * added, a threshold, an average, a difference, a forecast, a fate, aboard, superseded, since.
 * `first` is the claim's first token, i its number's, j the token after the number and its scale.
 */
function markFigure(scan: SentenceScan, made: Claim, i: number, first: number, j: number, total: string | undefined): void {
  const { toks, sentence, base, claims } = scan;
  const { kind, unit, start, end } = made;
  const prev = toks[i - 1];
  if (kind === 'count' && (splitCountAfter(toks, i, end, sentence, base) || onTheGround(toks, i, end))) made.share = true;
  // "the 2025 local elections" and "the 2024 general election": the word after the year says which event.
  if (kind === 'year' && namesEvent(toks, i, sentence, base)) Object.assign(made, { label: true, anchor: toks[i + 1].lower });
  else if (kind === 'year') {
    const name = eventNameBefore(toks, i, sentence, base) ?? titleBefore(toks, i, sentence, base);
    if (name) Object.assign(made, { label: true, anchor: name });
    // "Born Jan. 30, 1941": a year completing a date tells its day, and dates what the date does.
    const date = claims[claims.length - 2];
    const day = date?.kind === 'date' && date.low === date.high && DATE_TO_YEAR.test(scan.slice(date.end, start)) ? date : undefined;
    if (day) {
      made.ofDay = day.low;
      day.onYear = (made.low + made.high) / 2;
    }
    // "convicted of the Beverly Hills murders in 1996": what the year dates (see yearGivenElsewhere).
    const dated = name ? undefined : datedAt(toks, day ? toks.findIndex((k) => k.start === day.start) : first).stem;
    if (dated) made.dates = dated;
  }
  if (kind !== 'year' && scan.asking && askedFor(toks, first, i, end, sentence, base)) made.sought = true;
  if ((kind === 'money' || kind === 'count' || kind === 'percent') && addedFigure(toks, first, i, end)) made.added = true;
  if (kind === 'money' && separateBefore(toks, first, sentence, base)) made.separate = true;
  if (kind === 'count' && totalOfPart(toks, i)) made.total = true;
  if (kind === 'count' && thresholdFigure(toks, first, end)) made.threshold = true;
  if ((kind === 'count' || kind === 'percent') && averaged(toks, first, end)) made.average = true;
  if ((kind === 'money' || kind === 'count' || kind === 'percent') && differenceAfter(toks, i, end)) made.difference = true;
  if ((kind === 'money' || kind === 'percent' || kind === 'count') && scan.forecasting && expectedFigure(toks, first, i, end, sentence, base)) made.forecast = true;
  // "Exit polls … confirm that the AfD has achieved 19.5%": a poll's figures, not the count's.
  if ((kind === 'percent' || kind === 'count') && scan.exitPolled) made.forecast = true;
  if (kind === 'duration' && clockLeft(toks, i, end)) made.remaining = true;
  if (kind === 'duration') {
    const span = durationSpan(toks, i, end);
    if (span) made.span = span;
    const from = span === 'gap' ? gapReference(toks, tokenAfter(toks, i, end)) : undefined;
    if (from) made.gapFrom = from;
  }
  if (unit === 'storm category' && CHANGE_VERBS.has(toks[i - 2]?.lower === 'a' ? toks[i - 4]?.lower ?? '' : toks[i - 3]?.lower ?? '')) made.reached = true;
  const fate = kind === 'count' ? fateOf(toks, first, i, end, sentence, base) : undefined;
  if (fate) {
    made.fate = fate;
    const event = eventBefore(toks, first);
    if (event) made.eventOf = event;
  } else if (total) {
    (scan.parts ??= []).push(made);
  } else if (kind === 'count' && ABOARD_UNITS.has(unit) && saysAboard(toks, first, end, sentence, base, unit)) {
    made.aboard = true;
    // Everyone a vehicle carried is not the dead or the survivors among them: "with 67 people on
    // board" against "32 people had survived".
    made.fate = 'aboard';
  }
  // "receiving 297 points from the public vote": one voting body's part of the total, a share.
  if ((unit === 'point' || unit === 'vote') && VOTING_BODY_AFTER.test(sentence.slice(end - base, end - base + 40))) made.share = true;
  if (scan.reporting && supersededReport(sentence, start - base)) made.superseded = true;
  // "a record since 1990", "the highest turnout since 1987": a year something is measured from, not the event's.
  if (kind === 'year' && (prev?.lower === 'since' || sinceMonth(toks, i))) {
    made.since = true;
    const first = firstSince(toks, i - 1);
    if (first) made.firstOf = first;
  }
  if (unit === 'metre') {
    const place = placeMeasuredFrom(toks, tokenAfter(toks, j, end));
    if (place) made.from = place;
  }
}

/**
 * A part takes the fate of the whole it is given of: the 24 of "identified 24 of the 40 victims
 * killed" are dead, not the "119 injured victims" another file counts.
 */
function fateOfWhole(parts: Claim[], claims: Claim[]): void {
  for (const part of parts) {
    const whole = claims.find((c) => c.start > part.start && c.total && c.unit === part.unit);
    if (!whole?.fate) continue;
    part.fate = whole.fate;
    if (whole.eventOf) part.eventOf = whole.eventOf;
  }
}

/**
 * "a one-second gap between them", "within a 1-second interval", "one second apart", "within a
 * second of each other": the time between two things, not the time from an event ("within three
 * seconds of take-off"). Compared only with such gaps.
 */
function markGaps(claims: Claim[], sentence: string, base: number): void {
  for (const c of claims) if (c.kind === 'duration' && GAP_AFTER.test(sentence.slice(c.end - base, c.end - base + 20))) c.unit += ' apart';
}
const GAP_AFTER = /^\s(?:gap|interval|apart|of each other)\b/;

/**
 * A share price's move right before a percentage: "Tesla shares jumped 3% in premarket trading",
 * "the stock declined 5.1%", "Emerging market stocks rose 0.39%". Not what the company reported
 * ("deliveries rose 7.4%").
 */
function stockMoveBefore(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 60), at);
  return (before.includes('hare') || before.includes('tock')) && STOCK_MOVE.test(before);
}
const STOCK_MOVE_UNIT = '% share price';
const STOCK_MOVE = /\b(?:[Ss]hares|[Ss]tocks?|[Ss]hare price)(?: \p{Ll}+){0,2} (?:rose|fell|jumped|slipped|dropped|declined|climbed|gained|lost|surged|tumbled|sank|soared|slid|plunged|rallied|advanced|retreated|edged (?:up|down|higher|lower)|(?:is|was|were|are) (?:up|down)|traded (?:up|down|higher|lower)|closed (?:up|down|higher|lower))(?: by| as much as| nearly| about| around| more than| almost| some| roughly)* $/u;

/** A margin around another figure, just before a figure: "plus or minus 2%", "give or take 2%", "(±2%)", "+/- 2%". */
const TOLERANCE_BEFORE = /(?:plus or minus|give or take|\u00B1|\+\/[-\u2212])\s?$/i;
/** Marks any margin holds, in one pass: most sentences have none. */
const MARGIN_HINT = /minus|take|\u00B1|\+\//;

/** Most words read after a possessive weekday for what it names. */
const DAY_NAMED_WORDS = 2;

/**
 * What a possessive weekday names by its day: "vendor-caused issue" in "Friday morning's
 * vendor-caused issue", "by-election" in "Thursday's by-election". The words after it, up to a
 * stop word or a comma.
 */
function dayNamed(toks: Tok[], i: number): string[] | undefined {
  let k = i;
  if (!POSSESSIVE_END.test(toks[k].text)) {
    if (!DAY_PARTS.has(toks[k + 1]?.lower.replace(POSSESSIVE_END, '') ?? '') || !POSSESSIVE_END.test(toks[k + 1].text)) return undefined;
    k++;
  }
  const out: string[] = [];
  for (let j = k + 1; j < toks.length && out.length < DAY_NAMED_WORDS && toks[j].start - toks[j - 1].end <= 1; j++) {
    if (NOUN_STOP.has(toks[j].lower) || !/^\p{L}/u.test(toks[j].text)) break;
    out.push(toks[j].lower);
  }
  return out.length ? out : undefined;
}

/** The bare number in "… to three" right after a value ending at `end` (its tokens from `from` on): a change's end with its unit left out. */
function elidedChangeEnd(toks: Tok[], from: number, end: number, sentence: string, base: number): { index: number; value: number; step: number } | undefined {
  const k = tokenAfter(toks, from, end);
  if (toks[k]?.lower !== 'to' || sentence.slice(end - base, toks[k].start - base) !== ' ') return undefined;
  const n = toks[k + 1] ? parseNumber(toks[k + 1].text) : undefined;
  const after = toks[k + 2];
  // A unit, scale or noun after it makes it a value of its own ("to 12 people", "to 3 million").
  if (!n || (after && !NOUN_STOP.has(after.lower))) return undefined;
  return { index: k + 1, value: n.value, step: n.step };
}

/** Prefixes a year takes with a hyphen ("mid-2020", "Post-1945"): no model name. */
const YEAR_PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late', 'ex', 'anti', 'non', 'circa']);

/**
 * A number that is part of a name, not a figure: glued to a letter before it ("G7", "A320"), after a
 * capitalised word and a hyphen ("F-35", "COVID-19"), glued to letters that are no unit after it
 * ("5G", "3D"), or a file name's ("1409.jpeg").
 */
function partOfName(toks: Tok[], i: number, sentence: string, base: number, measure: ReturnType<typeof measureAfter>): boolean {
  const t = toks[i];
  const at = t.start - base;
  if (at > 0 && charOfKindAt(sentence, at - 1, LETTER) > 0) return true;
  const prev = toks[i - 1];
  if (prev && sentence[at - 1] === '-' && prev.end === t.start - 1 && /^\p{Lu}/u.test(prev.text) && !YEAR_PREFIXES.has(prev.lower)) return true;
  if (sentence[t.end - base] === '.' && charOfKindAt(sentence, t.end - base + 1, LETTER) > 0) return true;
  const next = toks[i + 1];
  if (!next || next.start !== t.end || !/^\p{L}/u.test(next.text)) return false;
  // Glued letters that the branches of extractClaims read as a unit, scale or ordinal ("12ª temporada").
  if (measure || isUnitSymbol(next, t) || /^[\u00AA\u00BA]/.test(next.text) || temperatureAfter(toks, i, sentence, base)) return false;
  return SCALES[next.lower] === undefined && TIME_UNITS[next.lower] === undefined && next.lower !== 'bp' && next.lower !== 'bps' && next.text !== 'pc';
}

/** Words after a duration that make it the time between two events: "five years after the loss", "two years ago". */
const GAP_WORDS = new Set(['after', 'since', 'before', 'ago', 'later', 'earlier', 'prior']);

/** Words passed over after "after" to the thing a gap is measured from: "after his announcement", "prior to the vote". */
const GAP_REFERENCE_SKIP = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'to']);

/** The thing a gap whose word is toks[k] ("after", "later", …) is measured from; see Claim.gapFrom. */
function gapReference(toks: Tok[], k: number): string | undefined {
  const w = toks[k].lower;
  if (w === 'later' || w === 'earlier') return w;
  let j = k + 1;
  while (j < toks.length && j <= k + 3 && GAP_REFERENCE_SKIP.has(toks[j].lower)) j++;
  const ref = toks[j];
  return ref && /^\p{L}+$/u.test(ref.text) ? ref.lower : undefined;
}

/** What the duration ending at `end` (its number at toks[i]) measures, by the word right after it (see Claim.span). */
function durationSpan(toks: Tok[], i: number, end: number): 'of' | 'gap' | undefined {
  const next = toks[tokenAfter(toks, i, end)]?.lower;
  return next === 'of' ? 'of' : next !== undefined && GAP_WORDS.has(next) ? 'gap' : undefined;
}

/** How far back from a figure "averaging" may govern it: "averaging 20.8 points, 5.4 rebounds and five assists". */
const AVERAGE_LOOKBACK = 9;

/**
 * The figure is an average, not a total: a list's figures after "averaging", "averaged", "an
 * average of", or a figure "per game" / "a game". Compared only with averages ("averaging 20.8
 * points, 5.4 rebounds and five assists" is not the game's "21 points, eight rebounds and six assists").
 */
function averaged(toks: Tok[], first: number, end: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - AVERAGE_LOOKBACK; k--) if (toks[k].lower.startsWith('averag')) return true;
  const k = tokenAfter(toks, first, end);
  if (toks[k]?.lower === 'per' || (toks[k]?.lower === 'a' && PER_UNITS.has(toks[k + 1]?.lower ?? ''))) return PER_UNITS.has(toks[k + 1]?.lower ?? '');
  return false;
}
const PER_UNITS = new Set(['game', 'match', 'night', 'outing', 'contest', 'start']);

/**
 * A comparative and "than" right after the value, its noun between them or not: "paid £40,000 less
 * than the required surcharge", "200 fewer passengers than last year", "3% lower than forecast".
 * (Before the value, "more than 1,900" is a bound.)
 */
function differenceAfter(toks: Tok[], i: number, end: number): boolean {
  const k = tokenAfter(toks, i, end);
  // "200 fewer passengers than": the comparative inside the claim, before its noun.
  if (toks[k]?.lower === 'than') return toks.slice(i + 1, k).some((t) => COMPARATIVES.has(t.lower));
  // Right after it, a space between ("200 passengers, fewer than last year" compares the whole clause).
  if (!COMPARATIVES.has(toks[k]?.lower ?? '') || toks[k].start - end > 1) return false;
  return toks[k + 1]?.lower === 'than' || (toks[k + 2]?.lower === 'than' && /^\p{L}/u.test(toks[k + 1]?.text ?? ''));
}
const COMPARATIVES = new Set(['less', 'more', 'fewer', 'lower', 'higher', 'cheaper', 'dearer', 'greater', 'smaller', 'bigger', 'larger']);

/**
 * What a year after "since" (at toks[since]) is the first of, as a stem: the word after "first"
 * ("marking Putin's first visit to the U.S. since 2015": visit), or for "the first time" the word
 * before it ("Meeting for the first time since 2019": meeting). Looked for in the eight words before "since".
 */
function firstSince(toks: Tok[], since: number): string | undefined {
  for (let k = since - 1; k >= 0 && k >= since - FIRST_SINCE_WORDS; k--) {
    if (toks[k].lower !== 'first') continue;
    let w = toks[k + 1]?.lower === 'ever' ? k + 2 : k + 1;
    if (toks[w]?.lower === 'time') {
      w = k - 1;
      if (toks[w]?.lower === 'the') w--;
      if (toks[w]?.lower === 'for') w--;
    }
    const word = toks[w];
    return word && w >= 0 && /^\p{L}+$/u.test(word.text) && !NOUN_STOP.has(word.lower) ? stemWord(word.lower) : undefined;
  }
  return undefined;
}
const FIRST_SINCE_WORDS = 8;

/** "since" right before the value starting at `start` (a token at or before i): "at his beach house since July 17". */
function sinceBefore(toks: Tok[], i: number, start: number): boolean {
  return wordBefore(toks, i, start) === 'since';
}

/** "since November 2022", "lowest level since early November 2022": the year of a month something is measured from. */
function sinceMonth(toks: Tok[], i: number): boolean {
  if (!MONTHS.includes(toks[i - 1]?.lower ?? '')) return false;
  const before = toks[i - 2]?.lower;
  return before === 'since' || (MONTH_PARTS.has(before ?? '') && toks[i - 3]?.lower === 'since');
}
const MONTH_PARTS = new Set(['early', 'mid', 'late']);

/** The word before the claim that starts at `start` (toks[i] lies within it), in lower case. */
function wordBefore(toks: Tok[], i: number, start: number): string | undefined {
  let k = i;
  while (k > 0 && toks[k].start > start) k--;
  return toks[k - 1]?.lower;
}

/**
 * Words before a date that make it a period's end: "(ended October 26, 2025)", "the quarter ending
 * October 26", and a deadline: "the tender, which remains open through Jan. 21", "have until January 8".
 */
const PERIOD_END_WORDS = new Set(['ended', 'ending', 'ends', 'until', 'through', 'till']);

/** Qualifiers passed over, looking back from a value for what it is said of: "a turnout of just over 61 per cent". */
const ANCHOR_QUALIFIERS = new Set([...APPROX, ...ABOVE, ...BELOW, 'just', 'only', 'least', 'most', 'more', 'than', 'nearly', 'some', 'at']);

/** Words that say a value is the measure of the word before them ("turnout of", "turnout at", "rate was", "rose to"); not "on", "for", "in". */
const ANCHOR_LINKS = new Set('of at was is were are stood stands reached hit rose fell to'.split(' '));

/**
 * The word a value is said of: "turnout" in "a turnout of just over 61 per cent", "turnout at
 * 61.3%", "Turnout 61.3 per cent". Qualifiers, then at most one linking word, then a word of four
 * letters or more that is not itself a stop word.
 */
function anchorBefore(toks: Tok[], first: number): string | undefined {
  let k = first - 1;
  while (k >= 0 && k >= first - 4 && ANCHOR_QUALIFIERS.has(toks[k].lower) && !ANCHOR_LINKS.has(toks[k].lower)) k--;
  if (k >= 0 && ANCHOR_LINKS.has(toks[k].lower)) k--;
  const w = toks[k];
  if (k >= 0 && turnoutBefore(toks, k)) return 'turnout';
  return w && w.lower.length >= 4 && !NOUN_STOP.has(w.lower) && !ANCHOR_QUALIFIERS.has(w.lower) && /^\p{L}/u.test(w.text) ? w.lower : undefined;
}

/** How far back a turnout may stand before its verb, past what it is of: "Turnout in this year's parliamentary elections reached". */
const TURNOUT_SPAN = 6;

/** "Turnout in/at/for …" ends at toks[k], the word before the verb: the value is the turnout, not the elections'. */
function turnoutBefore(toks: Tok[], k: number): boolean {
  for (let b = k - 1; b >= 0 && b >= k - TURNOUT_SPAN; b--) {
    if (toks[b].lower === 'turnout') return /^(?:in|at|for)$/.test(toks[b + 1].lower);
  }
  return false;
}

/**
 * The number at toks[i] is the second of a pair that is no range: the seconds of a clock ("with
 * 1:57 left": no count of 57 "left") or the losing side of a score, which runs downward ("a 19-16
 * lead", "a 10-0 first-half lead", "a 439-247 edge"). A range runs upward ("10-20 people" reads up
 * to 20), and so does no model's variant ("Boeing's 787-9 Dreamliner").
 */
function secondOfPair(toks: Tok[], i: number, sentence: string, base: number): boolean {
  const prev = toks[i - 1];
  if (!prev || prev.end !== toks[i].start - 1 || !/^\d+$/.test(prev.text) || !/^\d+$/.test(toks[i].text)) return false;
  const sep = sentence[prev.end - base];
  if (sep === ':') return true;
  // "787-9", "787-10": a model's variant, its number shorter than the model's, stays a count (a changed variant is found).
  const variant = prev.text.length >= 3 && toks[i].text.length < prev.text.length;
  return (sep === '-' || sep === '\u2013') && +prev.text >= +toks[i].text && !variant;
}

/** Possessives before an ordinal whose noun is left out: "claimed his seventh". */
const ELIDED_ORDINAL_OWNERS = new Set(['his', 'her', 'their', 'its']);

/** Words between an ordinal and what it is said of: "equalised in the 38th minute", "won his third title". */
const ORDINAL_LEAD = new Set(['the', 'in', 'on', 'at', 'a', 'an', 'his', 'her', 'its', 'their', 'for']);

/**
 * The word an ordinal is said of, before it: "equalised" in "equalised in the 38th minute". With
 * more ordinals of one noun on one side ("ahead in the 12th minute … equalised in the 38th minute"
 * against "equalised in the 37th minute"), it pairs them (see anchoredPartner).
 */
function ordinalAnchor(toks: Tok[], i: number): string | undefined {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && ORDINAL_LEAD.has(toks[k].lower)) k--;
  const w = toks[k];
  return w && k < i - 1 && w.lower.length >= 4 && !NOUN_STOP.has(w.lower) && /^\p{Ll}/u.test(w.text) ? w.lower : undefined;
}

/** The number is followed by "s" or "'s" with nothing between: a decade ("1960s", "1960's"). */
function isDecade(toks: Tok[], i: number, sentence: string, base: number): boolean {
  const next = toks[i + 1];
  if (next === undefined || next.lower !== 's') return false;
  const gap = next.start - toks[i].end;
  return gap === 0 || (gap === 1 && /['\u2019]/.test(sentence[toks[i].end - base]));
}

/** After points or votes, the body that gave them: "from the public vote", "from the juries", "from viewers", "from Italy". */
const VOTING_BODY_AFTER = /^ from (?:(?:the )?(?:public|jury|juries|judges|televot\w*|viewers|audience|fans|(?:professional|national) juries)\b|\p{Lu}\p{Ll}+\b)/u;

/** Words that make an ordinal a run's: "fifth consecutive term", "third straight title". */
const STREAK_WORDS = new Set(['consecutive', 'straight', 'successive', 'running']);

/** The dash between the days of a range: "June 24-25", "24–25 June". */
const DAY_RANGE_DASH = /^\s?[-\u2013]\s?$/;
/** Words between the days of a range or pair: "October 19 and 20", "3 to 5 March". */
const DAY_RANGE_WORDS = new Set(['and', 'to', 'through', 'thru', 'until', 'till']);
/**
 * Words that may follow a date ("on May 3 and 4 in Lyon"), so a number before them is a day; "on
 * May 3 and 20 people" counts people.
 */
const AFTER_DATE = new Set('in at on when as after before while amid during the a an this last next respectively was were is are had has have will and but or with from'.split(' '));

const isDay = (t: Tok | undefined): t is Tok => !!t && /^\d{1,2}$/.test(t.text) && +t.text >= 1 && +t.text <= 31;
const onlySpace = (sentence: string, from: number, to: number) => /^\s+$/.test(sentence.slice(from, to));

/**
 * Index of the range's other day beside the day at dayIdx (after it when the month comes first),
 * or -1: joined by a dash ("June 24-25") or by a word ("October 19 and 20", "3 to 5 March"), when
 * the words round it leave the number no other reading.
 */
function rangeDayIndex(toks: Tok[], dayIdx: number, forward: boolean, sentence: string, base: number): number {
  const day = toks[dayIdx];
  // Beside the day: the other day after a dash, or the word joining them.
  const near = forward ? dayIdx + 1 : dayIdx - 1;
  const word = toks[near];
  if (isDay(word) && DAY_RANGE_DASH.test(forward ? sentence.slice(day.end - base, word.start - base) : sentence.slice(word.end - base, day.start - base))) return near;
  const j = forward ? dayIdx + 2 : dayIdx - 2;
  const other = toks[j];
  if (!word || !DAY_RANGE_WORDS.has(word.lower) || !isDay(other)) return -1;
  const [first, second] = forward ? [day, other] : [other, day];
  if (+second.text <= +first.text || !onlySpace(sentence, first.end - base, word.start - base) || !onlySpace(sentence, word.end - base, second.start - base)) return -1;
  if (forward) {
    // The second day must close the date: nothing, punctuation, a year or a word that may follow one.
    const after = toks[j + 1];
    return !after || !onlySpace(sentence, other.end - base, after.start - base) || /^\d{4}$/.test(after.text) || AFTER_DATE.has(after.lower) ? j : -1;
  }
  // The first day must open it: "from 3 to 5 March", not "rose 3 to 5 March".
  const before = toks[j - 1];
  return !before || !onlySpace(sentence, before.end - base, other.start - base) || DAY_RANGE_OPENERS.has(before.lower) ? j : -1;
}

/** Words before the first day of "3 to 5 March". */
const DAY_RANGE_OPENERS = new Set('on from between of held over in during and the'.split(' '));

/** Determiners before a year that names an event: "the 2002 … crash", "its 2019 election", "whose 1970 debut album" (and a possessive: "Labour's 2024 election campaign"). */
const EVENT_DETERMINERS = new Set('the a its their his her this that whose'.split(' '));

/** A year between a determiner and a word, "the 2002 Air China crash": it names the event. */
function namesEvent(toks: Tok[], i: number, sentence: string, base: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return !!prev && !!next && (EVENT_DETERMINERS.has(prev.lower) || POSSESSIVE_END.test(prev.text)) && /^\p{L}/u.test(next.text) && onlySpace(sentence, toks[i].end - base, next.start - base);
}

/**
 * The name a year follows, "World Cup 2023", "Euro 2022", "Vision 2030": the year names that event
 * or plan, and the name's last word says which. A capital opening the sentence ("In 2023") is no
 * name, nor is a title-cased small word ("Sales Rise In 2023"), a word with digits ("Q3 2023") or
 * a time of year ("March 2023", "Fall 2019", "Mid 2024").
 */
function eventNameBefore(toks: Tok[], i: number, sentence: string, base: number): string | undefined {
  const prev = toks[i - 1];
  if (i < 2 || !CAPITALISED_WORD.test(prev.text) || STOPWORDS.has(prev.lower) || TIMES_OF_YEAR.has(prev.lower) || monthOf(prev) >= 0 || weekdayOf(prev) >= 0) return undefined;
  return /^ $/.test(sentence.slice(prev.end - base, toks[i].start - base)) ? prev.lower : undefined;
}
const TIMES_OF_YEAR = new Set('spring summer autumn fall winter mid early late end start christmas easter'.split(' '));

/**
 * The title a year in brackets follows, "“Something’s Gotta Give” (2003)", "The Godfather (1972)":
 * the year a work came out, which names it, not the year of what the sentence tells ("her last
 * Oscar nomination … (2003)" is not the year she won one). The title's last word says which.
 */
function titleBefore(toks: Tok[], i: number, sentence: string, base: number): string | undefined {
  const prev = toks[i - 1];
  if (i < 1 || sentence.charAt(toks[i].end - base) !== ')') return undefined;
  const gap = sentence.slice(prev.end - base, toks[i].start - base);
  const quoted = TITLE_CLOSE.test(gap);
  return quoted || (gap === ' (' && CAPITALISED_WORD.test(prev.text) && !STOPWORDS.has(prev.lower) && monthOf(prev) < 0) ? prev.lower : undefined;
}
/** A title's closing quote mark before the bracket: "” (", "' (". */
const TITLE_CLOSE = /^["\u201D\u2019'],? ?\($/;

/** The weekday at toks[i] after "early" ("early Sunday", "early on Sunday") or "the early (small, wee) hours of": its night's end. */
function smallHoursOf(toks: Tok[], i: number): boolean {
  const on = toks[i - 1]?.lower === 'on' ? 1 : 0;
  if (toks[i - 1 - on]?.lower === 'early') return true;
  return toks[i - 1]?.lower === 'of' && toks[i - 2]?.lower === 'hours' && SMALL_HOURS.has(toks[i - 3]?.lower ?? '');
}
const SMALL_HOURS = new Set(['early', 'small', 'wee']);

/** Words after a duration that make it time left on a clock: "with 23 seconds left", "six minutes remaining". */
const CLOCK_LEFT = new Set(['left', 'remaining', 'remain']);

/** Units a game's clock counts in. */
const GAME_CLOCK_UNITS = new Set(['minutes', 'minute', 'mins', 'seconds']);

/**
 * The duration ending at `end` is followed by "left" or "remaining", or after "with" by "to go" or
 * "to play" ("it took four years to go from …" is a duration); or is minutes or seconds after
 * "after", a moment the clock reached ("2-0 down after 80 minutes").
 */
function clockLeft(toks: Tok[], i: number, end: number): boolean {
  // "recovered from 2-0 down after 80 minutes", "inseparable after 120 minutes of play": the clock's elapsed minutes.
  if (toks[i - 1]?.lower === 'after' && GAME_CLOCK_UNITS.has(toks[i + 1]?.lower ?? '')) return true;
  const k = tokenAfter(toks, i, end);
  const w = toks[k]?.lower;
  if (w === undefined) return false;
  if (CLOCK_LEFT.has(w)) return true;
  const withBefore = toks.slice(Math.max(0, i - 3), i).some((t) => t.lower === 'with');
  return withBefore && w === 'to' && (toks[k + 1]?.lower === 'go' || toks[k + 1]?.lower === 'play');
}

/**
 * Nouns that number a thing rather than count it when a figure follows them: "Flight 370",
 * "Highway 101", "Category 5", "Windows 11".
 */
const LABEL_NOUNS = new Set(
  'flight route highway interstate terminal gate platform pier berth runway category level phase stage building tower block lot room ward district precinct zone unit box no number channel studio series season episode chapter section article part volume amendment proposition prop measure question bill act form model version type class grade division league game round week day match apollo windows covid'.split(' '),
);

/** A capitalised label noun right before a figure, "Stage 5", "Flight 370": the figure numbers it and counts nothing after. */
const numbersLabel = (prev: Tok | undefined) => prev !== undefined && LABEL_NOUNS.has(prev.lower) && CAPITALISED_WORD.test(prev.text);

/** Words before "one" that make it a pronoun: "this one feels", "no one knows". */
const ONE_PRONOUN_AFTER = new Set('this that the which each every no any'.split(' '));

/**
 * A bare figure after a name in a sentence that already counted something: "Labour won 412 seats,
 * the Conservatives 121 and the Liberal Democrats 72", "Spain won 22 medals, France 18". The noun
 * is said once and left out after; read without it, the figure was no claim and the sentence was
 * compared as if it gave one value. The name follows a comma or "and" (after "the" or not), the
 * figure closes its clause, and a name that labels rather than holds ("Flight 370") is left alone.
 * Gives the count whose noun it takes.
 */
function gappedCountOf(claims: readonly Claim[], toks: Tok[], i: number, sentence: string, base: number): Claim | undefined {
  let counted: Claim | undefined;
  for (let n = claims.length - 1; n >= 0 && !counted; n--) if (claims[n].kind === 'count' && !claims[n].share) counted = claims[n];
  if (!counted || !/^\d{1,3}(?:,\d{3})*$/.test(toks[i].text)) return undefined;
  const after = sentence.slice(toks[i].end - base).match(/^\s*(?:[,;.)]|and\b|$)/);
  if (!after) return undefined;
  const name = i - 1;
  if (name < 0 || !/^\p{Lu}\p{Ll}/u.test(toks[name].text)) return undefined;
  if (!/^,? $/.test(sentence.slice(toks[name].end - base, toks[i].start - base))) return undefined;
  let first = capitalisedRunStart(toks, name, 4);
  if (first === i - 1 && LABEL_NOUNS.has(toks[first].lower)) return undefined;
  if (toks[first - 1]?.lower === 'the') first--;
  const before = sentence.slice(0, toks[first].start - base).trimEnd();
  if (!before.endsWith(',') && !/\band$/.test(before)) return undefined;
  return counted.start < toks[first].start ? counted : undefined;
}

/**
 * The token ending a span of two years written as one ("1998/99", "2019-20", "2023/2024": a season,
 * a fiscal year) after the year toks[i]: the next year's two or four digits, joined by a slash or a
 * dash. Read as a count, the "99" of "the 1998-99 season" was 99 seasons.
 */
function yearSpanEnd(toks: Tok[], i: number, year: number, sentence: string, base: number): number | undefined {
  const next = toks[i + 1];
  if (!next || next.start !== toks[i].end + 1 || !/[/\-\u2013]/.test(sentence[toks[i].end - base])) return undefined;
  const follows = next.text.length === 2 ? +next.text === (year + 1) % 100 : next.text.length === 4 && +next.text === year + 1;
  return follows && /^\d+$/.test(next.text) ? i + 1 : undefined;
}

/** A rank in one word, "sixth-largest", "second-biggest": its ordinal's number. */
function rankWord(lower: string): number | undefined {
  const dash = lower.indexOf('-');
  if (dash < 0 || !/^(?:\p{L}+est|most)$/u.test(lower.slice(dash + 1))) return undefined;
  return ORDINAL_WORDS[lower.slice(0, dash)];
}

/**
 * A day written as an ordinal before its month, "3rd December", "the 3rd of December": the date's
 * value (month * 100 + day) and its last token. `num` is the ordinal's number in digits.
 */
function dayOrdinalDate(toks: Tok[], i: number, num: { value: number } | undefined): { value: number; last: number } | undefined {
  if (!num || !Number.isInteger(num.value) || num.value < 1 || num.value > 31) return undefined;
  let m = i + 2;
  if (toks[m]?.lower === 'of') m++;
  const month = toks[m] ? monthOf(toks[m]) : -1;
  return month >= 0 ? { value: month * 100 + num.value, last: m } : undefined;
}
