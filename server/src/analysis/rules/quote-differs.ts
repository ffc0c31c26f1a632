/**
 * quote-differs: the nearest source quote by the same speaker has other words. Spelling (US/UK),
 * case, quote marks and punctuation never count, and a quote that is part of a longer source quote
 * matches it. Only when no source has this wording is it flagged, so the odd one out is the one
 * warned, not the files that agree.
 * quote-not-in-sources: no other file has the quote at all (off by default).
 */
import { QuoteInfo } from '../document';
import { EDITED, containsRun, describeDiff, edited, quoteTokens, spellings } from '../quotes/match';
import { namedSpeaker, sameSpeaker } from '../quotes/attribution';
import { RuleContext, RuleFinding, RuleModule, lineNo, readText } from './context';
import { SourceMatch, matchingSourceQuotes, sourceQuoteCandidates, wordsIn } from './quote-sources';
import { MAX_QUOTE_WORDS } from '../corpus';
import { outvotedFiles } from './claim-conflict';

const PARTIAL_QUOTE_WORDS = 6;

export const quoteDiffers: RuleModule = {
  id: 'quote-differs',
  check(ctx: RuleContext): RuleFinding[] {
    const out: RuleFinding[] = [];
    const checked = ctx.analysis.quotes.filter((q) => !q.transcript && q.words.length >= (q.attribution.needsSpeaker ? 5 : PARTIAL_QUOTE_WORDS));
    // Found only once a quote differs somewhere: most files' quotes all match their sources.
    let heldWhole: Map<QuoteInfo, QuoteInfo> | undefined;
    const held = () => (heldWhole ??= sourcesHeldWhole(ctx, checked));
    for (const q of checked) {
      // A guessed speaker (a pronoun) filters nothing: a wrong guess would hide the source quote.
      const matches = matchingSourceQuotes(ctx, q).filter((m) => sameSpeaker(namedSpeaker(q.attribution), namedSpeaker(m.quote.attribution)));
      // A source with my words vouches for the words it covers: a quote joined from two (“… marathons.
      // Even a small increase …”) still differs where another source has the rest otherwise.
      const vouched = vouchedWords(matches.filter((m) => m.consistent), q.words.length);
      let differing = matches.filter((m) => !m.consistent && !changesVouched(m, vouched) && !partOfAnother(q, m, held()));
      if (differing.length === 0) continue;
      if (vouchJoined(ctx, q, vouched)) differing = differing.filter((m) => !changesVouched(m, vouched));
      if (differing.length === 0) continue;
      // One wording against another, and this file's claims show every file of the other wording to
      // be outvoted elsewhere: the quote was changed there, not here (as claim-conflict decides ties).
      const odd = outvotedFiles(ctx);
      if (differing.every((m) => odd.has(m.file))) continue;
      differing.sort((a, b) => b.share - a.share);
      const best = differing[0];
      const spelt = spellings(q.span.text);
      const describe = (m: SourceMatch) => describeDiff(m.alignment.ops, spelt, spellings(m.quote.span.text));
      const diff = describe(best);
      // Where each source says it, found once (a transcript's turn is read word by word for it).
      const stretches = differing.slice(0, 10).map((m) => sourceStretch(ctx, m));
      const srcLine = lineNo(ctx.corpus.get(best.file)!, stretches[0].start);
      const part = q.span.parts[0];
      const related = stretches.map((p, k) => {
        const m = differing[k];
        return { file: m.file, line: lineNo(ctx.corpus.get(m.file)!, p.start) - 1, start: p.start, end: p.end, message: `source wording: ${describe(m)}` };
      });
      const fixes = [];
      const replacement = sourceWording(ctx, q, best);
      if (replacement) fixes.push({ title: `Use the wording of ${ctx.display(best.file)}`, edits: [replacement] });
      out.push({
        rule: 'quote-differs',
        start: part.start,
        end: part.end,
        message: `Quote differs from ${ctx.display(best.file)} line ${srcLine}: ${diff}.`,
        detail: [
          `**Why:** the same quote${namedSpeaker(best.quote.attribution) ? ` by ${namedSpeaker(best.quote.attribution)}` : ''} reads differently in ${differing.length} other file${differing.length === 1 ? '' : 's'}, and no file has this wording. Spelling (recognised/recognized), case and punctuation are not counted.`,
          '',
          `Changes from ${ctx.display(best.file)} line ${srcLine} to this quote: **${diff}**`,
          '',
          `> ${sourceQuoteText(ctx, best, stretches[0]).slice(0, 400)}`,
        ].join('\n'),
        related,
        fixes,
      });
    }
    return out;
  },
};

/**
 * Source quotes that one of my quotes (those the rule checks; a partial quote inside a sentence is
 * checked once long enough not to be a term or a title) holds whole, word for word, each with that quote.
 */
function sourcesHeldWhole(ctx: RuleContext, checked: QuoteInfo[]): Map<QuoteInfo, QuoteInfo> {
  const out = new Map<QuoteInfo, QuoteInfo>();
  for (const q of checked) for (const m of matchingSourceQuotes(ctx, q)) if (m.consistent && !out.has(m.quote) && containsRun(q.words, m.quote.words)) out.set(m.quote, q);
  return out;
}

/**
 * The source quote matches only part of my quote and another quote of mine holds it word for word:
 * it is that quote's source, its few words here a common phrase ("… and I'm so happy that I was
 * able to win this" against "But I'm glad I was able to", which the speaker's other quote has).
 */
function partOfAnother(q: QuoteInfo, m: SourceMatch, heldWhole: Map<QuoteInfo, QuoteInfo>): boolean {
  const holder = heldWhole.get(m.quote);
  return holder !== undefined && holder !== q && !m.consistent && (m.lead > 0 || m.lead + myWordsIn(m) < q.words.length);
}

/** My words (by index) that a source holding them unchanged covers. */
function vouchedWords(consistent: SourceMatch[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const m of consistent) out.fill(1, Math.min(m.lead, n), Math.min(m.lead + myWordsIn(m), n));
  return out;
}

/** Words a quote of the same speaker must share with my start or end, in order, to vouch for them. */
const JOINED_RUN_WORDS = 4;

/**
 * A quote joined from two of another file's ("Ana was a harbour girl. Ana was a skipper" from "Ana
 * was a harbour girl," … "Ana was a skipper. Ana went to chapel …"): a source quote of the same
 * speaker that begins with my last words (or ends with my first) vouches for them, though it shares
 * too little of the rest to be the same quote. Returns whether any word was vouched anew.
 */
function vouchJoined(ctx: RuleContext, q: QuoteInfo, vouched: Uint8Array): boolean {
  const mine = q.words.slice(0, MAX_QUOTE_WORDS);
  const speaker = namedSpeaker(q.attribution);
  let added = false;
  for (const c of sourceQuoteCandidates(ctx, mine)) {
    const other = ctx.corpus.quotesOf(c.file)![c.index];
    if (!sameSpeaker(speaker, namedSpeaker(other.attribution))) continue;
    const tail = overlapRun(mine, other.words);
    const head = overlapRun(other.words, mine);
    if (tail >= JOINED_RUN_WORDS) added = mark(vouched, mine.length - tail, mine.length) || added;
    if (head >= JOINED_RUN_WORDS) added = mark(vouched, 0, head) || added;
  }
  return added;
}

/** Marks words [from, to) vouched for; whether any was not yet. */
function mark(vouched: Uint8Array, from: number, to: number): boolean {
  let added = false;
  for (let k = from; k < to; k++) {
    if (vouched[k]) continue;
    vouched[k] = 1;
    added = true;
  }
  return added;
}

/** Longest run a joined part is looked for: a longer shared run makes the two the same quote anyway. */
const JOINED_RUN_MAX = 60;

/** The most words (up to JOINED_RUN_MAX) that end `a` and begin `b`. */
function overlapRun(a: readonly string[], b: readonly string[]): number {
  for (let k = Math.min(a.length - 1, b.length, JOINED_RUN_MAX); k > 0; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = a[a.length - k + i] === b[i];
    if (same) return k;
  }
  return 0;
}

/** How many of my words the aligned stretch covers: a substitution can stand for several ("wholly overlooked → ignored"). */
function myWordsIn(m: SourceMatch): number {
  let n = 0;
  for (const o of m.alignment.ops) if (o.op !== 'del') n += wordsIn(o.mine);
  return n;
}

/** Every word of mine this source has otherwise (and each place it has words I lack) is vouched for by another source. */
function changesVouched(m: SourceMatch, vouched: Uint8Array): boolean {
  const ok = (k: number) => k < 0 || k >= vouched.length || vouched[k] === 1;
  let at = m.lead;
  for (const o of m.alignment.ops) {
    const n = o.op === 'del' ? 0 : wordsIn(o.mine);
    if (o.op === 'del' ? !ok(at - 1) || !ok(at) : o.op !== 'same' && !edited(o) && !allVouched(vouched, at, n)) return false;
    at += n;
  }
  return true;
}

function allVouched(vouched: Uint8Array, from: number, n: number): boolean {
  for (let k = from; k < from + n; k++) if (k < vouched.length && vouched[k] !== 1) return false;
  return true;
}

/** The source's words for the quote, as the hover shows them: a turn's aligned stretch (`stretch`, from sourceStretch), breaks as spaces. */
function sourceQuoteText(ctx: RuleContext, m: SourceMatch, stretch: { start: number; end: number }): string {
  const doc = ctx.corpus.get(m.file)!;
  const sp = m.quote.span.parts[0];
  const { start, end } = m.quote.transcript ? stretch : { start: sp.contentStart, end: sp.contentEnd };
  return readText(doc, start, end).replace(/[\r\n]+/g, ' ');
}

/**
 * Where a source says the quote: its quote's first part, or in a transcript's turn (a long answer,
 * a video's whole captions) the words the quote was aligned with.
 */
function sourceStretch(ctx: RuleContext, m: SourceMatch): { start: number; end: number } {
  const sp = m.quote.span.parts[0];
  if (!m.quote.transcript || m.quote.span.parts.length !== 1) return sp;
  const words = quoteTokens(readText(ctx.corpus.get(m.file)!, sp.contentStart, sp.contentEnd), sp.contentStart);
  const s = words[m.alignment.from];
  const e = words[m.alignment.to - 1];
  return words.length === m.quote.words.length && s && e ? { start: s.start, end: e.end } : sp;
}

/** Replace my words over the aligned stretch with the source's own text for it (one-part quotes only). */
function sourceWording(ctx: RuleContext, q: QuoteInfo, m: SourceMatch) {
  if (q.span.parts.length !== 1 || m.quote.span.parts.length !== 1) return undefined;
  const mp = q.span.parts[0];
  const sp = m.quote.span.parts[0];
  const srcDoc = ctx.corpus.get(m.file)!;
  const myWords = quoteTokens(ctx.analysis.text.slice(mp.contentStart, mp.contentEnd), mp.contentStart);
  const srcWords = quoteTokens(readText(srcDoc, sp.contentStart, sp.contentEnd), sp.contentStart);
  // The diff's words must be the text's tokens one for one (a quote's text and its content could
  // differ), and a bracketed insertion is the writer's, never replaced.
  if (myWords.length !== q.words.length || srcWords.length !== m.quote.words.length) return undefined;
  if (q.words.includes(EDITED) || m.quote.words.includes(EDITED)) return undefined;
  const lead = m.lead;
  const a = myWords[lead];
  const b = myWords[lead + myWordsIn(m) - 1];
  const s = srcWords[m.alignment.from];
  const e = srcWords[m.alignment.to - 1];
  if (!a || !b || !s || !e) return undefined;
  // (A hard-wrapped source's line breaks are its own layout, not the words': read as spaces.)
  let newText = readText(srcDoc, s.start, e.end).replace(/\s+/g, ' ');
  // The same first word in another case keeps mine: the source's "The" opens its sentence, my "the" does not.
  if (a.text !== s.text && a.text.toLowerCase() === s.text.toLowerCase()) newText = a.text + newText.slice(s.text.length);
  return { start: a.start, end: b.end, newText };
}

export const quoteNotInSources: RuleModule = {
  id: 'quote-not-in-sources',
  check(ctx: RuleContext): RuleFinding[] {
    const out: RuleFinding[] = [];
    if (ctx.corpus.size < 2) return out;
    for (const q of ctx.analysis.quotes) {
      if (q.transcript || !q.attribution.needsSpeaker || q.words.length < 5) continue;
      if (matchingSourceQuotes(ctx, q).length > 0) continue;
      const part = q.span.parts[0];
      out.push({
        rule: 'quote-not-in-sources',
        start: part.start,
        end: part.end,
        message: `No other file in the workspace contains this quote (${ctx.corpus.size - 1} file${ctx.corpus.size === 2 ? '' : 's'} searched).`,
        detail: '**Why:** every quote should be traceable to a source. Matching ignores case, punctuation and US/UK spelling, and a quote that is part of a longer source quote counts as found.',
        related: [],
        fixes: [],
      });
    }
    return out;
  },
};
