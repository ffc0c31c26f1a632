/**
 * The periods a sentence's figures are about ("first 11 months", "Q3", "with 95% of votes counted",
 * "the previous record") and the dateline opening a wire story: numbers in them are no claims.
 */
import { wordTable } from './numbers';

// "The next 10 years" is no period: a plan's horizon, stated alike in every report of it, is a
// duration compared like any other ("first 11 months" grows with the date of the report).
const PERIOD_RE = /\b(?:(?:first|last|past|previous)\s(?:\d{1,3}|[a-z]+)\s(?:months?|quarters?|weeks?|years?|days?|halves)|(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s](?:quarter|half)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s?[-\u2013]\s?(?:january|february|march|april|may|june|july|august|september|october|november|december)|[Qq][1-4]|H[12](?![-\u2013]?B\b)|year[-\s]on[-\s]year|a\syear\s(?:earlier|ago)|last\syear|this\syear|next\syear)\b/gi;

/** "should last two years": "last" is the verb, and "two years" a duration, not a period. */
const LAST_AS_VERB = /\b(?:will|would|should|could|can|may|might|must|to|did|does|do|not)\s+$/i;

/** Words before a bare month name that make it the period of the figure before them: "3.1% in October", "5,000 since March". */
export const MONTH_PERIOD_WORDS = new Set('in during for since from until through'.split(' '));

/** The last token of a figure: its number, or a percent's sign or word. */
export const FIGURE_END = /^(?:\d[\d,.]*|%|percent|cent|pct|pc|points?)$/;

const ORDINAL_SPELLED: Record<string, string> = { '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth' };

/** Month ranges that are a quarter or a half of the year: "in the July-September period" is the third quarter; so are "Q3" and "H2". */
const RANGE_PERIODS: Record<string, string> = wordTable({
  'january march': 'first quarter', 'april june': 'second quarter', 'july september': 'third quarter', 'october december': 'fourth quarter',
  'january june': 'first half', 'july december': 'second half',
  q1: 'first quarter', q2: 'second quarter', q3: 'third quarter', q4: 'fourth quarter', h1: 'first half', h2: 'second half',
});

/** The sentence's period expressions, normalised, and the offsets they cover. */
export function periodsOf(sentence: string, base: number): { periods: string[]; covered: Array<[number, number]> } {
  const periods: string[] = [];
  const covered: Array<[number, number]> = [];
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(sentence); m; m = PERIOD_RE.exec(sentence)) {
    // "third-quarter profit" is the third quarter, "year-on-year" is "year on year", "3rd" is "third",
    // "July-September" the third quarter.
    const spelt = m[0].toLowerCase().replace(/\s*[-\u2013]\s*|\s+/g, ' ').replace(/\b(?:1st|2nd|3rd|4th)\b/, (o) => ORDINAL_SPELLED[o]);
    const norm = RANGE_PERIODS[spelt] ?? spelt;
    if (norm.startsWith('last ') && norm !== 'last year' && LAST_AS_VERB.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "this year" and "last year" alone qualify too little to separate claims from each other.
    if (!/^(?:this|last|next) year$/.test(norm)) periods.push(norm);
    covered.push([base + m.index, base + m.index + m[0].length]);
  }
  // "With 95% of votes counted": results at one stage of a count, which outlets report at others.
  if (sentence.includes(' of ')) {
    COUNT_STAGE.lastIndex = 0;
    for (let m = COUNT_STAGE.exec(sentence); m; m = COUNT_STAGE.exec(sentence)) {
      periods.push(`${m[1]}% counted`);
      covered.push([base + m.index, base + m.index + m[0].length]);
    }
  }
  // "coming two years after the Eagles' heartbreaking 38-35 loss": the figures of the event that
  // many years apart are another time's (the gap itself, "two years", stays a claim).
  if (sentence.includes('year') || sentence.includes('decade')) {
    YEARS_APART.lastIndex = 0;
    for (let m = YEARS_APART.exec(sentence); m; m = YEARS_APART.exec(sentence)) {
      const end = m.index + m[0].length;
      covered.push([base + end - m[1].length, base + end]);
    }
  }
  // "The previous UK record of 38.7C", "his previous best": a record the story's new one replaced.
  if (PREVIOUS_HINTS.some((h) => sentence.includes(h)) && PREVIOUS_RECORD.test(sentence)) periods.push('previous record');
  return { periods, covered };
}

/** "two years after the …", "a decade before the …": the five words after it tell of that other time. */
const YEARS_APART = /\b(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few)\s(?:years?|decades?)\s(?:after|before|since)\s((?:(?:[^\s,;:!?()]|,(?=\d))+\s){0,5}(?:[^\s,;:!?()]|,(?=\d))+)/gi;

/** Letters of the words naming a record as earlier, in either case: most sentences have none. */
const PREVIOUS_HINTS = ['revious', 'ormer', 'rior', 'old ', 'Old '];

/** A record before the one the story reports: "the previous UK record temperature", "the former world record", "her previous best". */
const PREVIOUS_RECORD = /\b(?:previous|former|old|prior)\s(?:[a-z-]+\s){0,3}?(?:records?|highs?|best|peak)\b/i;

/** How far a count had got: "95% of votes counted", "99 percent of precincts reporting", "98% of ballots were counted". */
const COUNT_STAGE = /\b(\d{1,3}(?:\.\d{1,2})?) ?(?:%|per ?cent|percent) of (?:the |all )?(?:votes?|ballots?|precincts?|polling stations|constituencies|districts|results)(?: cast)?(?: (?:were|have been|had been))? (?:counted|reporting|tallied|declared|processed|reported|in(?=[,;.)]|$))\b/gi;

/**
 * A dateline opening the sentence: a place of up to four capitalised words (and its state or
 * country, or its country in square brackets), a comma, the report's date, an agency in brackets,
 * then a dash, a colon or the story: "NEW DELHI, April 27 (IANS) The toll …", "WASHINGTON, Nov. 3
 * (Reuters) - …", "LAS VEGAS, Feb. 11 (UPI) -- …", "Dhaka [Bangladesh], November 18: …". Anchored,
 * each part bounded, words split at spaces only (a hyphen stays inside its word).
 */
const DATELINE = /^\s*\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}(?: \[\p{Lu}[\p{L} .'\u2019-]{1,30}\])?,(?: \p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*)?,)? (?:\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9})(?:,? \d{4})?(?: \([\p{L}][\p{L} .&-]{0,30}\))?(?=\s?[-\u2013\u2014]|:\s|\s\p{Lu})/u;

/** The length of the dateline opening this sentence, 0 when it has none. Its place is in capitals or an agency follows the date ("Ana Ruiz, April 27 - the day she won" is no dateline). */
export function datelineLength(sentence: string): number {
  const m = DATELINE.exec(sentence);
  return m && (m[0].includes('(') || m[0].includes('[') || /^\s*\p{Lu}{2,}\b/u.test(m[0])) ? m[0].length : 0;
}
