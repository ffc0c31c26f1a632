/**
 * unattributed-quote: a direct quote whose sentence names no speaker with a speech verb (or words
 * quoted in a sentence whose speaker another file names, and this sentence leaves out). When
 * another file has the same quote with a speaker, the hover says so and the fix inserts it.
 */
import { RuleContext, RuleFinding, RuleModule, lineNo, paragraphAt } from './context';
import { attributionEdits } from './quote-fix';
import { SourceMatch, matchingSourceQuotes } from './quote-sources';
import { namedSpeaker, namesACharge, speakerTokens } from '../quotes/attribution';
import { QuoteInfo } from '../document';
import { countWords, words } from '../text/segment';

export const unattributedQuote: RuleModule = {
  id: 'unattributed-quote',
  check(ctx: RuleContext): RuleFinding[] {
    const out: RuleFinding[] = [];
    // A mark never closed inside a paragraph is warned by unbalanced-quote, and may be no quote at
    // all (a nickname that lost its closing mark: "Sean “Diddy Combs was convicted …"). One opening
    // its paragraph is a paragraph of speech, judged as before.
    const unclosed = new Set(ctx.analysis.unbalanced.filter((u) => u.kind === 'unclosed').map((u) => u.offset));
    for (const q of ctx.analysis.quotes) {
      if (unclosed.has(q.span.parts[q.span.parts.length - 1].start) && !opensItsParagraph(ctx, q)) continue;
      const partial = !q.attribution.needsSpeaker;
      // A noun shaped like a speech verb ("The pledge was “…”") names no speaker for words quoted in a sentence.
      if ((q.attribution.attributed && !(partial && q.attribution.nounCue)) || q.transcript) continue;
      if (partial && q.words.length < 5) continue;
      const part = q.span.parts[0];
      if (!partial && isQuotedHeading(ctx, q)) continue;
      // Only a named speaker is offered: a pronoun's guess would put a wrong name in the article.
      const elsewhere = matchingSourceQuotes(ctx, q).filter((m) => m.quote.attribution.attributed && namedSpeaker(m.quote.attribution));
      const best = elsewhere[0];
      if (partial && !partialNeedsSpeaker(ctx, q, best)) continue;
      const where = best ? `${ctx.display(best.file)} line ${lineNo(ctx.corpus.get(best.file)!, best.quote.span.parts[0].start)}` : '';
      const searched = q.attribution.searched.replace(/\s+/g, ' ').trim();
      const detail = [
        partial
          ? `**Why:** these words are quoted from ${best!.quote.attribution.speaker} in ${where}, and this sentence does not say whose they are: no speech verb (said, told, called, according to …) and no mention of ${best!.quote.attribution.speaker}.`
          : '**Why:** a direct quotation must say who said it. No speaker with a speech verb (said, told, added, according to, quoted … as saying, “Name: …”) was found in its sentence, and no attributed quote shares its paragraph.',
        '',
        `Searched outside the quote marks: \`${searched || '(nothing: the quote is the whole sentence)'}\``,
        best ? `\nThe same quote is attributed to **${best.quote.attribution.speaker}** in ${where}.` : '\nNo other file in the workspace attributes this quote.',
      ].join('\n');
      const fixes = [];
      if (best) fixes.push({ title: `Attribute to ${best.quote.attribution.speaker} (as in ${ctx.display(best.file)})`, edits: attributionEdits(ctx.analysis.text, q.span, best.quote.attribution.speaker!) });
      fixes.push({ title: 'Insert a placeholder attribution', edits: attributionEdits(ctx.analysis.text, q.span, '[SPEAKER]') });
      out.push({
        rule: 'unattributed-quote',
        start: part.start,
        end: part.end,
        message: best ? `Quote has no speaker here; ${where} attributes it to ${best.quote.attribution.speaker}.` : 'Quote has no speaker: no name with a speech verb (said, told, according to …) in its sentence.',
        detail,
        related: best ? [{ file: best.file, line: lineNo(ctx.corpus.get(best.file)!, best.quote.span.parts[0].start) - 1, start: best.quote.span.parts[0].start, end: best.quote.span.parts[0].end, message: `attributed to ${best.quote.attribution.speaker}` }] : [],
        fixes,
      });
    }
    return out;
  },
};

/** The paragraph holding an offset of the file checked (its line; a hard-wrapped file's lines read as one). */
const lineAt = (ctx: RuleContext, offset: number) => paragraphAt(ctx.analysis, offset);

/** The quote's first mark opens its line: only spaces before it. */
function opensItsParagraph(ctx: RuleContext, q: QuoteInfo): boolean {
  const part = q.span.parts[0];
  const line = lineAt(ctx, part.start);
  return ctx.analysis.text.slice(line.start, part.start).trim() === '';
}

/**
 * Words quoted inside a sentence ("The findings were “encouraging but not the final word”.") need
 * a speaker once another file gives them one by name: unless the sentence names that speaker
 * anyway ("For Blake, the results were …"), is a headline (no closing stop; "Sanders: …"), or the
 * words are a title.
 */
function partialNeedsSpeaker(ctx: RuleContext, q: QuoteInfo, best: SourceMatch | undefined): boolean {
  if (!best || titleCased(q.span.text) || HEADLINE_SPEAKER.test(q.attribution.searched)) return false;
  // "convicted on two counts of “conspiracy to collude with foreign forces”": a charge's name, whoever else quotes it.
  const part = q.span.parts[0];
  if (namesACharge(ctx.analysis.text.slice(lineAt(ctx, part.start).start, part.start))) return false;
  const line = lineAt(ctx, q.span.parts[q.span.parts.length - 1].end).text.trimEnd();
  if (!/[.!?]["'\u201D\u2019)]*$/.test(line)) return false;
  const named = speakerTokens(namedSpeaker(best.quote.attribution));
  return !words(q.attribution.searched).some((w) => named.has(w.text.toLowerCase()));
}

/**
 * A heading's short quote with no closing stop, ending its line: a line that is nothing but the
 * quote, "'Layoff processes are the ultimate test of a leadership team's empathy'" (a subhead or a
 * pull quote over the text that attributes it), or a headline of at most 30 words closing on it
 * after a colon, "Trump slaps at least 10% tariffs on almost all imports in ‘Declaration of Economic
 * Independence’: ‘Half of what they are charging us’" (its subject speaks, as headlines
 * attribute). A year may follow it: "“Cloudflare Down: Outage Hits ChatGPT, X & Major Platforms” 2025".
 * Not a paragraph of speech, which ends as a sentence: "“… who needed it.”".
 */
function isQuotedHeading(ctx: RuleContext, q: QuoteInfo): boolean {
  if (q.span.parts.length !== 1 || q.words.length > 20) return false;
  const part = q.span.parts[0];
  const line = lineAt(ctx, part.start);
  const text = ctx.analysis.text;
  if (!headingTail(text.slice(part.end, line.end).trim()) || /[.!?;,\u2026]\s*$/.test(text.slice(part.contentStart, part.contentEnd))) return false;
  const before = text.slice(line.start, part.start).trim();
  return before === '' || (before.endsWith(':') && countWords(line.text) <= HEADLINE_WORDS);
}
/** What may follow a heading's quote on its line: nothing, or a year ("“Cloudflare Down: …” 2025", "(2025)"). */
const headingTail = (after: string) => after === '' || HEADING_YEAR.test(after);
const HEADING_YEAR = /^\(?(?:19|20)\d\d\)?$/;

/** Most words of a headline. */
const HEADLINE_WORDS = 30;

/** A headline's "Sanders: Clinton needs to 'get away from …'": the name before the colon speaks. */
const HEADLINE_SPEAKER = /^\s*\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){0,3}:/u;

/** Most words capitalised: a title ("As 5 Etapas para Alfabetizar seus Filhos em Casa"), not speech. */
function titleCased(text: string): boolean {
  const ws = text.match(/\p{L}+/gu) ?? [];
  return ws.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > ws.length;
}
