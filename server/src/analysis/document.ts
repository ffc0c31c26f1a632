/**
 * analyzeDocument: everything that can be known from one file alone. Boilerplate is decided first;
 * boilerplate and directive lines feed neither quotes nor claims.
 */
import { BoilerplateBlock, boilerplateBlocks, classifyBoilerplate } from './boilerplate/classify';
import { BoilerplateReason } from './boilerplate/phrases';
import { Claim, extractClaims, periodsOf } from './claims/extract';
import { Directive, parseDirectives } from './directives';
import { Attribution, attributeQuotes } from './quotes/attribution';
import { DEFAULT_CUES, buildCueSet } from './quotes/cues';
import { quoteWords } from './quotes/match';
import { QuoteSpan, UnbalancedMark, findQuotes } from './quotes/spans';
import { Line, splitLines } from './text/lines';
import { Sentence, contentWords, lineStems, splitSentences, stemWord } from './text/segment';

export interface AnalyzeOptions {
  extraBoilerplatePhrases?: string[];
  extraSpeechVerbs?: string[];
  /** Files longer than this (UTF-16 units) are not analysed; a file-too-large finding says so. */
  maxChars?: number;
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

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const lines = splitLines(text);
  const directives = parseDirectives(lines);
  const empty: DocumentAnalysis = { text, lines, tooLarge: false, boilerplate: new Map(), blocks: [], quotes: [], unbalanced: [], claimSentences: [], topicWords: [], directives };
  if (text.length > (options.maxChars ?? DEFAULT_MAX_CHARS)) return { ...empty, tooLarge: true };

  const directiveLines = new Set(directives.filter((d) => d.wholeLine).map((d) => d.line));
  const visible = directiveLines.size ? lines.map((l) => (directiveLines.has(l.index) ? { ...l, text: '' } : l)) : lines;
  const boilerplate = classifyBoilerplate(visible, { extraPhrases: options.extraBoilerplatePhrases });
  const blocks = boilerplateBlocks(visible, boilerplate);
  const skip = (l: number) => boilerplate.has(l) || directiveLines.has(l);

  const cues = options.extraSpeechVerbs?.length ? buildCueSet(options.extraSpeechVerbs) : DEFAULT_CUES;
  const { quotes: spans, unbalanced } = findQuotes(text, lines, skip);
  const attributions = options.indexOnly ? [] : attributeQuotes(text, lines, spans, cues);
  const quotes = spans.map((span, i) => ({ span, attribution: attributions[i], words: quoteWords(span.text.slice(0, 20000)) }));

  const claimSentences: ClaimSentence[] = [];
  const topic = new Set<string>();
  for (const line of visible) {
    if (!skip(line.index) && line.text.length <= 100_000) for (const w of line.text.length <= 4000 ? lineStems(line) : contentWords(line.text).map(stemWord)) topic.add(w);
    if (skip(line.index) || line.text.length === 0 || line.text.length > 100_000) continue;
    for (const sentence of splitSentences(line)) {
      const claims = extractClaims(sentence.text, sentence.start);
      if (claims.length === 0) continue;
      const claimText = new Set(claims.flatMap((c) => contentWords(c.text)));
      const context = [...new Set(contentWords(sentence.text).filter((w) => !claimText.has(w)).map(stemWord))];
      claimSentences.push({ sentence, claims, context, periods: periodsOf(sentence.text, sentence.start).periods });
    }
  }
  return { text, lines, tooLarge: false, boilerplate, blocks, quotes, unbalanced, claimSentences, topicWords: [...topic], directives };
}
