/**
 * analyzeDocument: everything that can be known from one file alone. Boilerplate is decided first;
 * boilerplate and directive lines feed neither quotes nor claims.
 */
import { BoilerplateBlock, boilerplateBlocks, classifyBoilerplate } from './boilerplate/classify';
import { BoilerplateReason } from './boilerplate/phrases';
import { Claim } from './claims/claim';
import { settleCurrencies } from './claims/currency';
import { extractClaims } from './claims/extract';
import { Directive, parseDirectives } from './directives';
import { Attribution, attributeQuotes } from './quotes/attribution';
import { DEFAULT_CUES, buildCueSet } from './quotes/cues';
import { quoteWords } from './quotes/match';
import { attributeOwnWords, attributeRepeats } from './quotes/repeats';
import { QuoteSpan, UnbalancedMark, findQuotes } from './quotes/spans';
import { transcriptTurns } from './quotes/transcript';
import { Line, positionAt, splitLines } from './text/lines';
import { captionSpeech } from './text/captions';
import { unwrap } from './text/wrap';
import { LineStems, Sentence, contentWords, splitSentences, stemWord, stripQuoteEdges } from './text/segment';

export interface AnalyzeOptions {
  extraBoilerplatePhrases?: string[];
  extraSpeechVerbs?: string[];
  /** Files longer than this (UTF-16 units) are not analysed; a file-too-large finding says so. */
  maxChars?: number;
  /** Terms never flagged: claims inside them, quotes of exactly them, lines of exactly them. */
  allowedTerms?: string[];
  /**
   * Only what the cross-file indexes need (no quote attribution). For indexing threads; the
   * result must not be checked.
   */
  indexOnly?: boolean;
}

export const DEFAULT_MAX_CHARS = 2_000_000;

export interface QuoteInfo {
  span: QuoteSpan;
  attribution: Attribution;
  /** Normalised words, for matching against other files. */
  words: string[];
  /** A transcript's labelled turn ("REYES: …"): a source for other files' quotes, never checked itself. */
  transcript?: boolean;
}

export interface ClaimSentence {
  sentence: Sentence;
  claims: Claim[];
  /** Stemmed content words of the sentence, claim values left out. */
  context: string[];
  periods: string[];
}

export interface DocumentAnalysis {
  text: string;
  lines: Line[];
  /**
   * A hard-wrapped file's paragraphs (see text/wrap.ts), each a line of the text with its wraps read
   * as spaces; absent when the file's lines are its paragraphs.
   */
  paragraphs?: Line[];
  tooLarge: boolean;
  boilerplate: Map<number, BoilerplateReason>;
  blocks: BoilerplateBlock[];
  quotes: QuoteInfo[];
  unbalanced: UnbalancedMark[];
  claimSentences: ClaimSentence[];
  /** Stemmed content words of the article text (boilerplate left out): what the file is about. */
  topicWords: string[];
  directives: Directive[];
}

/**
 * An analysis as the corpus keeps it and the checks read it: all but the topic words, which the
 * corpus's index holds as word ids (as strings they were a quarter of a kept analysis's memory).
 */
export type KeptAnalysis = Omit<DocumentAnalysis, 'topicWords'>;

export function withoutTopicWords(a: KeptAnalysis): KeptAnalysis {
  if (!('topicWords' in a)) return a;
  const { topicWords: _words, ...kept } = a as DocumentAnalysis;
  return kept;
}

/** Case-insensitive matching of the config's allowed terms. */
class AllowedTerms {
  private whole: Set<string>;
  private terms: string[];
  constructor(terms: string[]) {
    this.terms = terms.map((t) => t.trim().toLowerCase()).filter(Boolean);
    this.whole = new Set(this.terms.map(stripQuoteEdges));
  }
  get empty(): boolean {
    return this.terms.length === 0;
  }
  /** The text is exactly an allowed term (quote marks, spaces and end punctuation aside). */
  isWhole(text: string): boolean {
    return this.whole.has(stripQuoteEdges(text.toLowerCase()));
  }
  /** Claims whose value does not start inside an occurrence of an allowed term. */
  dropInside<T extends { start: number; end: number }>(sentence: string, base: number, claims: T[]): T[] {
    if (claims.length === 0 || this.terms.length === 0) return claims;
    const lower = sentence.toLowerCase();
    const spans: [number, number][] = [];
    for (const t of this.terms) for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) spans.push([base + i, base + i + t.length]);
    return claims.filter((c) => !spans.some(([a, b]) => c.start >= a && c.start < b));
  }
}

/**
 * An embedded post's signature, "— Emmanuel Macron (@EmmanuelMacron) December 7, 2024": its date is
 * the post's, one of many a story embeds, no claim of the story's (two pages embedding two posts
 * warned "December 7 here; November 29 in 1 other file").
 */
const POST_SIGNATURE = /^\s*[\u2014\u2013-]\s?[^()\n]{1,80}\(@\w{1,30}\)/;

/** "Label: value" fields, the first letter of the label a capital: "RRP: £23.99", "More info: …". */
const INFO_LABEL = /(?:^|\s)\p{Lu}[\p{L}]{0,15}(?: [\p{L}]{1,15})?:\s/gu;

/**
 * A line of three labelled fields or more and no list ("Tested by: … RRP: £23.99 More info: …") is a product or
 * fact box: the same template on another page of the site holds another product's figures, so its
 * values are no claims (two reviews on one site warned "£40 here; £23.99 in 1 other file").
 */
function isInfoBox(line: string): boolean {
  // A sentence listing titles ("They include: Attack on Titan: Final Battle, …") has commas.
  if (line.indexOf(':') < 0 || line.includes(', ')) return false;
  let n = 0;
  INFO_LABEL.lastIndex = 0;
  while (INFO_LABEL.exec(line) && ++n < 3);
  return n >= 3;
}

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const lines = splitLines(text);
  const directives = parseDirectives(lines);
  const empty: DocumentAnalysis = { text, lines, tooLarge: false, boilerplate: new Map(), blocks: [], quotes: [], unbalanced: [], claimSentences: [], topicWords: [], directives };
  if (text.length > (options.maxChars ?? DEFAULT_MAX_CHARS)) return { ...empty, tooLarge: true };

  const directiveLines = new Set(directives.filter((d) => d.wholeLine).map((d) => d.line));
  // Captions are read as one stretch of speech (text/captions.ts). A directive alone on its line is
  // a line of its own; one at the end of a line of text is read with it.
  const captions = directives.length === 0 ? captionSpeech(text, lines) : undefined;
  const wrapped = captions ?? unwrap(text, lines, (l) => directiveLines.has(l));
  if (!wrapped) {
    const found = analyzeParagraphs(text, lines, directiveLines, options);
    // Blocks over the lines as written: a directive line between two furniture lines parts them, so
    // removing the furniture never removes the writer's directive.
    return { text, lines, paragraphs: undefined, tooLarge: false, ...found, blocks: boilerplateBlocks(lines, found.boilerplate), directives };
  }
  // A hard-wrapped file is read paragraph by paragraph; what was found is then told by the lines as
  // written (findings, fixes and directives are the writer's lines).
  const { paragraphs } = wrapped;
  const lineAt = (offset: number) => positionAt(lines, offset).line;
  const found = analyzeParagraphs(wrapped.text, paragraphs, new Set([...directiveLines].map((l) => positionAt(paragraphs, lines[l].start).line)), options, !!captions);
  const boilerplate = new Map<number, BoilerplateReason>();
  for (const [p, reason] of found.boilerplate) for (let l = lineAt(paragraphs[p].start); l <= lineAt(paragraphs[p].end); l++) boilerplate.set(l, reason);
  for (const q of found.quotes) for (const part of q.span.parts) part.line = lineAt(part.start);
  for (const u of found.unbalanced) u.line = lineAt(u.offset);
  for (const cs of found.claimSentences) cs.sentence.line = lineAt(cs.sentence.start);
  return { text, lines, paragraphs, tooLarge: false, ...found, boilerplate, blocks: boilerplateBlocks(lines, boilerplate), directives };
}

/**
 * Boilerplate, quotes and claims of a text whose lines are its paragraphs; results name lines by
 * their index in `lines`. `speech`: every paragraph is speech by an unnamed speaker (captions).
 */
function analyzeParagraphs(text: string, lines: Line[], directiveLines: Set<number>, options: AnalyzeOptions, speech = false): Pick<DocumentAnalysis, 'boilerplate' | 'quotes' | 'unbalanced' | 'claimSentences' | 'topicWords'> {
  const visible = directiveLines.size ? lines.map((l) => (directiveLines.has(l.index) ? { ...l, text: '' } : l)) : lines;
  const allowed = new AllowedTerms(options.allowedTerms ?? []);
  const stems = new LineStems();
  const boilerplate = classifyBoilerplate(visible, { extraPhrases: options.extraBoilerplatePhrases, stems });
  if (!allowed.empty) for (const l of [...boilerplate.keys()]) if (allowed.isWhole(lines[l].text)) boilerplate.delete(l);
  const skip = (l: number) => boilerplate.has(l) || directiveLines.has(l);

  const cues = options.extraSpeechVerbs?.length ? buildCueSet(options.extraSpeechVerbs) : DEFAULT_CUES;
  const found = findQuotes(text, lines, skip);
  const unbalanced = found.unbalanced;
  const spans = allowed.empty ? found.quotes : found.quotes.filter((q) => !allowed.isWhole(q.text));
  const attributions = options.indexOnly ? [] : attributeQuotes(text, lines, spans, cues);
  // Built by push, as quoteWords explains.
  const quotes: QuoteInfo[] = [];
  for (let i = 0; i < spans.length; i++) quotes.push({ span: spans[i], attribution: attributions[i], words: quoteWords(spans[i].text) });
  // A quote the text ends inside, mid-word ("… seeps into my blood" of "bloodstream"), lost its last
  // word's end with the rest of the page: that word is not compared with any source.
  const last = quotes.at(-1);
  if (last && cutAtTextEnd(text, last.span.parts[last.span.parts.length - 1].contentEnd) && last.words.length > 1) last.words.pop();
  const { turns, speakerOfLine } = transcriptTurns(lines, skip, spans, speech);
  // A quote inside a turn ("A: One of the habits, “Put first things first”, …") is the turn's speaker quoting.
  for (const q of quotes) {
    const line = q.span.parts[0].line;
    if (q.attribution && !q.attribution.attributed && speakerOfLine.has(line)) {
      q.attribution.attributed = true;
      q.attribution.speaker = speakerOfLine.get(line);
      q.attribution.cue = 'transcript label';
    }
  }
  if (turns.length) {
    for (const t of turns) {
      const attribution: Attribution = { attributed: true, needsSpeaker: false, speaker: t.speaker, cue: 'transcript label', searched: '' };
      quotes.push({ span: t.span, attribution, words: quoteWords(t.span.text), transcript: true });
    }
    quotes.sort((a, b) => a.span.parts[0].start - b.span.parts[0].start);
  }
  if (!options.indexOnly) {
    attributeRepeats(quotes.map((q) => ({ attribution: q.attribution, words: q.words, line: q.span.parts[0].line })));
    attributeOwnWords(quotes, text, lines, skip, cues);
  }

  const claimSentences: ClaimSentence[] = [];
  const topicLines: number[][] = [];
  for (const line of visible) {
    if (!skip(line.index) && line.text.length <= 100_000) topicLines.push(stems.ofWhole(line));
    if (skip(line.index) || line.text.length === 0 || line.text.length > 100_000 || isInfoBox(line.text) || POST_SIGNATURE.test(line.text)) continue;
    for (const sentence of splitSentences(line)) {
      const found = extractClaims(sentence.text, sentence.start);
      const claims = allowed.dropInside(sentence.text, sentence.start, found.claims);
      if (claims.length === 0) continue;
      claimSentences.push({ sentence, claims, context: claimContext(sentence.text, claims), periods: found.periods });
    }
  }
  settleCurrencies(claimSentences.flatMap((cs) => cs.claims));
  const topicWords: string[] = [];
  for (const id of stems.distinct(topicLines)) topicWords.push(stems.word(id));
  return { boilerplate, quotes, unbalanced, claimSentences, topicWords };
}

/**
 * The sentence's content words but its claims' own, stemmed, each once in the order first met: the
 * words that pair the sentence with another file's. One pass: the filter, map and two sets it
 * replaces took about 1% of an indexing thread's profile.
 */
function claimContext(sentence: string, claims: Claim[]): string[] {
  const claimWords = new Set<string>();
  for (const c of claims) for (const w of contentWords(c.text)) claimWords.add(w);
  const seen = new Set<string>();
  const context: string[] = [];
  for (const w of contentWords(sentence)) {
    if (claimWords.has(w)) continue;
    const stem = stemWord(w);
    if (seen.has(stem)) continue;
    seen.add(stem);
    context.push(stem);
  }
  return context;
}

/** The text ends at `end` (but for spaces) on a letter: cut off mid-word, as an excerpt or a page saved before it loaded leaves it. */
function cutAtTextEnd(text: string, end: number): boolean {
  const k = text.trimEnd().length;
  return end >= k && k > 0 && /\p{L}/u.test(text[k - 1]);
}
