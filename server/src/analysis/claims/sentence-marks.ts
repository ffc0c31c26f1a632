/**
 * Readings over a whole sentence once its claims are found: an earlier report replaced since, a
 * percentage beside its sum, an earlier event a superlative measures against, an adjusted basis, a
 * weekday written with its date.
 */
import { Claim } from './claim';

/** Words that may say a figure was an earlier report's: the cheap test before SUPERSEDED_HINT. */
export const SUPERSEDED_WORDS = /\b(?:initially|originally|at first|earlier|previously|previous|initial|formerly|former|prior)\b/i;

/**
 * An earlier report's verb: "initially said", "had earlier reported", "were originally believed";
 * the sentence opening "Previously, …" ("Previously, 113 casualties were reported"); the
 * figure a new one updates: "updating an earlier toll of at least 20 dead"; or a holding before
 * the one the story tells: "previously owned around 32.5%", "down from its previous 32 percent
 * share". Not "TMZ first reported …": the first to report, not an earlier figure.
 */
const SUPERSEDED_HINT = /\b(?:initially|originally|at first|earlier|previously) (?:said|reported|put|gave|estimated|announced|listed|told|stated|counted|believed|thought|confirmed|recorded|feared)\b|^(?:previously|initially|originally|at first),|\ban? (?:earlier|previous|initial) (?:death )?(?:toll|figure|count|tally|estimate) of\b|\b(?:previously|formerly) (?:owned|held|controlled|had)\b|\b(?:its|their|his|her|the) (?:previous|former|prior) $/gi;

/** What ends an earlier report's clause before the figure: "initially said five, but later nine". */
const REPORT_REPLACED = /\bbut\b|;|\blater\b|\bnow\b|\bsince\b|\brevised\b|\braised\b/i;

/** How far back from a figure an earlier report's verb is looked for. */
const SUPERSEDED_LOOKBACK = 120;

/** The figure at `at` in the sentence is an earlier report's, replaced since (see Claim.superseded). */
export function supersededReport(sentence: string, at: number): boolean {
  const from = Math.max(0, at - SUPERSEDED_LOOKBACK);
  const before = sentence.slice(from, at);
  let end = -1;
  SUPERSEDED_HINT.lastIndex = 0;
  for (let m = SUPERSEDED_HINT.exec(before); m; m = SUPERSEDED_HINT.exec(before)) {
    if (m[0].endsWith(',') && from > 0) continue; // "Previously," opens the sentence only
    end = m.index + m[0].length;
  }
  return end >= 0 && !REPORT_REPLACED.test(before.slice(end));
}

/** How far a percentage and its sum may stand apart: ", up 12 per cent", "a 5.5% increase", "up 6% YoY to". */
const SUM_SHARE_GAP = 24;

/**
 * Gives each percentage the sum right beside it in its clause: "services revenue of $24.9 billion,
 * up 12 per cent", "iPhone sales that hit $46.22 billion, a 5.5% increase", "up 6% YoY to $46.22
 * billion". A change of one sum is no change of another (see claim-conflict).
 */
export function markSumsOfShares(claims: Claim[], sentence: string, base: number): void {
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (c.kind !== 'percent') continue;
    let best: Claim | undefined;
    let gap = SUM_SHARE_GAP + 1;
    for (const n of [claims[k - 1], claims[k + 1]]) {
      if (n?.kind !== 'money' || n.conversion) continue;
      const between = n.end <= c.start ? sentence.slice(n.end - base, c.start - base) : sentence.slice(c.end - base, n.start - base);
      if (between.length < gap && !/[.;:()]/.test(between)) {
        gap = between.length;
        best = n;
      }
    }
    if (best) c.ofSum = [best.low, best.high];
  }
}

/** A superlative (or "first") and, after it, "since" opening the earlier event it is measured against. */
const SINCE_REFERENCE = /\b(?:deadliest|worst|biggest|largest|highest|lowest|strongest|heaviest|first)\b[^;]{0,80}?\bsince (?=(?:a|an|the|his|her|their|its) )/iu;

/**
 * Figures after "since" in "the deadliest shooting … since a gunman killed 20 children and six
 * adults at Sandy Hook" are the earlier event's, not this one's. Only "since a/an/the …" (or a
 * possessive: "the first monarch to do so since his mother, Queen Elizabeth II, in 1977"): "since
 * 2012" and "since June" are dates, read as they are. So are all the figures of a sentence
 * opening on the record this event broke (RECORD_BEFORE).
 */
export function markReference(claims: Claim[], sentence: string, base: number): void {
  if (claims.length === 0) return;
  // "Prior to this event, the strongest hurricane to hit Jamaica was Gilbert in 1988, which was a
  // Category 4 storm": the record this event broke, all of it.
  if (RECORD_BEFORE.test(sentence)) {
    for (const c of claims) c.reference = true;
    return;
  }
  if (!sentence.includes('since ')) return;
  const m = SINCE_REFERENCE.exec(sentence);
  if (!m) return;
  const from = base + m.index + m[0].length;
  for (const c of claims) if (c.start >= from) c.reference = true;
}

/** A sentence opening on the record before this event: "Prior to this event, the strongest …", "Until Melissa, the deadliest …". */
const RECORD_BEFORE = /^(?:prior to|before|until) [^,]{1,40}, the (?:deadliest|worst|biggest|largest|highest|lowest|strongest|heaviest|most|costliest|longest|fastest|hottest|coldest|wettest)\b/i;

/**
 * Words that put the sums and shares after them on an adjusted basis ("non-GAAP", "adjusted",
 * "excluding items", "excluding the EC fine", "core" and "underlying" before a measure, prices
 * "less food and energy"), and words that put them back on the reported one ("GAAP", "reported",
 * "statutory", "headline") or start a measure never adjusted (revenue, sales, turnover).
 * "Seasonally adjusted" is the usual basis of a rate, said or not.
 */
const BASIS_WORDS = /\b(?:([Nn]on-GAAP|[Aa]djusted|[Ee]xcluding (?:(?:certain|special|one-time|one-off|exceptional|some|other) ){0,2}(?:items|charges|costs)|(?<excluded>[Ee]xcluding (?:the|an?|its) (?:[^\s,;]+ ){0,4}?(?:fine|charge|penalty|settlement|impairment|write-?down|provision))|[Pp]ro forma|(?:[Cc]ore|[Uu]nderlying) (?=inflation|prices|PCE|CPI|earnings|profits?|income|operating|margins?|rate)|(?:[Ee]xcluding|less|ex) (?:the )?(?:(?:more )?volatile )?food and energy)|(GAAP|reported|statutory|headline|[Rr]evenues?|[Ss]ales|[Tt]urnover))\b/g;

/** Text before a phrase that opens its sentence or clause: "Excluding the fine, …", "…; excluding the fine, …". */
const OPENS_CLAUSE = /(?:^|[,;:(\u2014]\s*)$/;

/** After a sum, words that put it on an adjusted basis: "$2.18 a share on an adjusted basis", "$2.18 a share, excluding items". */
const ADJUSTED_AFTER = /^[^.;]{0,30}?\b(?:on an adjusted basis|excluding (?:(?:certain|special|one-time|one-off|exceptional|some|other) ){0,2}items|before (?:exceptional|one-off|one-time) items)\b/;

/** Letters any adjusting phrase holds, in either case of its first letter: most sentences have none and are passed over. */
const ADJUSTING_HINTS = ['djusted', 'GAAP', 'xcluding', 'core', 'Core', 'nderlying', 'ro forma', 'food and energy', 'items'];

/** After a sum, words that put it on the reported basis: "58.2% under GAAP", "on a reported basis". */
const REPORTED_AFTER = /^[^.;]{0,12}?\b(?:under (?:U\.S\. )?GAAP|on a (?:GAAP|reported|statutory) basis)\b/;

/**
 * Marks the sums and shares of a sentence said on an adjusted basis: after an adjusting word with
 * no reported-basis word or revenue between ("Excluding items, it earned $2.18 a share on revenue
 * of $3.87 billion": the $2.18 only), or followed by one ("$2.18 a share on an adjusted basis"),
 * unless "under GAAP" follows it.
 * Outlets give both bases of one quarter; compared across bases, every earnings story conflicted.
 */
export function markAdjusted(claims: Claim[], sentence: string, base: number): void {
  if (!claims.some((c) => c.kind === 'money' || c.kind === 'percent') || !ADJUSTING_HINTS.some((h) => sentence.includes(h))) return;
  const switches: { at: number; adjusted: boolean }[] = [];
  for (const m of sentence.matchAll(BASIS_WORDS)) {
    // "Excluding the $3.5 billion charge related to …": the sum left out is a thing of its own, no measure of the results.
    if (m.groups?.excluded) for (const c of claims) if (c.start - base > m.index! && c.end - base <= m.index! + m[0].length) c.separate = true;
    const before = sentence.slice(Math.max(0, m.index! - 40), m.index);
    // "Operating margin reached 33.9% excluding a $3.5 billion EU fine, while …": said of the figure
    // before it, not of the clauses after.
    if (m.groups?.excluded && !OPENS_CLAUSE.test(before)) {
      for (const c of claims) if (c.end - base <= m.index! && /^\s?$/.test(sentence.slice(c.end - base, m.index))) c.adjusted = true;
      continue;
    }
    if (m[1] && /^[Aa]djusted$/.test(m[1]) && /seasonally\s$/i.test(before)) continue;
    if (m[2] === 'GAAP' && /\bnot\b[^;]{0,30}$/.test(before)) continue; // "(not in accordance with U.S. GAAP)"
    switches.push({ at: m.index! + m[0].length, adjusted: m[1] !== undefined });
  }
  for (const c of claims) {
    if (c.kind !== 'money' && c.kind !== 'percent') continue;
    let adjusted = false;
    for (const s of switches) if (s.at <= c.start - base) adjusted = s.adjusted;
    const after = sentence.slice(c.end - base, c.end - base + 60);
    if ((adjusted || ADJUSTED_AFTER.test(after)) && !REPORTED_AFTER.test(after)) c.adjusted = true;
  }
}

/** Between a weekday and the date it names: "Monday, April 28", "Monday 28 April", "Sunday (April 27)". */
const DAY_TO_DATE = /^(?:, ?| | ?\()$/;

/** Between a date and its year: "April 28, 2025", "28 April 2025". */
export const DATE_TO_YEAR = /^,? $/;

/**
 * Gives a weekday written with its date ("on Monday, April 28", "Monday 28 April 2025") that date,
 * and the year when it follows: the calendar fixes the day, whatever the sentences are about. A
 * report's day gives its date the report's reading.
 */
export function markCalendarDays(claims: Claim[], sentence: string, base: number): void {
  for (let k = 0; k + 1 < claims.length; k++) {
    const day = claims[k];
    const date = claims[k + 1];
    if (day.kind !== 'weekday' || date.kind !== 'date' || date.low !== date.high || !DAY_TO_DATE.test(sentence.slice(day.end - base, date.start - base))) continue;
    day.onDate = date.low;
    // "Nintendo said on Wednesday, June 11, it had sold …": the date of a report's day is the report's too.
    if (day.reported) date.reported = true;
    const year = claims[k + 2];
    if (year?.kind === 'year' && DATE_TO_YEAR.test(sentence.slice(date.end - base, year.start - base))) day.onYear = (year.low + year.high) / 2;
  }
}
