/**
 * Speech in a transcript: "MAYOR BRANDT: We cannot let the bridge rust …" has no quote marks, yet it
 * is the source a draft's quotes come from. Such turns are kept as quotes by their labelled speaker,
 * so the draft's quotes are matched against them; they are never checked themselves.
 */
import { isSpaceCode } from '../text/chars';
import { Line, isBlank } from '../text/lines';
import { countWords } from '../text/segment';
import { QuoteToken, quoteTokens } from './match';
import { QuoteSpan } from './spans';

export interface Turn {
  span: QuoteSpan;
  /** The label's name ("Mayor Brandt", "REYES"); undefined for an interviewer's or answerer's "Q"/"A". */
  speaker: string | undefined;
}

/**
 * "REYES:", "MAYOR BRANDT:", "Mayor Helen Okafor:", "Q:", "Speaker 2:": up to four capitalised
 * words (and a speaker's number) and a colon; a transcription service's time after the name,
 * "Anneli Rask (00:12):", and a label alone on its line, the speech under it. (The name and time
 * patterns are written out in each expression, not built from shared strings: the regex test reads
 * literals.)
 */
const LABEL = /^\s*(\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){0,3}(?:\s\d{1,2})?)(?:\s[[(]\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])])?:(?:\s|$)/u;
/** A name and a time alone on a line over the speech, as Otter writes it: "Anneli Rask  0:12", "Speaker 1 [00:00:12]". */
const LABEL_WITH_TIME = /^\s*(\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){0,3}(?:\s\d{1,2})?)\s+[[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]?\s*$/u;
/** After a time, a name alone on the line: "[00:00:12] Anneli Rask". */
const NAME_ALONE = /^(\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){0,3}(?:\s\d{1,2})?)\s*$/u;
/** A time before the label, "[00:01:15] REYES:", "00:01:15 REYES:", "(1:15) Reyes:". */
const TIME_BEFORE = /^\s*[[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]?\s+/;
const MAX_LABEL_CHARS = 80;
/** Room for a time after the label's name. */
const MAX_TIME_CHARS = 16;
/** Labels of notes, not of speakers. */
const NOT_SPEAKERS = new Set(
  'note update updated posted published edited modified photo photos source sources related watch read tags tag editor editors correction disclosure caption image video credit credits warning summary background context topics share listen sign follow advertisement'.split(' '),
);
/** A transcript has at least this many labelled turns, by at least two speakers. */
const MIN_TURNS = 3;
/**
 * And they are this share of its lines, or it is an interview (Q and A): "Daily Deals: …" and
 * "Compared: …" headlines on a page of a hundred lines are not a transcript.
 */
const MIN_TURN_SHARE = 0.3;
/** A turn shorter than this is an interjection ("Thank you.") and matches nothing. */
const MIN_TURN_WORDS = 4;

export interface Transcript {
  /** Turns to match other files' quotes against: lines already holding one of the file's quotes are left out. */
  turns: Turn[];
  /** Every turn's line, with its speaker as in Turn: a quote inside a turn is that speaker's to give. */
  speakerOfLine: Map<number, string | undefined>;
}

const NO_TRANSCRIPT: Transcript = { turns: [], speakerOfLine: new Map() };

/**
 * The labelled turns of a file that reads as a transcript; none for an article, whose "Note:" or
 * "Photo:" lines are not speech. Skipped lines are left out.
 */
export function transcriptTurns(lines: Line[], skip: (line: number) => boolean, quotes: readonly QuoteSpan[], speech = false): Transcript {
  if (speech) return captionTurns(lines, skip);
  const turns: { line: Line; label: string; start: number }[] = [];
  let textLines = 0;
  for (const line of lines) {
    if (skip(line.index) || isBlank(line.text)) continue;
    textLines++;
    // A label is a few words before a colon: most lines have no colon near their start.
    const colon = line.text.indexOf(':');
    if (colon < 1 || colon > MAX_LABEL_CHARS + MAX_TIME_CHARS) continue;
    const time = line.text.charCodeAt(0) <= 0x39 || line.text.charCodeAt(0) === 0x5b || line.text.charCodeAt(0) === 0x28 ? TIME_BEFORE.exec(line.text) : null;
    const from = time ? time[0].length : 0;
    const head = line.text.slice(from, from + MAX_LABEL_CHARS + MAX_TIME_CHARS + 2);
    const m = LABEL.exec(head) ?? (line.text.length - from <= head.length ? LABEL_WITH_TIME.exec(head) ?? (time ? NAME_ALONE.exec(head) : null) : null);
    if (!m || NOT_SPEAKERS.has(m[1].toLowerCase().split(/[\s']/)[0])) continue;
    let start = from + m[0].length;
    while (start < line.text.length && isSpaceCode(line.text.charCodeAt(start))) start++;
    turns.push({ line, label: m[1], start });
  }
  const labels = new Set(turns.map((t) => t.label.toLowerCase()));
  if (turns.length < MIN_TURNS || labels.size < 2) return NO_TRANSCRIPT;
  const mostlyTurns = turns.length >= MIN_TURN_SHARE * textLines;
  if (!mostlyTurns && !(labels.has('q') && labels.has('a'))) return NO_TRANSCRIPT;
  // Only a transcript's lines are looked up: most files stop above.
  const quoted = new Set(quotes.flatMap((q) => q.parts.map((p) => p.line)));
  const out: Turn[] = [];
  const speakerOfLine = new Map<number, string | undefined>();
  const add = (line: Line, start: number, speaker: string | undefined) => {
    speakerOfLine.set(line.index, speaker);
    if (quoted.has(line.index)) return;
    for (const turn of speechTurns(line, start, speaker)) out.push(turn);
  };
  // In a transcript proper, a turn runs on over the unlabelled paragraphs after it, up to the next
  // label: a statement read out at a news conference takes several. Not in an article with a Q-and-A
  // part (the article's own paragraphs would become the last answer), and eight paragraphs at most.
  // A stage direction ("(LAUGHTER)") is nobody's speech.
  let t = 0;
  let speaker: string | undefined;
  let runOn = 0;
  for (const line of lines) {
    if (t < turns.length && turns[t].line === line) {
      speaker = turns[t].label.length === 1 ? undefined : turns[t].label;
      runOn = mostlyTurns ? MAX_RUN_ON_PARAGRAPHS : 0;
      add(line, turns[t++].start, speaker);
    } else if (runOn > 0 && !skip(line.index) && !isBlank(line.text) && !STAGE_DIRECTION.test(line.text)) {
      runOn--;
      let start = 0;
      while (start < line.text.length && isSpaceCode(line.text.charCodeAt(start))) start++;
      add(line, start, speaker);
    }
  }
  return { turns: out, speakerOfLine };
}

/** Captions' speech (text/captions.ts): each paragraph speech by a speaker the captions do not name. */
function captionTurns(lines: Line[], skip: (line: number) => boolean): Transcript {
  const turns: Turn[] = [];
  const speakerOfLine = new Map<number, string | undefined>();
  for (const line of lines) {
    if (skip(line.index) || isBlank(line.text)) continue;
    speakerOfLine.set(line.index, undefined);
    let from = 0;
    while (from < line.text.length && isSpaceCode(line.text.charCodeAt(from))) from++;
    for (const turn of speechTurns(line, from, undefined)) turns.push(turn);
  }
  return { turns, speakerOfLine };
}

/**
 * A line's speech from `from` on as turns: one, or past TURN_WORDS words (a long answer, a video's
 * captions) overlapping turns of TURN_WORDS words, one every half that. A source quote is compared
 * by its first 400 words and read from its first 20,000 characters; any quote of up to half a turn
 * lies whole in one of them.
 */
function speechTurns(line: Line, from: number, speaker: string | undefined): Turn[] {
  const speech = line.text.slice(from).trimEnd();
  if (countWords(speech) < MIN_TURN_WORDS) return [];
  const turnOf = (start: number, end: number): Turn => ({ span: { parts: [{ start, end, contentStart: start, contentEnd: end, line: line.index }], text: line.text.slice(start - line.start, end - line.start), style: 'double' }, speaker });
  const words = speech.length <= SHORT_SPEECH_CHARS ? undefined : speechWords(speech, line.start + from);
  if (!words || words.length <= TURN_WORDS) return [turnOf(line.start + from, line.start + from + speech.length)];
  const out: Turn[] = [];
  for (let i = 0; ; i += TURN_WORDS / 2) {
    const last = Math.min(i + TURN_WORDS, words.length) - 1;
    out.push(turnOf(words[i].start, words[last].end));
    if (last === words.length - 1) return out;
  }
}

/** Words of a turn held whole (within the 400 a source quote is compared by). */
const TURN_WORDS = 300;
/** Speech this short has fewer words than that: not counted. */
const SHORT_SPEECH_CHARS = TURN_WORDS;
/** Characters read at a time, cut at a space (a quote's words are read from its first 20,000). */
const SPEECH_CHUNK = 16000;

/** Every word of a stretch of speech with its place (`base`: the offset of its first character), however long. */
function speechWords(text: string, base: number): QuoteToken[] {
  const out: QuoteToken[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + SPEECH_CHUNK);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from) to = space;
    }
    for (const w of quoteTokens(text.slice(from, to), base + from)) out.push(w);
    from = to;
  }
  return out;
}

/** Unlabelled paragraphs a turn runs on over, at most. */
const MAX_RUN_ON_PARAGRAPHS = 8;

/** "(LAUGHTER)", "[CROSSTALK]", "(END)": a note in a transcript, not a speaker's words. */
const STAGE_DIRECTION = /^\s*[([][^)\]]*[)\]]\s*$/;
