/**
 * Who said it. A quote is attributed when the text of its sentence outside the quote marks holds a
 * speech cue (said, told, according to, quoted X as saying, "X: “…”"); pronouns resolve to the last
 * named speaker. Other quotes in a paragraph with an attributed one share its speaker; a quote in a
 * new paragraph with no cue is not attributed, whatever the paragraph before said.
 */
import { upperBound } from '../sorted';
import { Line, isBlank } from '../text/lines';
import { isSpaceCode } from '../text/chars';
import { STOPWORDS, Word, countWords, isAbbreviation, words } from '../text/segment';
import { CUE_PHRASES, DEFAULT_CUES, PRONOUNS } from './cues';
import { SMALL } from '../claims/numbers';
import { QuoteSpan } from './spans';

export interface Attribution {
  attributed: boolean;
  /** A direct quote that needs a speaker, as opposed to a quoted term or scare quote. */
  needsSpeaker: boolean;
  speaker?: string;
  /**
   * The speaker is a guess: a pronoun ("he said") taken for the last named speaker. Right after that
   * speaker's own quote it mostly is; after a paragraph introducing someone else it is not.
   */
  guessed?: boolean;
  cue?: string;
  /** The only cue was a speech verb's shape used as a noun ("the pledge", "four points"). */
  nounCue?: boolean;
  /** The sentence text outside the quote that was searched. */
  searched: string;
}

const MASK = '\u2588';
/** How far from a quote its sentence is looked for; bounds the work on pathological lines. */
const SENTENCE_WINDOW = 1500;
const NAME_RE = /\p{Lu}[\p{L}'\u2019.-]*(?:\s\p{Lu}[\p{L}'\u2019.-]*)*/gu;
const NOT_NAMES = new Set(
  (
    'The A An In On At But And Or So Yet If When While After Before As For With Without Instead However Meanwhile Also ' +
    'Calling Speaking Asked Without Although Though Because Since During Under Over His Her Their Its This That These Those It He She They We I You Our ' +
    // "…,” Ines Varga, the harbour master, said on Monday.": the day is nearer the verb than the name.
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
  ).split(' '),
);
const TITLES = new Set('mr mrs ms dr prof president premier prime minister sen senator rep gov governor chancellor king queen prince princess pope secretary general chief'.split(' '));

export function attributeQuotes(text: string, lines: Line[], quotes: QuoteSpan[], cues: Set<string>): Attribution[] {
  const masked = maskQuotes(text, quotes);
  const result: Attribution[] = [];
  let lastSpeaker: string | undefined;
  const byParagraph = new Map<number, number[]>();
  // One masked paragraph per line, with its sentence boundaries found once: a line with thousands
  // of quotes stays linear.
  const maskedLines = new Map<number, MaskedLine>();
  const maskedLine = (l: number) => {
    let m = maskedLines.get(l);
    if (m === undefined) maskedLines.set(l, (m = maskLine(masked.slice(lines[l].start, lines[l].end))));
    return m;
  };

  // A paragraph holding hundreds of quotes (a pasted table, hostile input) gets narrower windows,
  // so the work per paragraph stays proportional to its length: 200 characters each side at least,
  // unless its quotes are closer than 100 characters apart (a 200-character floor made a line of
  // 30,000 five-character quotes cost 80 times its length).
  const quotesOnLine = new Map<number, number>();
  for (const q of quotes) for (const p of q.parts) quotesOnLine.set(p.line, (quotesOnLine.get(p.line) ?? 0) + 1);
  const windowFor = (l: number) => {
    const count = quotesOnLine.get(l) ?? 1;
    const floor = Math.min(200, Math.floor((2 * (lines[l].end - lines[l].start)) / count));
    return Math.max(floor, Math.min(SENTENCE_WINDOW, Math.floor(60000 / count)));
  };
  // The built-in speech verbs are English: a quote in a paragraph in another language cannot be
  // judged, unless the project added its own verbs.
  const english = new Map<number, boolean>();
  const judged = (l: number) => {
    if (cues !== DEFAULT_CUES) return true;
    let e = english.get(l);
    if (e === undefined) english.set(l, (e = readsAsEnglish(lines[l].text)));
    return e;
  };

  quotes.forEach((q, qi) => {
    let searched = '';
    let cue: string | undefined;
    let speaker: string | undefined;
    let guessed = false;
    let nounCue = false;
    let needsSpeaker = false;
    const n = countWords(q.text);
    if (n === 0) {
      // Nothing quoted (“”, a lone mark's empty span): nothing to attribute.
      result.push({ attributed: false, needsSpeaker: false, searched: '' });
      return;
    }
    for (const part of q.parts) {
      const line = lines[part.line];
      const ml = maskedLine(part.line);
      const m = ml.text;
      const [s, e] = sentenceAround(ml, part.start - line.start, part.end - line.start, windowFor(part.line));
      const before = m.slice(s, part.start - line.start);
      const after = m.slice(part.end - line.start, e);
      const outside = (before + ' ' + after).replace(/\u2588+/g, '\u2026');
      searched += (searched ? ' / ' : '') + outside.trim();
      const alone = before.trim() === '' && /^[\s.,;!?]*$/.test(after);
      const found = findCue(before, after, cues) ?? headlineSpeaker(before, after) ?? nearbyCue(ml, s, e, after, alone, lines, part.line, cues);
      if (found && !cue) {
        cue = found.cue;
        nounCue = found.noun === true;
        speaker = found.speaker === undefined ? undefined : resolve(found.speaker, lastSpeaker);
        guessed = speaker !== undefined && speaker !== found.speaker;
      }
      if (part === q.parts[0]) needsSpeaker = isDirectQuote(q, n, before) && judged(part.line);
    }
    if (speaker && !guessed) lastSpeaker = speaker;
    result.push({ attributed: !!cue, needsSpeaker, speaker, guessed: guessed || undefined, cue, nounCue: nounCue || undefined, searched });
    for (const p of new Set(q.parts.map((x) => x.line))) {
      const list = byParagraph.get(p);
      if (list) list.push(qi);
      else byParagraph.set(p, [qi]);
    }
  });

  // Quotes sharing a paragraph with an attributed quote share its speaker.
  for (const idx of byParagraph.values()) {
    const src = idx.map((i) => result[i]).find((a) => a.attributed);
    if (!src) continue;
    for (const i of idx) {
      if (!result[i].attributed) {
        result[i].attributed = true;
        result[i].speaker = src.speaker;
        result[i].guessed = src.guessed;
        result[i].cue = `${src.cue} (same paragraph)`;
      }
    }
  }
  continueSpeakers(lines, quotes, result);
  return result;
}

/**
 * A paragraph that is nothing but a quote, right after a paragraph that ends with its last quote's
 * attribution ("“…,” Bell said."), is the same speaker going on: news style does not repeat the
 * name. One paragraph only, and only a speaker named (or a pronoun, "he said") with a speech verb
 * after that quote.
 */
function continueSpeakers(lines: Line[], quotes: QuoteSpan[], result: Attribution[]): void {
  const lastOnLine = new Map<number, number>();
  quotes.forEach((q, qi) => lastOnLine.set(q.parts[q.parts.length - 1].line, qi));
  quotes.forEach((q, qi) => {
    const a = result[qi];
    if (a.attributed) return;
    // A quote running on over paragraphs ("“… \n “…”") is one quote: its first paragraph follows the speaker's.
    const first = q.parts[0];
    const last = q.parts[q.parts.length - 1];
    const opening = lines[first.line];
    const closing = lines[last.line];
    if (!isBlank(opening.text.slice(0, first.start - opening.start)) || !/^[\s.,;!?]*$/.test(closing.text.slice(last.end - closing.start))) return;
    let k = first.line - 1;
    while (k >= 0 && isBlank(lines[k].text)) k--;
    const pi = k < 0 ? undefined : lastOnLine.get(k);
    if (pi === undefined) return;
    const { speaker, cue, guessed } = result[pi];
    if (!cue || INDIRECT_CUES.has(cue) || cue.endsWith(')')) return;
    const prev = quotes[pi].parts[quotes[pi].parts.length - 1];
    const tail = lines[k].text.slice(prev.end - lines[k].start);
    if (countWords(tail) > 12 || /["\u201C\u201D\u00AB\u00BB]/.test(tail) || !tail.toLowerCase().includes(cue.toLowerCase())) return;
    // "“…,” he said." with no name before it to stand for: the speaker is still the one the reader knows.
    if (!speaker && !UNNAMED_SPEAKS.test(tail)) return;
    a.attributed = true;
    a.speaker = speaker;
    a.guessed = guessed;
    a.cue = `${cue} (the paragraph before)`;
  });
}

/**
 * A speaker right after a quote with no name: a pronoun ("“…,” he said.", "she added"), a family, a
 * spokesman or a lawyer ("“…,” the family said."), or a statement, whose text runs on over
 * paragraphs ("“…,” a statement from the camerlengo said."; a report or "it said" does not go on).
 */
const UNNAMED_SPEAKS = /^[\s,]*(?:he|she|they|we|(?:his|her|their|the)\s(?:family|relatives|parents|lawyers?|attorneys?|spokes(?:man|woman|person))|(?:a|the|his|her|their|its)\s(?:joint\s|written\s)?statement(?:\s(?:from|by|of)\s[^,.;:"\u201C\u201D]{1,40}?)?)\s+\p{Ll}/iu;

/** Cues that sign or introduce a quote rather than report speech: no continuation from them. */
const INDIRECT_CUES = new Set(['dash', ':']);

/**
 * Below this share of English function words ("the", "and", "said") a paragraph is in another
 * language: in the English corpora 1 paragraph in 2,618 of 12 words or more falls below it, and the
 * German, Portuguese, Indonesian and Russian ones with quotes in the page corpus stay under 0.09.
 */
const MIN_ENGLISH_SHARE = 0.1;

/** English enough for English speech verbs to find the speaker; short paragraphs are taken as English. */
function readsAsEnglish(text: string): boolean {
  const ws = words(text.slice(0, 2000));
  if (ws.length < 12) return true;
  let common = 0;
  for (const w of ws) if (STOPWORDS.has(w.text.toLowerCase())) common++;
  return common >= MIN_ENGLISH_SHARE * ws.length;
}

/** A direct quote (to attribute) rather than a quoted term: long enough and shaped like speech. */
function isDirectQuote(q: QuoteSpan, n: number, before: string): boolean {
  const minWords = q.style === 'single' ? 6 : 4;
  if (n < minWords) return false;
  const lead = before.trim();
  if (NAMED_TEXT.test(lead)) return false; // the motto “Always forward”: written words, quoted by name
  if (SEARCHED_FOR.test(lead)) return false; // searched online for “harbour ferry timetable strike”: typed, not said
  if (NAMING.test(lead)) return false; // known as the “Baltic Link energy partnership”: a name, not speech
  if (namesACharge(lead)) return false; // two counts of “conspiracy to collude with foreign forces”: an offence's name
  const opensSentence = lead === '' || /[:,]$/.test(lead);
  const first = q.text.trim()[0] ?? '';
  const capital = first !== first.toLowerCase();
  if (capital && isTitle(q.text, n)) return false; // “American Skin (41 Shots)”, “Justice Against Sponsors of Terrorism Act”
  const sentences = /[.!?]\s+\p{Lu}/u.test(q.text);
  return opensSentence || capital || sentences;
}

/** A quote right after a word naming written or chanted words ("the motto", "a sign", "the hashtag") is those words, not speech. */
const NAMED_TEXT = /\b(?:motto|slogan|slogans|sign|signs|banner|banners|placard|placards|inscription|hashtag|tagline|caption|chant|chants|catchphrase|mantra|refrain|graffiti|headline|plaque|t-shirt|shirts?)$/i;

/** A quote right after a search ("searched online for", "googled") is the words typed into it. */
const SEARCHED_FOR = /\b(?:search(?:ed|es|ing)?(?: online| the internet| the web| google)? for|googled)$/i;

/** A quote right after words giving a name ("known as the", "dubbed", "entitled") is that name, not speech. */
const NAMING = /\b(?:(?:known as|dubbed|nicknamed|branded|named)(?: the| a| an)?|titled|entitled|so-called)$/i;

/** A quote right after a charge's words ("two counts of", "convicted of", "charged with") is the offence's name, not speech. */
const CHARGE = /\b(?:counts? of|charges? of|offen[cs]es? of|crimes? of|convicted of|guilty of|accused of|charged with|suspicion of|pleaded (?:not )?guilty to)(?: the| a| an)?$/i;
export const namesACharge = (before: string) => CHARGE.test(before.trimEnd());

/** Title Case and short, with no sentence inside: the name of a work, law or slogan. */
function isTitle(text: string, n: number): boolean {
  if (n > 10 || breaksInside(text)) return false;
  // Title Case leaves short words lower case, and "with", "from", "into" too.
  let ws = words(text).filter((w) => w.text.length > 3 && !STOPWORDS.has(w.text.toLowerCase()));
  // A title of short words is judged by all but its small ones: "All the President's Men".
  if (ws.length < 2) ws = words(text).filter((w) => w.text.length > 1 && !STOPWORDS.has(w.text.toLowerCase()));
  if (ws.length < 2) return false;
  const caps = ws.filter((w) => w.text[0] !== w.text[0].toLowerCase()).length;
  return caps / ws.length >= 0.75;
}

/** A stop or comma inside the text, but the full stop of an abbreviation ("The Story of Dr. Dolittle"). */
function breaksInside(text: string): boolean {
  for (const m of text.matchAll(/[.!?,]\s/g)) {
    if (text[m.index] !== '.') return true;
    // The word before the stop, read backwards (a few letters and dots at most).
    let k = m.index;
    while (k > 0 && m.index - k < 12 && /[\p{L}.]/u.test(text[k - 1])) k--;
    if (k === m.index || !isAbbreviation(text.slice(k, m.index).toLowerCase())) return true;
  }
  return false;
}

function resolve(name: string, last: string | undefined): string | undefined {
  return PRONOUNS.has(name.toLowerCase()) ? last : name;
}

/** Mask quote contents so cues inside quotes never count and sentence ends inside quotes vanish. */
function maskQuotes(text: string, quotes: QuoteSpan[]): string {
  // Built from slices: splitting a long file into one string per character cost more than the rest.
  const parts = quotes.flatMap((q) => q.parts).sort((a, b) => a.contentStart - b.contentStart);
  const out: string[] = [];
  let at = 0;
  for (const p of parts) {
    const start = Math.max(p.contentStart, at);
    if (start >= p.contentEnd) continue;
    out.push(text.slice(at, start));
    let last = p.contentEnd - 1;
    while (last > p.contentStart && /\s/.test(text[last])) last--;
    const keepEnd = /[.!?]/.test(text[last] ?? '') && last >= start;
    const body = text.slice(start, keepEnd ? last : p.contentEnd).replace(/[^\r\n]/g, MASK);
    out.push(body);
    if (keepEnd) out.push(text[last], text.slice(last + 1, p.contentEnd).replace(/[^\r\n]/g, MASK));
    at = p.contentEnd;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** A paragraph with its quotes' words masked, and every i where a sentence ends in it (ascending). */
interface MaskedLine {
  text: string;
  boundaries: number[];
}

function maskLine(m: string): MaskedLine {
  const boundaries: number[] = [];
  for (let i = 1; i < m.length; i++) if (isBoundary(m, i)) boundaries.push(i);
  return { text: m, boundaries };
}

/** The sentence of the masked paragraph that holds [qs, qe). */
function sentenceAround(ml: MaskedLine, qs: number, qe: number, window = SENTENCE_WINDOW): [number, number] {
  const { text: m, boundaries: b } = ml;
  let s = Math.max(0, qs - window);
  // The last boundary i with qs - WINDOW < i <= qs - 1 and i > 0.
  const before = upperBound(b, qs - 1) - 1;
  if (before >= 0 && b[before] > 0 && b[before] > qs - window) s = b[before] + 1;
  let e = Math.min(m.length, qe + window);
  // The first boundary i with max(qe, 1) <= i < e.
  const after = upperBound(b, Math.max(qe, 1) - 1);
  if (after < b.length && b[after] < e) e = b[after] + 1;
  return [s, e];
}

/** A sentence ends at i: terminal punctuation (and closing marks), a space, then a capital or an opening mark. */
function isBoundary(m: string, i: number): boolean {
  // Char codes, not a regex per character: every character of a paragraph with a quote passes here.
  if (!isSpaceCode(m.charCodeAt(i))) return false;
  let j = i - 1;
  while (j >= 0 && isCloser(m.charCodeAt(j))) j--;
  if (j < 0 || !isTerminal(m.charCodeAt(j))) return false;
  let k = i;
  while (k < m.length && isSpaceCode(m.charCodeAt(k))) k++;
  const c = m[k];
  if (c === undefined) return true;
  if (/["\u201C\u2018\u00AB\u00BB\u201E]/.test(c)) return true;
  if (c === c.toLowerCase()) return false;
  let a = j;
  while (a > Math.max(0, j - 8) && /[\p{L}.]/u.test(m[a - 1])) a--;
  const w = m.slice(a, j).toLowerCase();
  return !isAbbreviation(w);
}

/** " ” ’ ' ) ] */
function isCloser(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
}

/** . ! ? */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** A headline's speaker, after the quote that opens it and a colon: "‘You’re gambling with World War 3’: Donald Trump pulls up …". */
const HEADLINE_SPEAKER = /^\s?:\s(\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){0,3})\s\p{Ll}/u;

/** Capitalised words that open a headline's second half without naming anyone: "‘…’: How Harwick lost its boats". */
const HEADLINE_OPENERS = new Set('How Why What Who Where Which Whose Inside Watch Opinion Analysis Live Exclusive Explainer Review Interview Breaking Video Photos Here There Is Are Was Were Will Can Should Does Do Did New More Most Now Then'.split(' '));

/** The quote opens its sentence and a name follows its colon: a headline's way to attribute. */
function headlineSpeaker(before: string, after: string): CueHit | undefined {
  if (before.trim() !== '') return undefined;
  const m = HEADLINE_SPEAKER.exec(after);
  const first = m?.[1].split(/\s/)[0];
  if (!m || NOT_NAMES.has(first!) || HEADLINE_OPENERS.has(first!)) return undefined;
  return { cue: ':', speaker: cleanName(m[1]) };
}

/** A quote's sentence ending in "!" or "?" and its closing marks. */
const EXCLAIMED_END = /[!?]["'\u201D\u2019\u00BB]+\s*$/;
/** A wire agency's name, as it tags a story's last paragraph: "… – AFP", "- Reuters". */
const WIRE_AGENCY = /^(?:AFP|AP|AAP|PA|Reuters|REUTERS|PTI|IANS|ANI|UNI|Xinhua|XINHUA|dpa|EFE|Bernama|BERNAMA|Yonhap|Kyodo|TASS|Anadolu)$/;
/** Words of a longer next sentence an attribution may open with: "Ana Ruiz, the mayor, said". */
const OPENING_WORDS = 6;

/**
 * Attribution just outside the quote's sentence: "“…?” Graham asked." (a short next sentence),
 * "“…” ― Oscar Quintero" (a dash), a cue in the previous sentence of the same paragraph, or a
 * previous paragraph that ends with a colon ("The Times reports:").
 */
function nearbyCue(ml: MaskedLine, s: number, e: number, after: string, alone: boolean, lines: Line[], lineIdx: number, cues: Set<string>): CueHit | undefined {
  const m = ml.text;
  // (Up to two spaces each side: a CRLF file's wrap reads as two, "…”\r\n― Nell Carden Grey".)
  const dash = /^\s{0,2}[\u2015\u2014\u2013-]\s{0,2}(\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){0,3})/u.exec(after);
  // "… “Thank you from the bottom of our hearts.” - AFP": a wire agency's tag closing the story, no speaker.
  if (dash && !WIRE_AGENCY.test(dash[1])) return { cue: 'dash', speaker: dash[1] };
  if (e < m.length) {
    const [, ne] = sentenceAround(ml, e + 1, e + 1);
    const next = m.slice(e, ne);
    if (!next.includes(MASK)) {
      // "“…?” He Jianxiong, a former IMF director, said on Tuesday.": a speaker and a comma open a
      // longer attribution; the name, not the one nearest the verb, is the speaker.
      const lead = APPOSITIVE_SPEAKER.exec(next);
      if (lead || countWords(next) <= 8) {
        const hit = findCue(next, '', cues);
        if (hit) return lead ? { cue: hit.cue, speaker: cleanName(lead[1]) ?? hit.speaker } : hit;
      } else if (EXCLAIMED_END.test(m.slice(Math.max(0, e - 8), e))) {
        // "“…no consequences!” Musk said in an open letter to advertisers on Thursday.": a quote
        // ending in "!" or "?" has no comma to keep its attribution in its sentence; a longer next
        // sentence is its attribution when it opens with one.
        const hit = findCue(next.split(/\s+/, OPENING_WORDS).join(' '), '', cues);
        if (hit && !hit.noun) return hit; // a verb, not a noun shaped like one: "It was a question the …".
      }
      // "“…” That was the message from Reyes to the strikers.": the next sentence points back at it.
      const back = backReference(next, cues);
      if (back) return back;
    }
  }
  if (s > 0) {
    const [ps] = sentenceAround(ml, s - 1, s - 1);
    const prev = m.slice(ps, s);
    if (!prev.includes(MASK)) {
      const hit = findCue(prev, '', cues);
      if (hit) return hit;
    }
  }
  if (s === 0) {
    let k = lineIdx - 1;
    // Items of one list under "What residents told us:" all hang from that line.
    let itemsLeft = BULLET.test(lines[lineIdx].text) ? MAX_LIST_ITEMS : 0;
    for (; k >= 0; k--) {
      if (isBlank(lines[k].text)) continue;
      if (itemsLeft > 0 && BULLET.test(lines[k].text)) itemsLeft--;
      else break;
    }
    const prevLine = k >= 0 ? lines[k].text.trimEnd() : '';
    if (prevLine.endsWith(':') && prevLine.length < 400) return { cue: ':', speaker: nameIn(prevLine, true) };
    const listed = QUOTE_PARAGRAPH.test(lines[lineIdx].text) ? quotesHeadingAbove(lines, lineIdx) : undefined;
    if (listed) return listed;
    // "A statement from Buckingham Palace said," closing the line before: the paragraph break is the page's.
    const verb = prevLine.endsWith(',') && prevLine.length < 400 ? VERB_BEFORE_BREAK.exec(prevLine) : null;
    if (verb) return { cue: verb[1], speaker: nameIn(prevLine.slice(Math.max(0, prevLine.lastIndexOf('. ', verb.index) + 1))) };
  }
  // A quote ending its paragraph, and a short next line "— Name": an epigraph, a review, an embedded post.
  if (e >= m.length && /^[\s.,;!?]*$/.test(after)) {
    let k = lineIdx + 1;
    while (k < lines.length && isBlank(lines[k].text)) k++;
    const sign = k < lines.length && countWords(lines[k].text) <= 12 ? SIGNATURE_LINE.exec(lines[k].text) : null;
    if (sign) return { cue: 'dash', speaker: sign[1] };
    // A quote standing alone as a story's opening, and the next paragraph pointing back at it:
    // "That was how Tomas Brek, 71, described the blaze." Past up to two more quotes standing alone:
    // "“Everything was going fine …” / “And I looked to my left …” / That's how one passenger described …".
    for (let more = 0; alone && more < 2 && k < lines.length && QUOTE_PARAGRAPH.test(lines[k].text); more++) {
      k++;
      while (k < lines.length && isBlank(lines[k].text)) k++;
    }
    const back = alone && k < lines.length ? backReference(lines[k].text, cues) : undefined;
    if (back) return back;
  }
  return undefined;
}

/**
 * Quotes listed one per paragraph under a heading that calls them quotes ("Key quotes", "Quotes of
 * the day") hang from the paragraph before the heading, when it names the speaker: "Federal Reserve
 * Chairman Jerome Powell explains the decision … / Key quotes / "…" / "…"".
 */
function quotesHeadingAbove(lines: Line[], lineIdx: number): CueHit | undefined {
  let k = lineIdx - 1;
  for (let items = 0; k >= 0 && items <= MAX_LIST_ITEMS; k--) {
    if (isBlank(lines[k].text)) continue;
    if (!QUOTE_PARAGRAPH.test(lines[k].text)) break;
    items++;
  }
  if (k < 0 || !QUOTES_HEADING.test(lines[k].text.trim())) return undefined;
  let p = k - 1;
  while (p >= 0 && isBlank(lines[p].text)) p--;
  const speaker = p >= 0 && lines[p].text.length < 1000 ? nameIn(lines[p].text) : undefined;
  return speaker ? { cue: 'quotes heading', speaker } : undefined;
}
const QUOTES_HEADING = /^(?:(?:key|selected|top|notable) )?quotes?(?: of the day)?:?$/i;

/** A sentence pointing back at the quote before it and naming its speaker: "That was how Tomas Brek described …". */
function backReference(text: string, cues: Set<string>): CueHit | undefined {
  const found = BACK_REFERENCE.exec(text);
  if (!found) return undefined;
  // Its speaker and verb come first: "That's how one passenger described to NBC News an incident …".
  const back = countWords(found[0]) > 25 ? { 0: found[0].split(/\s+/).slice(0, 26).join(' ') } : found;
  // "Those were the words of Tomas Brek", "That was the message from Mayor Reyes"
  const words = /\b(?:words|message|warning|plea|verdict|promise|reply) (?:of|from)\s(.*)/i.exec(back[0]);
  const hit = words ? { cue: 'the words of', speaker: nameIn(words[1]) } : findCue(back[0], '', cues);
  // "That's how one passenger described to NBC News …": the speaker is who comes between "how" and the verb.
  const how = hit && !words ? new RegExp(`\\bhow\\s(.{1,60}?)\\s${hit.cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').exec(back[0]) : null;
  if (how && hit) hit.speaker = nameIn(how[1]) ?? how[1].replace(/,.*$/, '');
  return hit?.speaker && !PRONOUNS.has(hit.speaker) ? hit : undefined;
}

/** The first sentence of a paragraph pointing back at the quote before it: "That was how …", "That's how …", "Those were the words of …", "So said …". */
const BACK_REFERENCE = /^\s*(?:(?:that|this|those|these|such) (?:was|is|were|are)|(?:that|this)['\u2019]s|so (?:said|says))\b[^.!?]{0,400}[.!?]/i;
/** A paragraph that is one quote and nothing else. */
const QUOTE_PARAGRAPH = /^\s*["\u201C][^"\u201C\u201D]*["\u201D]\s*$/;

const BULLET = /^\s*[-\u2022*\u2013]\s/;
/** A speech verb and a comma ending a line, the quote on the next: "A statement from Buckingham Palace said,". */
const VERB_BEFORE_BREAK = /\b(said|says|stated|added|wrote|declared|announced|told (?:reporters|journalists|the \p{L}+))\s?,$/u;
/** How far back a list item looks for the line introducing its list. */
const MAX_LIST_ITEMS = 40;

/** "– Jo** Al****", "— Governor Kristi Noem (@govkristinoem) November 18, 2019": a dash (not a hyphen bullet) and a name. */
const SIGNATURE_LINE = /^\s*[\u2015\u2014\u2013]\s{0,2}(\p{Lu}[\p{L}.'\u2019*-]*(?:\s\p{Lu}[\p{L}.'\u2019*-]*){0,3})/u;

/** A capitalised name of up to four words and a comma opening a sentence. */
const APPOSITIVE_SPEAKER = /^\s*(\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){0,3}),\s/u;

interface CueHit {
  cue: string;
  speaker?: string;
  /** A speech verb's shape used as a noun, taken for want of a verb. */
  noun?: boolean;
}

/** The pronoun a possessive stands for: "in her words" is said by "she". */
const POSSESSIVE_SPEAKER: Record<string, string> = { his: 'he', her: 'she', their: 'they' };
/** Someone's words announced before a colon: "His last words to fans at Villa Park were:", "Her message was:". */
const WORDS_WERE = /\b(his|her|their)\s(?:[\p{Ll}-]+\s){0,2}(?:words|message|reply|answer|response|verdict)\b[^:.!?]{0,60}\s(?:were|was)\s?:$/iu;

/** A news outlet after "according to": "the AP", "Reuters", "The Associated Press", "the BBC". */
const REPORTING_OUTLET = /^(?:the\s)?(?:AP|AFP|Reuters|Associated Press|BBC|CNN|PTI|ANI|Xinhua|Sky News|NBC News|CBS News|ABC News)\b/i;

const AS_PER = /\bas per(?: to)?\s(.{1,80})/i;

/** A written text introduced by its words right before the quote: "a statement which read,", "a note that said:", "a post reading". */
const STATEMENT_READ = /\b(?:statement|message|note|letter|post|notice)\s(?:(?:which|that)\s(?:read|reads|said|says)|reading)[\s,:]*$/i;

function findCue(before: string, after: string, cues: Set<string>): CueHit | undefined {
  const outside = `${before} ${after}`;
  const lower = outside.toLowerCase();
  const quoted = /\bquoted\s(.{1,60}?)\sas\s(?:saying|telling|writing)\b/i.exec(outside);
  if (quoted) return { cue: 'quoted … as saying', speaker: nameIn(quoted[1]) ?? quoted[1] };
  const acc = /\baccording to\s(.{1,80})/i.exec(outside);
  // "“…,” Osbourne said, according to the AP": the outlet passed the words on; the speaker said them.
  if (acc && !(REPORTING_OUTLET.test(acc[1]) && /\b(?:said|says|told|added)\b/i.test(outside))) return { cue: 'according to', speaker: nameIn(acc[1]) };
  // "As per SpaceX, “…”", "as per to the agency": Indian English's "according to", said of a name (not "as per the plan").
  const asPer = AS_PER.exec(outside);
  if (asPer && /^(?:the\s)?\p{Lu}/u.test(asPer[1])) return { cue: 'as per', speaker: nameIn(asPer[1]) };
  // "In her words, “…”", "in the words of Ana Ruiz": the speaker by name or by a possessive.
  const inWords = /\bin (?:(his|her|their)(?: own)? words|the words of\s(.{1,60}))/i.exec(outside);
  if (inWords) return { cue: 'in … words', speaker: inWords[1] ? POSSESSIVE_SPEAKER[inWords[1].toLowerCase()] : nameIn(inWords[2]) };
  // "His family released a statement which read, “…,” Sky News reported": the statement's owner
  // speaks, not the outlet that reported it.
  const statement = STATEMENT_READ.exec(before);
  if (statement) return { cue: 'a statement which read', speaker: nameIn(before.slice(0, statement.index)) };
  for (const p of CUE_PHRASES) {
    if (lower.includes(p)) return { cue: p, speaker: nameNear(outside, verbBefore(outside, lower.indexOf(p), cues), before.length) };
  }
  let prev: Word | undefined;
  // A noun shaped like a verb ("four points", "the reasons", "the pledge") yields to a verb later in
  // the sentence ("…, Halvard told delegates"), and stands only when there is none, marked as such.
  let noun: CueHit | undefined;
  for (const w of words(outside)) {
    const lw = w.text.toLowerCase();
    if (cues.has(lw) && !(prev && lw.endsWith('ing') && usedAsNoun(outside, prev, w))) {
      const hit = { cue: w.text, speaker: (SPEAKER_AFTER.has(lw) && personAfterRole(outside, w.end)) || subjectOfParticiple(outside, w, before.length) || nameNear(outside, w.start, before.length) };
      if (!(prev && nounShaped(outside, prev, w))) return hit;
      noun ??= { ...hit, noun: true };
    }
    prev = w;
  }
  if (noun) return noun;
  // "Putin: “…”" — a name (or pronoun) and a colon right before the quote.
  const lead = before.trimEnd();
  if (lead.endsWith(':')) {
    // "His last words to fans at Villa Park were: “…”": the owner of the words speaks.
    const owner = WORDS_WERE.exec(lead.slice(-100));
    if (owner) return { cue: ':', speaker: POSSESSIVE_SPEAKER[owner[1].toLowerCase()] };
    const name = nameIn(lead.slice(-80), true);
    if (name) return { cue: ':', speaker: name };
    // "The operator's chief executive was unapologetic: “…”": a person named by role (no name to
    // match a source's speaker against, so none is kept).
    if (ROLE_BEFORE_COLON.test(lead.slice(-100))) return { cue: ':' };
  }
  return undefined;
}

/** Where the spaces right before `at` begin: the end of the word or mark before them. */
function pastSpacesBack(text: string, at: number): number {
  let k = at;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k;
}

/**
 * Where the speech verb right before a cue phrase starts ("said in a statement", "wrote in a post"),
 * else the phrase's own start: the name is read back from the verb, past its asides ("Kevin
 * Farrell, Camerlengo of the Apostolic Chamber, said in a statement").
 */
function verbBefore(text: string, at: number, cues: Set<string>): number {
  const end = pastSpacesBack(text, at);
  if (end === at) return at;
  let start = end;
  while (start > 0 && end - start < 20 && /\p{L}/u.test(text[start - 1])) start--;
  return start < end && cues.has(text.slice(start, end).toLowerCase()) ? start : at;
}

/**
 * ", saying …", ", adding …" after a clause: the participle's speaker is that clause's subject, its
 * first name ("Francis had appeared at the Vatican …, and waved to crowds from the balcony of St
 * Peter's Basilica, saying: “…”"), not the place nearest the verb. Only before the quote.
 */
function subjectOfParticiple(text: string, w: Word, quoteAt: number): string | undefined {
  if (!w.text.endsWith('ing') || w.start > quoteAt) return undefined;
  const k = pastSpacesBack(text, w.start);
  if (text[k - 1] !== ',') return undefined;
  return nameIn(text.slice(0, k));
}

/** Verbs the speaker may follow ("said Met Office chief meteorologist Sara Lind"); after "told" comes the listener. */
const SPEAKER_AFTER = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted']);

/**
 * "said Met Office chief meteorologist Sara Lind": an organisation, a role in lower case and a full
 * name right after the verb; the person, not the organisation nearer the verb, speaks.
 */
const ORG_ROLE_PERSON = /^\s(?:\p{Lu}[\p{L}.&-]*\s){1,4}((?:\p{Ll}[\p{Ll}-]*\s){1,3})(\p{Lu}[\p{L}'\u2019.-]*(?:\s\p{Lu}[\p{L}'\u2019.-]*){1,2})/u;

function personAfterRole(text: string, at: number): string | undefined {
  const m = ORG_ROLE_PERSON.exec(text.slice(at, at + 160));
  // A role is a noun or two ("chief meteorologist", "host"), not a clause ("tweets accusing").
  if (!m || m[1].trim().split(' ').some((w) => STOPWORDS.has(w) || /(?:ing|ed)$/.test(w))) return undefined;
  return cleanName(m[2].replace(/\.$/, ''));
}

/**
 * A speech verb's -ing form right after a word of its own clause that is no verb's companion, "its
 * red wind warning until 9pm", "a warning", "the briefing", is a noun, not "…, warning that …":
 * only a break (a comma, a dash), a joining word ("while warning", "before adding") or an adverb
 * ("publicly saying"), an auxiliary ("is telling"), a verb it follows ("is heard shouting"), a
 * preposition ("for saying"), or a subject (a name, a pronoun, a plural: "with forecasters warning
 * that") leaves it a verb.
 */
function usedAsNoun(text: string, prev: Word, w: Word): boolean {
  if (/[,;:(\u2013\u2014-]/.test(text.slice(prev.end, w.start))) return false;
  const p = prev.text.toLowerCase();
  // A name or a plural before it is its subject: "with Ruiz warning that …", "forecasters warning".
  if (p !== prev.text || PRONOUNS.has(p) || VERB_COMPANIONS.has(p) || p.endsWith('ly')) return false;
  // Its listeners and what they are told after it make it a verb: "a teaser … telling fans to “…”".
  if (LISTENERS_TOLD.test(text.slice(w.end, w.end + 24))) return false;
  return !(p.endsWith('s') && !/['\u2019]s$/.test(p));
}
/** Listeners right after a speech verb's -ing form, then "to" or "that": " fans to", " residents that". */
const LISTENERS_TOLD = /^ (?:us|them|him|her|me|you|fans|people|residents|viewers|readers|voters|reporters|supporters|followers|users|customers|listeners|parents|staff|workers|employees) (?:to|that)\b/;

/**
 * A speech verb's shape right after a determiner reads as a noun ("the pledge", "his remarks"), and
 * its -s form after a number as a plural ("four points in the polls"): not "Halvard points out" or
 * "the report notes".
 */
function nounShaped(text: string, prev: Word, w: Word): boolean {
  if (!/^\s+$/.test(text.slice(prev.end, w.start))) return false;
  const p = prev.text.toLowerCase();
  return NOUN_DETERMINERS.has(p) || (/[^s]s$/.test(w.text.toLowerCase()) && (/^\d/.test(p) || p in SMALL));
}

const NOUN_DETERMINERS = new Set('a an the his her its their our my your this these those some many several few two both all any no other such'.split(' '));

/** Words a speech verb's -ing form follows as a verb: auxiliaries ("is telling"), joining words, prepositions ("for saying"). */
const VERB_COMPANIONS = new Set(
  ('is are was were be been being am and or but nor while when whilst before after by without also then again still even just now not as in on of for about despite from with since through upon against following like ' +
    // Verbs a participle follows: "is heard shouting", "was caught saying", "kept repeating", "went on saying".
    'heard hear hears seen see sees caught overheard recorded filmed kept keeps keep started starts began begins continued continues went goes came stopped').split(' '),
);

/** A person named by role in the clause before a colon: "the chief executive was blunt:", "one resident put it this way:". */
const ROLE_BEFORE_COLON = new RegExp(
  `\\b(?:${'spokesman spokeswoman spokesperson executive minister official director chairman chairwoman chair president mayor councillor councilor leader manager officer secretary governor senator lawyer attorney witness resident owner founder analyst economist professor expert coach captain aide adviser advisor ambassador envoy judge prosecutor doctor nurse survivor neighbour neighbor'.split(' ').join('|')})s?\\b[^:"\u201C\u201D]{0,60}:$`,
  'i',
);

/**
 * After the speech verb, a name that a verb follows opens the reported clause, not the speaker:
 * in "His lawyer said Ekberg would appeal" Ekberg is the one who would appeal.
 */
const REPORTED_SUBJECT = /\s+(?:would|will|had|has|was|is|were|are|could|can|should|might|may|must|did|does|planned|plans|intended|intends|wanted|wants)\b/y;

function opensReportedClause(s: string, at: number, start: number, end: number): boolean {
  if (start <= at) return false;
  REPORTED_SUBJECT.lastIndex = end;
  return REPORTED_SUBJECT.test(s);
}

/**
 * Where a speaker's name would end before the verb at `at`, past asides set off by commas: "Ian
 * Blake, of the Brain Health Foundation, who was not involved in the study, said", "Michael
 * Mulgrew, president of the United Federation of Teachers, said", "Kevin Farrell, Camerlengo of the
 * Apostolic Chamber, said". Each aside opens in lower case, or with a capitalised title of a body
 * after a name, and holds no comma or sentence mark; at most three, of up to 80 characters each. A
 * walk back, not an end-anchored regex, which would be tried from every position before the verb.
 */
function beforeAsides(s: string, at: number): number {
  const k = pastSpacesBack(s, at);
  if (s[k - 1] !== ',') return at;
  let start = at;
  for (let asides = 0, end = k - 1; asides < 3; asides++) {
    let c = end - 1;
    while (c >= 0 && end - c <= 82 && !ASIDE_STOP.has(s[c])) c--;
    // The aside runs from ", " at c to the comma at end, and opens with a lower-case letter or a
    // capitalised title of something after a name ("Kevin Farrell, Camerlengo of the Apostolic Chamber,").
    if (c < 0 || s[c] !== ',') break;
    if (!/^\s\p{Ll}/u.test(s.slice(c + 1, c + 3)) && !(TITLE_ASIDE.test(s.slice(c + 1, end + 1)) && /\p{Lu}[\p{Ll}.'\u2019-]*$/u.test(s.slice(Math.max(0, c - 30), c)))) break;
    start = end = c;
  }
  return start;
}

/**
 * Where the speaker's name ends in "President Tomas Ortega of Castania said", "Ian Blake from the
 * Brain Health Foundation said": the name before "of", "from" or "at" and a capitalised place or
 * body right before the verb, not the place. The words are read back from the verb, and not across
 * `quoteAt`, where the quote stood ("Hosting Cook at Dreamforce “…,” Benioff said").
 */
function beforeOfPlace(s: string, at: number, quoteAt: number): number {
  const from = Math.max(0, at - 160, quoteAt < at ? quoteAt : 0);
  const ws = words(s.slice(from, at), from);
  let k = ws.length - 1;
  const capital = (w: Word | undefined) => w !== undefined && /^\p{Lu}/u.test(w.text);
  // Each word joined to the next by spaces (or a name's full stop): a comma ends the phrase.
  const joined = (i: number) => /^[.]?\s+$/.test(s.slice(ws[i].end, ws[i + 1].start));
  if (!capital(ws[k]) || s.slice(ws[k].end, at).trim() !== '') return at;
  while (k > 0 && capital(ws[k - 1]) && joined(k - 1)) k--;
  k--;
  if (ws[k]?.text.toLowerCase() === 'the' && joined(k)) k--;
  if (!ws[k] || !OF_PLACE.has(ws[k].text.toLowerCase()) || !joined(k) || !ws[k - 1] || !joined(k - 1)) return at;
  // A person's name of two words or more ("Tomas Ortega"); "The Bank of England" is one body's name,
  // and "Deputy Commissioner of Police Kanan Desai" a title, the name after it.
  let first = k - 1;
  while (first >= 0 && capital(ws[first]) && ws[first].text !== 'The' && (first === k - 1 || joined(first))) first--;
  let titles = 0;
  for (let w = first + 1; w < k; w++) if (OFFICE_WORDS.has(ws[w].text.toLowerCase())) titles++;
  return k - 1 - first >= 2 && titles < k - 1 - first ? ws[k - 1].end : at;
}

/** Words of an office held "of" a body: a title, not a name ("Deputy Commissioner of Police", "Chief Executive of Acme"). */
const OFFICE_WORDS = new Set(
  ('deputy assistant acting commissioner director chief head minister secretary president vice chairman chairwoman chair governor mayor general ' +
    'superintendent inspector commander spokesman spokeswoman spokesperson officer executive ambassador attorney judge justice speaker leader ' +
    'member professor dean captain colonel major lieutenant sergeant bishop archbishop cardinal chancellor provost principal manager editor').split(' '),
);

const OF_PLACE = new Set(['of', 'from', 'at']);

/** A capitalised title of a body or place, up to its "of": " Camerlengo of the Apostolic Chamber,", " Director of Public Safety,". */
const TITLE_ASIDE = /^\s(?:\p{Lu}[\p{Ll}.'\u2019-]*\s){1,4}(?:of|for)\s[^,]*,$/u;

const ASIDE_STOP = new Set([',', '.', ';', ':', '!', '?', '"', '\u201C', '\u201D']);

/** The capitalised name (or pronoun) closest to position at, reading past asides between a name and the verb there. */
function nameNear(s: string, at: number, quoteAt = -1): string | undefined {
  at = beforeOfPlace(s, beforeAsides(s, at), quoteAt);
  let best: { name: string; dist: number } | undefined;
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(s); m; m = NAME_RE.exec(s)) {
    const name = nameMatched(s, m);
    if (!name || opensReportedClause(s, at, m.index, m.index + m[0].length) || onPlatform(s, m.index) || listenerAfterTo(s, m.index)) continue;
    const dist = Math.min(Math.abs(m.index - at), Math.abs(m.index + m[0].length - at));
    if (!best || dist < best.dist) best = { name, dist };
  }
  for (const w of words(s)) {
    if (PRONOUNS.has(w.text.toLowerCase()) && w.text.toLowerCase() !== 'it' && !opensReportedClause(s, at, w.start, w.end)) {
      const dist = Math.abs(w.start - at);
      if (!best || dist < best.dist) best = { name: w.text.toLowerCase(), dist };
    }
  }
  return best?.name;
}

/**
 * The name a NAME_RE match in `s` gives, cleaned; none for a lone capitalised -ing or -ed word
 * opening a sentence, a participle: "Wearing a more understated purple tie …, Trump …", "Asked
 * about the fine, Ruiz said …".
 */
function nameMatched(s: string, m: RegExpExecArray): string | undefined {
  const name = cleanName(m[0]);
  const participle = name !== undefined && !name.includes(' ') && /^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u.test(name) && /(?:^|[.!?]["\u201D\u2019]?\s+)$/.test(s.slice(Math.max(0, m.index - 4), m.index));
  return participle ? undefined : name;
}

/**
 * The name at `at` follows "to": who heard the words, not who said them ("the family said in a
 * statement to BBC", "said Lena Berg, adviser to Ana Ruiz").
 */
function listenerAfterTo(s: string, at: number): boolean {
  return at >= 3 && /\bto $/i.test(s.slice(Math.max(0, at - 3), at));
}

/** The name at `at` follows "on" or "via": where something was posted ("the mayor posted on X", "wrote on Instagram"), not who said it. */
function onPlatform(s: string, at: number): boolean {
  return at >= 3 && /\b(?:on|via) $/i.test(s.slice(Math.max(0, at - 4), at));
}

function nameIn(s: string, skipPlaces = false): string | undefined {
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(s); m; m = NAME_RE.exec(s)) {
    // Before a colon, a name after "at" or "in" is where, not who: "His last words to fans at Villa Park were: “…”".
    if (skipPlaces && PLACE_BEFORE.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    const name = nameMatched(s, m);
    if (name) return name;
  }
  const pron = words(s).find((w) => PRONOUNS.has(w.text.toLowerCase()));
  return pron?.text.toLowerCase();
}

/** A preposition of place right before a name. */
const PLACE_BEFORE = /\b(?:at|in|near|outside|inside|across)\s$/i;

function cleanName(raw: string): string | undefined {
  // "He" before another capitalised word is the surname (He Jianxiong), not the pronoun.
  const parts = raw.split(/\s/).filter((p, i, all) => !NOT_NAMES.has(p.endsWith('.') ? p.slice(0, -1) : p) || (p === 'He' && i === 0 && all.length > 1));
  const name = parts.join(' ').replace(/['\u2019]s$/, '');
  return name.length > 1 ? name : undefined;
}

/** Name tokens for comparing speakers: "President Xi Jinping" -> {xi, jinping}. */
export function speakerTokens(name: string | undefined): Set<string> {
  if (!name) return new Set();
  return new Set(
    name
      .toLowerCase()
      .split(/[\s.]+/)
      .filter((t) => t.length > 1 && !TITLES.has(t)),
  );
}

/** The speaker, unless it is only a guess. */
export function namedSpeaker(a: Attribution): string | undefined {
  return a.guessed ? undefined : a.speaker;
}

export function sameSpeaker(a: string | undefined, b: string | undefined): boolean {
  const ta = speakerTokens(a);
  const tb = speakerTokens(b);
  if (ta.size === 0 || tb.size === 0) return true;
  for (const t of ta) if (tb.has(t)) return true;
  return false;
}
