/**
 * unattributed-quote: a direct quote whose sentence names no speaker with a speech verb. When
 * another file has the same quote with a speaker, the hover says so and the fix inserts it.
 */
import { RuleContext, RuleFinding, RuleModule, lineNo } from './context';
import { attributionEdits } from './quote-fix';
import { matchingSourceQuotes } from './quote-sources';
import { namedSpeaker } from '../quotes/attribution';

export const unattributedQuote: RuleModule = {
  id: 'unattributed-quote',
  check(ctx: RuleContext): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const q of ctx.analysis.quotes) {
      if (q.attribution.attributed || !q.attribution.needsSpeaker) continue;
      const part = q.span.parts[0];
      // Only a named speaker is offered: a pronoun's guess would put a wrong name in the article.
      const elsewhere = matchingSourceQuotes(ctx, q).filter((m) => m.quote.attribution.attributed && namedSpeaker(m.quote.attribution));
      const best = elsewhere[0];
      const where = best ? `${ctx.display(best.file)} line ${lineNo(ctx.corpus.get(best.file)!, best.quote.span.parts[0].start)}` : '';
      const searched = q.attribution.searched.replace(/\s+/g, ' ').trim();
      const detail = [
        '**Why:** a direct quotation must say who said it. No speaker with a speech verb (said, told, added, according to, quoted … as saying, “Name: …”) was found in its sentence, and no attributed quote shares its paragraph.',
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
