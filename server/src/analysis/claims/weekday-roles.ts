/**
 * What a weekday in a sentence dates besides the story's event: the day a report came (a closing
 * attribution, "reported Monday", a briefing's day, a running count's new figure, "as of …"),
 * something still to come, or the thing a sentence names before its day.
 */
import { DAY_PARTS, NOUN_STOP, Tok } from './tokens';
import { stemWord } from '../text/segment';

/** How many words back from a weekday the word it dates is looked for (a run of capitals stays linear). */
const DATED_LOOKBACK = 12;

/** Words passed over looking back from a weekday for what it dates: "on", "early", "late", "last", prepositions of place, a year's season ("in autumn 2026"). */
const DATED_SKIP = new Set('on early late last this by until across through throughout around along over into inside within in at near outside from the a an spring summer autumn winter'.split(' '));

/**
 * A clock time's token before a weekday, passed over like "on": the "1", "00", "a" and "m" of "will
 * start shortly before 1:00 a.m. ET Saturday" (its zone is capitalised), and "about", "shortly" or
 * "just" with it. So the day dates "start", not the "m" of "a.m.".
 */
function clockPart(toks: Tok[], k: number): boolean {
  const w = toks[k].lower;
  if (/^\d{1,2}$/.test(w) || w === 'am' || w === 'pm') return true;
  if ((w === 'a' || w === 'p') && toks[k + 1]?.lower === 'm') return true;
  if (w === 'm' && (toks[k - 1]?.lower === 'a' || toks[k - 1]?.lower === 'p')) return true;
  const next = toks[k + 1]?.lower ?? '';
  if (w === 'before' || w === 'after' || w === 'about') return /^\d/.test(next);
  return (w === 'shortly' || w === 'just') && (next === 'before' || next === 'after') && /^\d/.test(toks[k + 2]?.text ?? '');
}

/** Participles opening a sentence that say what its date dates: "Born Jan. 30, 1941, in Lincoln, …", "Founded in 1926, the camp …". */
const OPENING_PARTICIPLES = new Set(['Born', 'Founded', 'Established', 'Built', 'Opened', 'Elected', 'Married']);

/** Verbs of a start: "The protests began on Monday", "started Sunday", "erupted on Friday", "broke out on Monday". */
const START_VERBS = new Set('began begun begin begins started start starts erupted erupts commenced'.split(' '));
const BREAK_FORMS = new Set(['broke', 'break', 'breaks', 'broken']);
/** Verbs of an end: "The manhunt ended Sunday", "the talks concluded on Friday". */
const END_VERBS = new Set('ended ends concluded'.split(' '));

/**
 * What the weekday at toks[i] dates, from the nearest word before it past "on", "early",
 * prepositions and capitalised names ("rampaged across Lewiston, Maine, on Wednesday"; for "the
 * collapse of the bridge on Wednesday", the noun before "of"): that word's stem ("rampa"), and
 * whether it is a start ("The protests began on Monday", "broke out on Monday"), when something
 * that then goes on began, or an end ("The manhunt ended Sunday"). At the sentence's start, only a
 * participle opening it ("Born Jan. 30, 1941, …").
 */
export function datedAt(toks: Tok[], i: number): { stem?: string; start: boolean; end?: boolean } {
  let k = i - 1;
  while (k >= 0 && k >= i - DATED_LOOKBACK && (DATED_SKIP.has(toks[k].lower) || /^\p{Lu}/u.test(toks[k].text) || clockPart(toks, k) || insideName(toks, k))) k--;
  if (k < 0 && OPENING_PARTICIPLES.has(toks[0]?.text)) return { stem: stemWord(toks[0].text.toLowerCase()), start: false };
  if (k < 0 || k < i - DATED_LOOKBACK) return { start: false };
  if (k >= 3 && toks[k - 1].lower === 'the' && toks[k - 2].lower === 'of') k -= 3;
  const w = toks[k];
  const stem = /^\p{Ll}+$/u.test(w.text) && !NOUN_STOP.has(w.lower) ? stemWord(w.lower) : undefined;
  return { stem, start: START_VERBS.has(w.lower) || (w.lower === 'out' && BREAK_FORMS.has(toks[k - 1]?.lower ?? '')), end: END_VERBS.has(w.lower) };
}

/**
 * "of" or "and" joining the capitalised words of one name ("the Rock and Roll Hall of Fame", "the
 * Order of Merit"), or "to" before a place's name ("their cruise to Mars in autumn 2026").
 */
function insideName(toks: Tok[], k: number): boolean {
  const w = toks[k].lower;
  if (k + 1 >= toks.length || !/^\p{Lu}/u.test(toks[k + 1].text)) return false;
  return w === 'to' || ((w === 'of' || w === 'and') && k > 0 && /^\p{Lu}/u.test(toks[k - 1].text));
}

/** Words that make a weekday the name of a day: "Black Friday", "Cyber Monday", "Super Tuesday", "Good Friday". */
export const NAMED_DAY = new Set(['Black', 'Cyber', 'Good', 'Super', 'Ash', 'Bloody', 'Easter', 'Holy', 'Palm', 'Shrove', 'Maundy', 'Giving', 'BLACK', 'CYBER']);

/** Verbs of a closing attribution clause ("…, final results showed on Monday"). */
const REPORT_VERBS = new Set('said says told showed shows reported confirmed announced added stated wrote'.split(' '));
/** Verbs after which a weekday dates the news of an event, not the event: "state media reported on Monday that …". */
const CONFIRMING_VERBS = new Set(['reported', 'confirmed', 'reporting', 'confirming']);
/** What a news briefing is called: "a Monday news conference", "said Tuesday afternoon at a news briefing". */
const BRIEFING_FIRST = new Set(['news', 'press']);
const BRIEFING_SECOND = new Set(['conference', 'briefing']);

/**
 * The weekday at toks[i] follows "reported" or "confirmed" ("media reported Monday that the minister
 * had died", "was confirmed on Monday", "officials reporting Tuesday that …"), or dates a news
 * briefing or a running count's new figure ("rose to 143 on Wednesday"), or an announcement of what
 * follows "that", or a saying of what is still to come ("said on Wednesday he would …"): the day the
 * news came, as in the closing "…, media reported Monday". Otherwise "said" and "told" are left: "Xi
 * told Putin on Tuesday" is the event itself.
 */
export function confirmsOn(toks: Tok[], i: number): boolean {
  if (announcedOnDate(toks, i, i)) return true;
  const k = toks[i - 1]?.lower === 'on' ? i - 2 : i - 1; // the word before the day, past "on"
  // "told AFP Tuesday it had taken power", "told reporters on Monday": the day the news was given.
  if (k >= 1 && NEWS_LISTENERS.has(toks[k].lower) && toks[k - 1].lower === 'told') return true;
  // "Yoon said on Wednesday he would move to lift martial law": the day of telling what is still to
  // come. "Jurors told a judge on Tuesday they had reached a verdict": of telling what was done.
  if (k >= 0 && (toks[k].lower === 'said' || toks[k].lower === 'says' || toks[k].lower === 'saying') && (tellsAhead(toks, i) || tellsDone(toks, i) || judgesDone(toks, i))) return true;
  if (k >= 0 && toldListener(toks, k) && tellsDone(toks, i)) return true;
  return (k >= 0 && CONFIRMING_VERBS.has(toks[k].lower)) || datesBriefing(toks, i) || datesCountUpdate(toks, k) || datesStatement(toks, k) || asOf(toks, i);
}

/** What a statement is put out in: "in a statement", "in a news release", "in a post on X". */
const STATEMENT_NOUNS = new Set(['statement', 'release', 'post', 'letter', 'filing', 'interview']);
const STATEMENT_KINDS = new Set(['news', 'press', 'joint', 'written', 'brief', 'short']);

/** Most words between a verb of telling and the "in a statement" after it: "announced his death in a statement". */
const TOLD_OBJECT_WORDS = 4;

/**
 * The word before a weekday, toks[k], ends a telling "in a statement" ("the family announced his
 * death in a statement Tuesday", "police said in a news release on Monday"): the day the statement
 * came, not the day of what it told ("he died Monday"). Not "resigned in a letter Friday": the
 * letter is the deed.
 */
function datesStatement(toks: Tok[], k: number): boolean {
  if (k < 2 || !STATEMENT_NOUNS.has(toks[k].lower)) return false;
  let j = k - 1;
  if (STATEMENT_KINDS.has(toks[j].lower)) j--;
  if ((toks[j]?.lower !== 'a' && toks[j]?.lower !== 'an') || toks[j - 1]?.lower !== 'in') return false;
  for (let v = j - 2; v >= 0 && v >= j - 2 - TOLD_OBJECT_WORDS; v--) if (REPORT_VERBS.has(toks[v].lower) || ANNOUNCING_VERBS.has(toks[v].lower)) return true;
  return false;
}

/** Most words between a day after "said" and the "will" or "would" of what is told: "that the vote will", "she would". */
const TOLD_AHEAD_WORDS = 4;

/** After the weekday at toks[i], what is told was already done: "they had reached", "that the man had fled" ("had to" is a duty, not a deed done). */
function tellsDone(toks: Tok[], i: number): boolean {
  return toldWithin(toks, i, (k) => toks[k].lower === 'had' && toks[k + 1] !== undefined && toks[k + 1].lower !== 'to' && /^\p{Ll}/u.test(toks[k + 1].text));
}

/** Right after the weekday at toks[i], a judgement of what was done: "saying Saturday it was a “very successful attack”". */
function judgesDone(toks: Tok[], i: number): boolean {
  return (toks[i + 1]?.lower === 'it' || toks[i + 1]?.lower === 'they') && (toks[i + 2]?.lower === 'was' || toks[i + 2]?.lower === 'were');
}

/** One of the few words after the weekday at toks[i] (TOLD_AHEAD_WORDS) passes `test`. */
function toldWithin(toks: Tok[], i: number, test: (k: number) => boolean): boolean {
  for (let k = i + 1; k < toks.length && k <= i + TOLD_AHEAD_WORDS; k++) if (test(k)) return true;
  return false;
}

/** "told a judge", "told the court", "told Putin": "told" and up to three words of its listener ending at toks[k] ("told on Tuesday": none). */
function toldListener(toks: Tok[], k: number): boolean {
  for (let v = k; v >= 0 && k - v <= 3; v--) if (toks[v].lower === 'told') return true;
  return false;
}

/** After the weekday at toks[i], what is told is still to come: "he would move", "that the vote will stand". */
function tellsAhead(toks: Tok[], i: number): boolean {
  return toldWithin(toks, i, (k) => FUTURE_WORDS.has(toks[k].lower));
}

/**
 * Verbs whose day, with "that" after it, is the announcement's: "Trump announced on Saturday that U.S.
 * forces had struck …" (struck early Sunday, Iran's time). Not "said" or "told": the saying may be the event.
 */
const ANNOUNCING_VERBS = new Set(['announced', 'declared', 'revealed', 'disclosed', 'stated', 'announcing', 'declaring', 'revealing', 'stating']);
/** Who "told" gives the news to: an agency or the press, not a person in the story ("Xi told Putin on Tuesday"). */
const NEWS_LISTENERS = new Set(['afp', 'reuters', 'ap', 'reporters', 'journalists', 'media']);

/** Verbs of telling after the subject of a sentence an opening date dates: "On September 10, 2025, Poland announced that …". */
const OPENING_REPORT_VERBS = new Set(['announced', 'said', 'claimed', 'confirmed', 'reported', 'declared', 'revealed', 'disclosed', 'stated']);
/** Most words of that subject ("Poland", "the Polish armed forces"), and of the date after "On". */
const OPENING_SUBJECT_WORDS = 4;
const OPENING_DATE_WORDS = 3;

/**
 * The date whose last token is toks[last] (its year after it, if given) opens the sentence, a comma
 * after it, and dates what the subject then told, not what it told of: "On September 10, 2025,
 * Poland announced that its air force had shot down …" (the drones crossed on September 9). Only
 * with "that" after the verb: "On May 3, police arrested two men" dates the arrests.
 */
export function opensReport(toks: Tok[], last: number, sentence: string, base: number): boolean {
  // "On" first, then the date: "September 10", "10 September", "Sept. 10".
  if (toks[0]?.lower !== 'on' || last > OPENING_DATE_WORDS) return false;
  let k = last + 1;
  if (/^\d{4}$/.test(toks[k]?.text ?? '')) k++;
  if (!toks[k] || !sentence.slice(toks[k - 1].end - base, toks[k].start - base).includes(',')) return false;
  for (let v = k + 1; v <= k + OPENING_SUBJECT_WORDS && v + 1 < toks.length; v++) {
    if (OPENING_REPORT_VERBS.has(toks[v].lower)) return toks[v + 1].lower === 'that';
  }
  return false;
}

/**
 * The date from toks[first] to toks[last] (its year after it, if given) sits between a verb of
 * announcing and "that" ("NetBlocks stated on January 25 that the shutdown had passed 400 hours"):
 * the announcement's day (a weekday's too, in confirmsOn).
 */
export function announcedOnDate(toks: Tok[], first: number, last: number): boolean {
  const k = toks[first - 1]?.lower === 'on' ? first - 2 : first - 1;
  const after = /^\d{4}$/.test(toks[last + 1]?.text ?? '') ? last + 2 : last + 1;
  return k >= 0 && ANNOUNCING_VERBS.has(toks[k].lower) && toks[after]?.lower === 'that';
}

/** The day starting at toks[first] follows "as of" ("killed at least 13 people … as of January 26, 2026"): the day a count stood so. */
export function followsAsOf(toks: Tok[], first: number): boolean {
  return toks[first - 1]?.lower === 'of' && toks[first - 2]?.lower === 'as';
}

/** Verbs of putting words out that a date after them dates, when the words follow: "posted on X on September 20, “…”". */
const QUOTING_VERBS = new Set([...REPORT_VERBS, 'posted', 'tweeted']);
/** Most words between such a verb and the date: "posted on X on", "said in a statement on". */
const QUOTING_VERB_REACH = 6;

/**
 * The date whose last token is toks[last] (its year after it, if given) dates words quoted right
 * after it: a verb of telling a few words before it, and a comma or colon then an opening quote
 * mark after it ("Karoline Leavitt posted on X on September 20, “This is NOT an annual fee …”"):
 * the day the words were put out, a report's, not the day of what they tell of.
 */
export function introducesQuote(toks: Tok[], first: number, last: number, sentence: string, base: number): boolean {
  let end = toks[last].end;
  if (/^\d{4}$/.test(toks[last + 1]?.text ?? '') && toks[last + 1].start - end <= 2) end = toks[last + 1].end;
  if (!/^\s?[,:]\s?["\u201C]/.test(sentence.slice(end - base, end - base + 4))) return false;
  for (let v = first - 1; v >= 0 && first - v <= QUOTING_VERB_REACH; v--) if (QUOTING_VERBS.has(toks[v].lower)) return true;
  return false;
}

/**
 * "has reached 294 as of Sunday morning", "As of early Monday, 82 people died": the day a count
 * stood so, a report's. So is a deadline: "to cancel as many as 500 flights by the end of Friday",
 * "by late Friday" (not "hit by Friday's storm").
 */
function asOf(toks: Tok[], i: number): boolean {
  const k = toks[i - 1]?.lower === 'early' || toks[i - 1]?.lower === 'late' ? i - 2 : i - 1;
  if (followsAsOf(toks, k + 1)) return true;
  if (/['\u2019]/.test(toks[i].text)) return false;
  return toks[k]?.lower === 'by' || (toks[k]?.lower === 'of' && toks[k - 1]?.lower === 'end' && toks[k - 2]?.lower === 'the' && toks[k - 3]?.lower === 'by');
}

/**
 * Most words of an attribution set between commas, its verb included: "…, the interior ministry said
 * on Saturday, …", "…, the chief of the World Health Organization said Sunday, …" (as many as a closing one).
 */
const ASIDE_WORDS = 8;

/**
 * The weekday at toks[i] closes a short attribution set between commas after the main clause
 * ("… has killed at least 820 people, officials said Saturday, causing …"): the day of the report,
 * as in a closing clause. Its verb is right before the day (past "on"), so an aside dating an event
 * (", which broke out on Monday,") stays the event's.
 */
export function attributionAside(toks: Tok[], i: number, sentence: string, base: number): boolean {
  const v = toks[i - 1]?.lower === 'on' ? i - 2 : i - 1;
  if (v < 1 || !REPORT_VERBS.has(toks[v].lower)) return false;
  const last = DAY_PARTS.has(toks[i + 1]?.lower ?? '') ? i + 1 : i;
  // The aside closes with a comma, after the day's date in brackets too: "rescuers said on Saturday (Dec 13), as …".
  if (!toks[last + 1] || !(sentence.slice(toks[last].end - base, toks[last + 1].start - base).includes(',') || DATE_IN_BRACKETS.test(sentence.slice(toks[last].end - base, toks[last].end - base + 24)))) return false;
  for (let k = v; k > 0 && k > v - ASIDE_WORDS; k--) {
    if (sentence.slice(toks[k - 1].end - base, toks[k].start - base).includes(',')) return !ASIDE_OPENERS.has(toks[k].lower);
  }
  return false;
}
/** A day's date in brackets right after it, the aside's comma after them: " (Dec 13),". */
const DATE_IN_BRACKETS = /^ \([\p{L}\d .]{1,16}\),/u;
/** Words opening an aside that tells of something else: ", which officials said Monday, …". */
const ASIDE_OPENERS = new Set(['which', 'who', 'when', 'where', 'after', 'before', 'as', 'and', 'but', 'while']);

/**
 * The weekday at toks[i] dates the telling of a toll: "the ministry announced Saturday that the
 * preliminary toll …", "officials said on Sunday the death toll had risen": a running count's
 * report, not the day of the event it counts.
 */
export function announcesToll(toks: Tok[], i: number): boolean {
  const v = toks[i - 1]?.lower === 'on' ? i - 2 : i - 1;
  if (v < 0 || !REPORT_VERBS.has(toks[v].lower)) return false;
  for (let k = i + 1; k < toks.length && k <= i + TOLL_LOOKAHEAD; k++) if (toks[k].lower === 'toll' || toks[k].lower === 'tolls') return true;
  return false;
}
/** Words after the day within which "toll" is looked for: "that the preliminary death toll". */
const TOLL_LOOKAHEAD = 5;

/** Verbs a running count climbs by: "rose to 143", "has risen to 63"; and those it passes a figure by: "reached 143". */
const RISE_TO = new Set(['rose', 'risen', 'climbed', 'jumped', 'increased', 'grew', 'grown', 'mounted', 'went', 'gone']);
const RISE_PAST = new Set(['reached', 'hit', 'topped', 'passed', 'crossed', 'surpassed']);
/** The nouns a running toll counts by: "had reached 72 people". */
const TOLL_NOUNS = new Set(['people', 'persons', 'dead', 'deaths', 'victims', 'fatalities', 'bodies', 'lives', 'casualties', 'cases']);

/**
 * The weekday whose word before (past "on") is toks[k] dates a running count's new figure: "the
 * death toll rose to 143 on Wednesday", "had reached 72 people on Wednesday evening": the day of
 * that report, not of the event the count is of.
 */
function datesCountUpdate(toks: Tok[], k: number): boolean {
  // "had reached 72 people on Wednesday evening": a toll's noun between its figure and the day
  // (after "reached" or "rose to" only: "hit 12 buildings on Tuesday" is the event; "rose to 4
  // metres on Wednesday" is a measure's).
  const noun = k >= 2 && TOLL_NOUNS.has(toks[k].lower) && /^\d[\d,.]*$/.test(toks[k - 1].text);
  if (noun) k--;
  if (k < 1 || !/^\d[\d,.]*$/.test(toks[k].text)) return false;
  const before = toks[k - 1].lower;
  return (noun ? before === 'reached' : RISE_PAST.has(before)) || (before === 'to' && RISE_TO.has(toks[k - 2]?.lower ?? ''));
}

/**
 * The weekday at toks[i] names the day of a news briefing: "said at a Monday news conference",
 * "said Tuesday afternoon at a news briefing". What the sentence gives was told that day: the day
 * of a report, not of the event.
 */
function datesBriefing(toks: Tok[], i: number): boolean {
  let j = i + 1;
  if (DAY_PARTS.has(toks[j]?.lower ?? '')) j++;
  if (toks[j]?.lower === 'at' && /^(?:a|an|the|its|his|her|their)$/.test(toks[j + 1]?.lower ?? '')) j += 2;
  return BRIEFING_FIRST.has(toks[j]?.lower ?? '') && BRIEFING_SECOND.has(toks[j + 1]?.lower ?? '');
}

/** Most words of a closing attribution clause: "the electoral commission said on Monday". */
const REPORT_CLAUSE_WORDS = 8;
/** Longest closing "according to …" clause read as the report's. */
const ACCORDING_CLAUSE_WORDS = 20;
/** Words right before a weekday that put it ahead of the report: "Tomorrow, Thursday, …", "next Tuesday". */
export const RELATIVE_AHEAD = new Set(['tomorrow', 'next']);
/** Words that put what follows ahead of the report: "will", "would", "is due to", "expected to", "scheduled to". */
const FUTURE_WORDS = new Set(['will', 'would']);
/** A present participle opening a clause: "returning", "marking". */
const PARTICIPLE = /^\p{L}{2,}ing$/u;
const FUTURE_BEFORE_TO = new Set(['due', 'expected', 'scheduled', 'set', 'plans', 'planning', 'aims', 'ready', 'supposed', 'slated', 'poised']);

/**
 * What a weekday in this sentence may date besides the event, found in one pass over its tokens:
 * - the report, in the closing clause of attribution after the sentence's last comma (a few words
 *   with a verb of telling: "Brandt has won the election, final results showed on Monday");
 *   "Kestrel said on Thursday that profit rose" dates the story's own news. (An aside between
 *   commas, ", which broke out on Monday afternoon,", may date the very event another file's main
 *   clause gives: it stays the event's.)
 * - something still to come: a future word before the weekday in its clause ("Ortega is due to
 *   visit Valna before returning on Friday").
 */
export function weekdayRoles(toks: Tok[], sentence: string, base: number): { reportFrom: number; planned: Uint8Array } {
  const planned = new Uint8Array(toks.length);
  let clauseStart = 0;
  let future = false;
  for (let k = 0; k < toks.length; k++) {
    if (k > 0 && sentence.slice(toks[k - 1].end - base, toks[k].start - base).includes(',')) {
      clauseStart = k;
      // "Alcaraz will reclaim the ranking, returning to the top spot on Monday": a participle goes on in the tense before it.
      future &&= PARTICIPLE.test(toks[k].lower) && toks[k].lower !== 'having';
    }
    if (future) planned[k] = 1;
    const w = toks[k].lower;
    if (FUTURE_WORDS.has(w) || (FUTURE_BEFORE_TO.has(w) && toks[k + 1]?.lower === 'to')) future = true;
  }
  // The closing clause is the last one, when a comma opened it; a report when short and telling.
  let reportFrom = -1;
  if (clauseStart > 0 && toks.length - clauseStart <= REPORT_CLAUSE_WORDS) {
    for (let k = clauseStart; k < toks.length; k++) if (REPORT_VERBS.has(toks[k].lower)) reportFrom = clauseStart;
  }
  // "…, according to figures released on Monday by the National Disaster Management Agency": a
  // closing "according to" gives its source, however many words it takes.
  if (clauseStart > 0 && toks[clauseStart].lower === 'according' && toks[clauseStart + 1]?.lower === 'to' && toks.length - clauseStart <= ACCORDING_CLAUSE_WORDS) reportFrom = clauseStart;
  return { reportFrom, planned };
}

