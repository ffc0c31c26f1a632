/**
 * Two aligned sentences whose figures still speak of different things: another event, another
 * person's or scorer's figure, another day's deed, another party's estimate, another period.
 */
import { Claim } from '../claims/claim';
import { eventKind } from '../claims/counted';
import { sameKind } from '../claims/kinds';
import { POSSESSIVE_END } from '../claims/tokens';
import { ClaimSentence, KeptAnalysis } from '../document';
import { stemWord, words } from '../text/segment';
import { compatible, sameFigure } from './claim-values';

/**
 * One sentence names an event by its year ("the 2002 Air China crash that killed 129 people"), the
 * other gives another year and no value of the first's other kinds agrees: another event ("179
 * people were killed on Sunday, December 29, 2024"), not one reported wrongly. A changed year
 * alone is still compared: the other values must disagree too.
 */
export function otherEvent(a: ClaimSentence, b: ClaimSentence): boolean {
  const labelled = a.claims.find((c) => c.label) ?? b.claims.find((c) => c.label);
  if (!labelled) return false;
  const [mine, theirs] = a.claims.includes(labelled) ? [a, b] : [b, a];
  const years = theirs.claims.filter((c) => c.kind === 'year');
  if (years.length === 0 || years.some((y) => sameFigure(y, labelled))) return false;
  let differs = false;
  for (const c of mine.claims) {
    if (c.kind === 'year') continue;
    const same = theirs.claims.filter((t) => sameKind(t, c));
    if (same.length === 0) continue;
    if (same.some((t) => compatible(c, t))) return false;
    differs = true;
  }
  return differs;
}

/** A name of two to four capitalised words (each of at most 30 letters: a run of capitals is read in linear time). */
const FULL_NAME = /\b\p{Lu}[\p{L}'\u2019.-]{1,30}(?: \p{Lu}[\p{L}'\u2019.-]{1,30}){1,3}/gu;

/** Words before a name that make it a place or a body the sentence's figure is not held by: "of the Port Alder harbour authority". */
const NOT_HOLDER_BEFORE = /\b(?:the|of|in|at|from|to|on|for|by|near|a|an|against|over)\s$/i;

/**
 * The last full name before the claim in its sentence, not after "the" or a preposition: whose
 * figure it most likely is ("Ana Ruiz finished with 31 points").
 */
function holderOf(claim: Claim, cs: ClaimSentence): string | undefined {
  const before = cs.sentence.text.slice(0, claim.start - cs.sentence.start);
  let last: string | undefined;
  for (const m of before.matchAll(FULL_NAME)) if (!NOT_HOLDER_BEFORE.test(before.slice(Math.max(0, m.index! - 10), m.index))) last = m[0];
  return last;
}

/**
 * Each figure held by a person or body named in full that the other sentence never names: "Ana Ruiz
 * finished with 31 points and 11 assists …" and "Lena Berg finished with 21 points and 6 assists …"
 * share every other word and are two players' figures (or two companies', two candidates').
 * "Sami Korhonen equalised in the 38th minute" against "Harbour City equalised in the 37th minute
 * through Sami Korhonen" is still compared: the other sentence names him.
 */
export function otherHolders(claim: Claim, cs: ClaimSentence, partner: Claim, other: ClaimSentence): boolean {
  const mine = holderOf(claim, cs);
  const theirs = mine && holderOf(partner, other);
  if (!mine || !theirs) return false;
  const names = (name: string, text: string) => name.split(' ').some((w) => w.length > 2 && text.includes(w));
  return !names(mine, other.sentence.text) && !names(theirs, cs.sentence.text);
}

/**
 * Each sentence lists people, and each list has someone the other's lacks: "Ollie Pope, Harry Brook,
 * and Joe Root all fell in the space of six balls" against "Boland accounted for Ben Duckett (28),
 * Ollie Pope (33) and Harry Brook (0) in the space of 11 balls" count two groups' figures.
 */
export function listsOfOthers(cs: ClaimSentence, other: ClaimSentence): boolean {
  const mine = listedSurnames(cs.sentence.text);
  if (mine.size < 2) return false;
  const theirs = listedSurnames(other.sentence.text);
  if (theirs.size < 2) return false;
  return [...mine].some((n) => !theirs.has(n)) && [...theirs].some((n) => !mine.has(n));
}

/** A name of one to three capitalised words, a figure in brackets after it: "Ollie Pope", "Ben Duckett (28)". */
const LISTED_NAME = String.raw`\p{Lu}[\p{Ll}'\u2019-]+(?: \p{Lu}[\p{Ll}'\u2019-]+){0,2}(?: \(\d{1,3}\*?\))?`;
/** Two names or more run with commas and "and": "Ollie Pope, Harry Brook, and Joe Root". */
const NAME_LIST = new RegExp(`${LISTED_NAME}(?:, ${LISTED_NAME})*,? and ${LISTED_NAME}`, 'gu');

/** The last word of each name in the sentence's lists of names. */
function listedSurnames(text: string): Set<string> {
  const out = new Set<string>();
  if (!text.includes(' and ')) return out;
  for (const m of text.matchAll(NAME_LIST)) {
    for (const item of m[0].split(/,? and |, /)) {
      const ws = item.replace(/ \(.*\)$/, '').split(' ');
      out.add(ws[ws.length - 1]);
    }
  }
  return out;
}

/**
 * One sentence's figure is of two named things together, the other's of one of them: "the Eaton and
 * Palisades fires … consuming nearly 40,000 acres" against "The Palisades fire … consuming 23,448
 * acres" (a name, "and", a name and a plural noun; the other sentence names one of the two before
 * that noun's singular and never the other). Asked both ways.
 */
export function jointAgainstOne(cs: ClaimSentence, other: ClaimSentence): boolean {
  return namesOneOfPair(cs, other) || namesOneOfPair(other, cs);
}
function namesOneOfPair(pairSentence: ClaimSentence, other: ClaimSentence): boolean {
  const text = pairSentence.sentence.text;
  if (!text.includes(' and ')) return false;
  const lower = other.sentence.text.toLowerCase();
  for (const m of text.matchAll(NAMED_PAIR)) {
    const [a, b, plural] = [m[1].toLowerCase(), m[2].toLowerCase(), m[3]];
    const noun = plural.slice(0, -1);
    const hasA = lower.includes(`${a} ${noun}`);
    const hasB = lower.includes(`${b} ${noun}`);
    if (hasA !== hasB && !lower.includes(hasA ? b : a)) return true;
  }
  return false;
}
/** "Eaton and Palisades fires", "the Harbour and Valna bridges": two names sharing one plural noun. */
const NAMED_PAIR = /(?<![\p{L}'\u2019-])(\p{Lu}[\p{L}'\u2019-]+) and (\p{Lu}[\p{L}'\u2019-]+) (\p{Ll}{3,}s)\b/gu;

/** How far back from a game minute its scorer is looked for, in words: "Doue went from provider to finisher as his deflected shot doubled their advantage in the 20th minute". */
const SCORER_WORDS_BEFORE = 16;

/** Words after a game minute that name who scored it: "equalised in the 37th minute through Sami Korhonen". */
const SCORED_THROUGH = new Set(['through', 'by', 'from']);

/**
 * Who a game minute is said of: a name right after "through", "by" or "from" after it, else the
 * nearest capitalised word before it in its clause (not the sentence's first word). Lower case.
 */
function scorerOf(claim: Claim, cs: ClaimSentence): string | undefined {
  const ws = words(cs.sentence.text, cs.sentence.start);
  let at = ws.findIndex((w) => w.start >= claim.end);
  if (at < 0) at = ws.length;
  for (let k = at; k < Math.min(ws.length - 1, at + 4); k++) {
    if (SCORED_THROUGH.has(ws[k].text.toLowerCase()) && /^\p{Lu}/u.test(ws[k + 1].text)) {
      let n = k + 1;
      while (n + 1 < ws.length && /^\p{Lu}/u.test(ws[n + 1].text)) n++;
      return ws[n].text.toLowerCase();
    }
  }
  const text = cs.sentence.text;
  for (let k = ws.findIndex((w) => w.start >= claim.start) - 1; k > 0; k--) {
    if (at - k > SCORER_WORDS_BEFORE) break;
    if (/[.;:!?]/.test(text.slice(ws[k].end - cs.sentence.start, ws[k + 1].start - cs.sentence.start))) break;
    if (/^\p{Lu}\p{Ll}/u.test(ws[k].text)) return ws[k].text.toLowerCase();
  }
  return undefined;
}

/** Each game minute is said of a scorer, and the two are not one: two moments of a game. */
export function otherScorers(claim: Claim, cs: ClaimSentence, partner: Claim, other: ClaimSentence): boolean {
  const mine = scorerOf(claim, cs);
  const theirs = mine && scorerOf(partner, other);
  return !!theirs && mine !== theirs;
}

/** Both figures carry the word they are said of, and the words differ: "World Cup 2023" and "Euros 2022", a collapse's time and a press conference's. */
export function saidOfOthers(a: Claim, b: Claim): boolean {
  return !!a.anchor && !!b.anchor && stemWord(a.anchor) !== stemWord(b.anchor);
}

/** The count is of an event of a kind the other sentence names nowhere. */
export function eventUnnamed(claim: Claim, other: ClaimSentence): boolean {
  return claim.eventOf !== undefined && !eventsNamed(other).has(claim.eventOf);
}

/** The kinds of event a sentence names, read once per sentence (a long one may meet many counts). */
function eventsNamed(cs: ClaimSentence): Set<string> {
  let kinds = EVENTS_NAMED.get(cs);
  if (kinds) return kinds;
  kinds = new Set();
  const ws = words(cs.sentence.text).map((w) => w.text.toLowerCase());
  for (let k = 0; k < ws.length; k++) {
    const kind = eventKind(ws[k - 1] ?? '', ws[k], ws[k + 1] ?? '');
    if (kind) kinds.add(kind);
  }
  EVENTS_NAMED.set(cs, kinds);
  return kinds;
}
const EVENTS_NAMED = new WeakMap<ClaimSentence, Set<string>>();

/** Both sentences name the day of their report ("…, officials said on Monday", a dateline's date), and no day is the same. */
export function toldOnOtherDays(a: ClaimSentence, b: ClaimSentence): boolean {
  const days = (cs: ClaimSentence) => cs.claims.filter((k) => k.reported && (k.kind === 'weekday' || k.kind === 'date'));
  const mine = days(a);
  const theirs = days(b);
  return mine.length > 0 && theirs.length > 0 && !mine.some((k) => theirs.some((t) => t.kind === k.kind && sameFigure(t, k)));
}

/**
 * Both sentences count one thing, with no count alike ("On Friday, over 750 IndiGo flights were
 * cancelled" and "On Saturday alone, IndiGo said it had cancelled around 850 flights"): a running
 * story's figures of two days, so their days are two days, not one day told two ways. A changed day
 * in a sentence counting the same is still compared.
 */
export function countsOfTwoDays(a: ClaimSentence, b: ClaimSentence): boolean {
  let counted = false;
  for (const c of a.claims) {
    if (c.kind !== 'count') continue;
    for (const k of b.claims) {
      if (k.kind !== 'count' || k.unit !== c.unit) continue;
      if (sameFigure(c, k)) return false;
      counted = true;
    }
  }
  return counted;
}

/**
 * The two sentences give one figure alike besides the days and dates of their reports: the same
 * report. Not what every report of the event gives alike, its day, date, year, time or a quake's
 * magnitude: "A 6.0-magnitude earthquake … killing more than 800 people …, officials said Monday"
 * and "A 6.0-magnitude earthquake … has killed 1,411 people …, said Tuesday" are two reports. With
 * `boundAlike`, any two counts of one noun written alike are: "At least eight people were killed and
 * around 24 others injured" (a bound, a share) and "killed eight people".
 */
export function sharesAFigure(a: ClaimSentence, b: ClaimSentence, boundAlike = false): boolean {
  for (const c of a.claims) {
    if (c.reported || EVENT_CONSTANT_KINDS.has(c.kind) || c.unit.includes('magnitude')) continue;
    for (const k of b.claims) if (!k.reported && ((sameKind(c, k) && sameFigure(c, k)) || (boundAlike && c.kind === k.kind && c.unit === k.unit && c.low === k.low))) return true;
  }
  return false;
}
const EVENT_CONSTANT_KINDS = new Set(['weekday', 'date', 'year', 'time']);

/**
 * A count standing at the report's hour, which the next report moves: "with 279 people still
 * unaccounted for", "Some 279 residents remain missing", "80 patients are still in hospital".
 */
export function standingCount(claim: Claim, cs: ClaimSentence): boolean {
  if (claim.kind !== 'count') return false;
  const at = claim.end - cs.sentence.start;
  return STANDING_AFTER.test(cs.sentence.text.slice(at, at + 16));
}
const STANDING_AFTER = /^ (?:(?:are|were|is|was) )?(?:still|remain(?:s|ed)?)\b/;

/**
 * Shared words besides names that a weekday's two sentences need: the same people
 * act on many days of a story, so names pair sentences about different days ("On Wednesday morning,
 * Maryland Gov. Wes Moore told reporters that he remained focused on the search" against "officials
 * including Maryland Gov. Wes Moore … shared Tuesday afternoon that the … bridge remains the scene
 * of an active search"); what was done, said or timed must be shared too. Near copies are compared
 * as they are.
 */
export const WHEN_PLAIN_WORDS = 3;

/**
 * A possessive weekday names a thing by its day ("recover from Friday morning's vendor-caused
 * issue"); another sentence's weekday dates that thing only if it speaks of it ("as of 1400 GMT on
 * Saturday, more than 600 flights had been cancelled" does not). "Thursday's by-election" and "the
 * by-election on Wednesday" are still compared.
 */
export function namesUnsaid(claim: Claim, other: ClaimSentence): boolean {
  return claim.dayOf !== undefined && !claim.dayOf.some((w) => other.context.includes(stemWord(w)));
}

/**
 * Each sentence dates one thing and names the other's after its own day, as background: "officers
 * joined a massive manhunt Thursday for a gunman accused of killing 18 people in a rampage" and "a
 * gunman rampaged across Lewiston on Wednesday evening … as a manhunt for the suspect stretched into
 * the night". A story told over days names its event in the next day's sentences. ("The bridge over
 * the harbour collapsed on Tuesday" and "the collapse of the bridge over the harbour on Wednesday"
 * name their things before their days: one thing, compared.)
 */
export function datesAnother(claim: Claim, cs: ClaimSentence, partner: Claim, other: ClaimSentence): boolean {
  if (claim.dates === partner.dates) return false;
  if (claim.dates !== undefined && partner.dates !== undefined) {
    if (namedAfter(other, partner, claim.dates) && namedAfter(cs, claim, partner.dates)) return true;
    if (twoDeeds(claim, cs, partner, other)) return true;
  }
  // Only the later day's thing need be known: the earlier deed's day may date a name ("a cyclone
  // which hit the territory of Mayotte on Saturday").
  return (partner.dates !== undefined && followsDeedOf(other, partner, cs, claim)) || (claim.dates !== undefined && followsDeedOf(cs, claim, other, partner));
}

/**
 * Each weekday dates a deed in the past tense, and each sentence tells the other's deed too, so the
 * two are two deeds: "lawmakers voted to lift a martial law declared Tuesday" and "the Assembly voted
 * early Wednesday to lift the martial law …, when he declared …". Told anywhere in the sentence: a
 * deed named after its verb ("the law declared Tuesday") is the background.
 */
function twoDeeds(claim: Claim, cs: ClaimSentence, partner: Claim, other: ClaimSentence): boolean {
  return deedStems(cs, claim.start).has(claim.dates!) && deedStems(other, partner.start).has(partner.dates!) && cs.context.includes(partner.dates!) && other.context.includes(claim.dates!);
}

/**
 * The partner's sentence says its day's deed came after a deed the claim's sentence dates (a verb in
 * the past tense before its weekday), and the claim's sentence does not tell the partner's: "the
 * Assembly defied Yoon on Wednesday … hours after his surprise declaration" and "Yoon declared
 * martial law in a late-night address on Tuesday". Two days of a story, in order.
 */
function followsDeedOf(other: ClaimSentence, partner: Claim, cs: ClaimSentence, claim: Claim): boolean {
  if (cs.context.includes(partner.dates!)) return false;
  const earlier = afterObjects(other);
  if (earlier.size === 0) return false;
  for (const stem of deedStems(cs, claim.start)) if (earlier.has(stem)) return true;
  return false;
}

/**
 * Past tenses of what befalls a place or people that do not end in "-ed": "a cyclone which hit
 * Mayotte on Saturday". Not "held", "met", "said" or "told": a meeting or a saying may be the
 * story's event itself.
 */
const IRREGULAR_DEEDS = new Set('hit struck shot fled sank swept tore blew fell broke spread froze'.split(' '));

/** Stems of the words ending in "-ed" (and IRREGULAR_DEEDS) in a sentence before `before` (a document offset): its deeds told in the past tense. */
function deedStems(cs: ClaimSentence, before: number): Set<string> {
  const stems = new Set<string>();
  for (const w of words(cs.sentence.text.slice(0, before - cs.sentence.start))) {
    const lower = w.text.toLowerCase();
    if ((lower.length > 4 && lower.endsWith('ed')) || IRREGULAR_DEEDS.has(lower)) stems.add(stemWord(lower));
  }
  return stems;
}

/** Words "after" may pass over to its deed: "hours after his surprise declaration", "a day after the vote". */
const AFTER_SKIP = 3;

/** Words after "after" read for the verb of its clause: "after an elite army unit seized power". */
const AFTER_CLAUSE = 8;

/**
 * Stems of the deeds a sentence says came before its own: the words within a few after each
 * "after", and a verb in the past tense in the clause it opens ("after an elite army unit seized power").
 */
function afterObjects(cs: ClaimSentence): Set<string> {
  const stems = new Set<string>();
  const ws = words(cs.sentence.text);
  for (let k = 0; k < ws.length; k++) {
    if (ws[k].text.toLowerCase() !== 'after') continue;
    for (let n = 1; n <= AFTER_CLAUSE && k + n < ws.length; n++) {
      const lower = ws[k + n].text.toLowerCase();
      if (n <= AFTER_SKIP + 1 || (lower.length > 4 && lower.endsWith('ed'))) stems.add(stemWord(lower));
    }
  }
  return stems;
}

/** "Two more bodies", "15 more victims", "another 15 victims": a step of a running count. */
const INCREMENT = /(?:(?<![\d,])\d[\d,]{0,14}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|hundreds)) more\b(?! than)|\banother (?:\d[\d,]{0,14}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

export function tellsIncrement(cs: ClaimSentence): boolean {
  return INCREMENT.test(cs.sentence.text);
}

/**
 * Steps of a running count ("Two more bodies … Monday", "At least 27 …, updating an earlier toll of
 * 20"), by `tellsStep`: a step is compared only with the same step, told in both sentences with a
 * figure alike, not with the story's other days, readings or steps.
 */
export function anotherStep(a: ClaimSentence, b: ClaimSentence, tellsStep: (cs: ClaimSentence) => boolean): boolean {
  const mine = tellsStep(a);
  const theirs = tellsStep(b);
  return (mine || theirs) && !(mine && theirs && sharesAFigure(a, b));
}

/**
 * The sentence gives a clock time the other does not, and its own file states the other's figure
 * in another sentence ("By 9 p.m. EDT, Milton had maximum sustained winds of 115 mph" in a file
 * that also gives the others' "made landfall with maximum sustained winds of 120 mph"): a reading
 * at its own hour, not a dispute of the figure the file itself states.
 */
export function readingAtItsHour(mine: ClaimSentence, theirs: ClaimSentence, partner: Claim, ownFile: readonly ClaimSentence[]): boolean {
  const timed = (cs: ClaimSentence) => cs.claims.some((k) => k.kind === 'time');
  if (!timed(mine) || timed(theirs)) return false;
  return givenElsewhere(partner, ownFile, mine);
}

/**
 * A length whose partner's figure its own file gives in another sentence ("… made their return …
 * after nearly eight weeks away" in a file whose "after a historic 43-day funding lapse" agrees with
 * the other's "the 43-day shutdown"): the paired sentences measure two things, not the file
 * disputing a length it states itself.
 */
export function lengthGivenElsewhere(claim: Claim, mine: ClaimSentence, partner: Claim, ownFile: readonly ClaimSentence[]): boolean {
  return claim.kind === 'duration' && givenElsewhere(partner, ownFile, mine);
}

/**
 * A running count read on two days: each file gives its figure, in the paired sentence or another,
 * beside the day it stood so ("HRANA estimates the death toll at 2,615 as of Wednesday" in the file
 * whose headline is "2,615 Deaths Reported …"; "HRANA reported 3,090 confirmed fatalities as of
 * Saturday" in the other), and the days differ: two readings, not a dispute.
 */
export function countsOfTwoDatedReadings(claim: Claim, ownFile: readonly ClaimSentence[], partner: Claim, theirFile: readonly ClaimSentence[]): boolean {
  if (claim.kind !== 'count') return false;
  const mine = dayOfFigure(claim, ownFile);
  const theirs = mine && dayOfFigure(partner, theirFile);
  return theirs !== undefined && theirs !== mine;
}

/** The report day ("as of Saturday", "said on Monday") of a sentence of `file` giving `count`'s figure, as "kind:value". */
function dayOfFigure(count: Claim, file: readonly ClaimSentence[]): string | undefined {
  for (const cs of file) {
    if (!cs.claims.some((k) => k.kind === 'count' && sameFigure(k, count))) continue;
    const day = cs.claims.find((k) => (k.kind === 'weekday' || k.kind === 'date') && k.reported && k.low === k.high);
    if (day) return `${day.kind}:${day.low}`;
  }
  return undefined;
}

/** A sentence of `file` other than `except` (and passing `where`) gives `claim`'s figure, of its kind. */
function givenElsewhere(claim: Claim, file: readonly ClaimSentence[], except: ClaimSentence, where?: (cs: ClaimSentence) => boolean): boolean {
  return file.some((cs) => cs !== except && (!where || where(cs)) && cs.claims.some((k) => sameKind(k, claim) && sameFigure(k, claim)));
}

/**
 * A year the other file gives for what this year dates, in another sentence than the one paired
 * ("The brothers were convicted of the Beverly Hills murders in 1996" paired with "… fatally
 * shooting their parents … on Aug. 20, 1989", in a file whose "who were convicted in 1996 of
 * murdering their parents" agrees): the paired sentences date two events of the story. Not when the
 * paired sentence names what this year dates ("freezing income tax thresholds until 2030" against
 * "freezing … thresholds until 2031": one freeze, two ends). Asked both ways: the file giving both
 * years is the other file for one side and this file for the other.
 */
export function yearGivenElsewhere(claim: Claim, theirs: ClaimSentence, theirFile: readonly ClaimSentence[]): boolean {
  const dated = claim.dates;
  if (claim.kind !== 'year' || dated === undefined || theirs.context.includes(dated)) return false;
  return givenElsewhere(claim, theirFile, theirs, (cs) => cs.context.includes(dated));
}

/** A word of this stem comes after the claim in its sentence, within the next few hundred characters. */
function namedAfter(cs: ClaimSentence, claim: Claim, stem: string): boolean {
  if (!cs.context.includes(stem)) return false;
  const from = claim.end - cs.sentence.start;
  return words(cs.sentence.text.slice(from, from + NAMED_AFTER_CHARS)).some((w) => stemWord(w.text.toLowerCase()) === stem);
}
const NAMED_AFTER_CHARS = 600;

/**
 * Stems of the words written capitalised after a sentence's first word: names, not what happened.
 * The first word's stem comes apart: its capital says nothing of itself.
 */
function nameStems(cs: ClaimSentence): { names: Set<string>; first: string } {
  const kept = NAME_STEMS.get(cs);
  if (kept) return kept;
  const names = new Set<string>();
  const ws = words(cs.sentence.text);
  const stem = (w: string) => stemWord(w.replace(POSSESSIVE_END, '').toLowerCase());
  for (let k = 1; k < ws.length; k++) {
    const w = ws[k].text;
    if (w[0] !== w[0].toLowerCase()) names.add(stem(w));
  }
  const out = { names, first: ws.length > 0 ? stem(ws[0].text) : '' };
  NAME_STEMS.set(cs, out);
  return out;
}

/** Read once per sentence: a sentence of many days meets each of its partners once per day. */
const NAME_STEMS = new WeakMap<ClaimSentence, { names: Set<string>; first: string }>();

/**
 * Context words the two sentences share, but for names both write capitalised ("presidents Putin
 * and Xi" shares "president" with "President Xi"). A sentence's first word is a name when the other
 * sentence capitalises it ("Holmes was sentenced …" and "… over the Holmes trial …").
 */
export function plainSharedWords(a: ClaimSentence, b: ClaimSentence): number {
  const theirs = new Set(b.context);
  const mine = nameStems(a);
  const their = nameStems(b);
  let n = 0;
  for (const w of new Set(a.context)) {
    if (!theirs.has(w)) continue;
    const namedByMe = mine.names.has(w) || (w === mine.first && their.names.has(w));
    const namedByThem = their.names.has(w) || (w === their.first && mine.names.has(w));
    if (!(namedByMe && namedByThem)) n++;
  }
  return n;
}

/**
 * Sides whose figures differ by design: "Police said about 2,000 people marched" and "Organisers
 * said some 10,000 people marched" are two estimates, not one reported wrongly (as are a union's
 * and a company's count of strikers). The government and a company are no such pair.
 */
const PARTIES = 'police|organi[sz]ers|unions?|company|management|government|opposition|authorities|protesters|activists|campaigners';
const ESTIMATOR = new RegExp(`\\b(${PARTIES})\\b(?:\\s[\\w'\u2019]+){0,2}?\\s(?:said|says|say|estimated|estimates|put|claimed|claims|counted)\\b|\\baccording to (?:the )?(${PARTIES})\\b`, 'i');

/** The side a sentence gives its figure on the word of ("police", "organiser"), if it names one. */
export function estimatorOf(cs: ClaimSentence): string | undefined {
  const m = ESTIMATOR.exec(cs.sentence.text);
  const side = (m?.[1] ?? m?.[2])?.toLowerCase();
  return side?.replace('organizer', 'organiser').replace(/ies$/, 'y').replace(/s$/, '');
}

/** The camp each side's estimates come from; figures from opposed camps differ by design. */
const CAMP: Record<string, string> = {
  police: 'state', authority: 'state', government: 'state',
  organiser: 'street', protester: 'street', activist: 'street', campaigner: 'street',
  opposition: 'opposition', union: 'labour', company: 'employer', management: 'employer',
};
const OPPOSED = new Set(['state street', 'state opposition', 'labour employer']);

/** The other sentence gives its figure on the word of a side opposed to `party` (police and organisers, union and company). */
export function otherParty(party: string | undefined, other: ClaimSentence): boolean {
  if (party === undefined) return false;
  const theirs = estimatorOf(other);
  if (theirs === undefined) return false;
  const pair = [CAMP[party], CAMP[theirs]].sort().join(' ');
  return OPPOSED.has(pair);
}

/** Claim sentences at a file's head whose periods are the story's: the headline and the lead. */
const LEAD_SENTENCES = 3;

/** The quarters a file's first claim sentences name: "Q2" in "Tesla is scheduled to announce Q2 earnings results on Wednesday". */
export function leadQuarters(doc: KeptAnalysis): Set<string> {
  const out = new Set<string>();
  for (const cs of doc.claimSentences.slice(0, LEAD_SENTENCES)) for (const p of cs.periods) if (p.endsWith(' quarter')) out.add(p);
  return out;
}

/**
 * Two files whose leads name quarters, none shared, are stories of two quarters ("Tesla is
 * scheduled to announce Q2 earnings results" and "… Q4 earnings results"): templated previews share
 * every sentence ("The consensus EPS Estimate is -$0.28", "… is $1.03") without being one story.
 * Quarters only: one outlet's lead gives the half year ("first-half profit") where another's gives
 * its second quarter, and leads give spans of any length ("over the past 30 days").
 */
export function otherLeadQuarter(mine: Set<string>, doc: KeptAnalysis): boolean {
  if (mine.size === 0) return false;
  const theirs = leadQuarters(doc);
  if (theirs.size === 0) return false;
  for (const p of theirs) if (mine.has(p)) return false;
  return true;
}

export function samePeriod(a: ClaimSentence, b: ClaimSentence): boolean {
  if (a.periods.length === 0 && b.periods.length === 0) return true;
  if (a.periods.length !== b.periods.length) return false;
  for (let i = 0; i < a.periods.length; i++) if (!b.periods.includes(a.periods[i])) return false;
  return true;
}
