/**
 * The line of a company's results a sum is said of: "Gaming revenue reached $3.3 billion", "the
 * gaming segment added $4.30 billion", "iPhone sales rose to $46.2 billion". Outlets give each line
 * in sentences of their own wording, so a line is a measure a story states once (see
 * claim-conflict's story measures).
 */
import { Claim } from './claim';

/**
 * A name of one or two words, then the word that makes it a line of results. Plurals ("segments",
 * "revenues") often name several. A name starts only where a word does, so a long word of
 * apostrophes and hyphens is scanned once, not from each of its letters.
 */
const LINE_NAME = /(?<![\p{L}\d'’-])(?:([\p{L}][\p{L}\d'’-]*) )?([\p{L}][\p{L}\d'’-]*) (?:revenue|sales|segment|division|unit)\b/gu;

/**
 * Words that are no line's name: "total revenue", "quarterly sales", "its revenue", "third-quarter
 * revenue", "the company said sales …". A name is what is left once they are dropped.
 */
const NOT_A_NAME = new Set(
  ('the a an its their his her our this that these those total overall net gross quarterly annual yearly record group company ' +
    'fiscal reported first second third fourth full-year half-year core organic underlying adjusted operating consolidated ' +
    'global worldwide combined comparable like-for-like same-store said says and or but with while as in of for on by from to ' +
    'has had have was were is are be been after before than also whose which who where when overall higher lower strong weak ' +
    'business quarter year month period')
    .split(' '),
);

/** Words between a line and a sum that tie the sum to something else: a comparison, several lines' sums, another measure of the line ("AWS segment operating income grew to $10.4 billion"). */
const NOT_OF_THE_LINE = /\b(?:than|compared|against|versus|respectively|income|profits?|earnings|margins?|loss(?:es)?|ebitda|operating|costs?|expenses|spending|capex|backlog|orders)\b/i;

/** Words in a sum's clause that make it expected, not reported: "Analysts project 'Automotive sales' to be $19.32 billion". */
const EXPECTED = /\b(?:estimate[sd]?|expect\w*|forecast\w*|project(?:s|ed|ing|ions?)?|predict\w*|anticipat\w*|guidance|outlook|consensus|analysts?)\b/i;

/** Words right before a sum that make it an earlier or another figure: "rose from $3.3 billion", "more than $4 billion". */
const OTHER_FIGURE_BEFORE = /\b(?:from|than|versus|vs\.?|against|with|of which)\s*$/i;

/** A line named with another before it: "automotive and gaming revenue", "gaming & automotive sales". */
const SHARED_NAME_BEFORE = /(?:\band|\bor|&)\s*$/i;

/** How far before its sum a line may be named: "Gaming revenue rose 30% year-over-year to $4.3 billion". */
const LINE_SPAN = 80;

/** A written name's key: lower case, hyphens as spaces ("Data-Center" and "data center" are one line). */
const nameKey = (words: string[]) => words.join(' ').toLowerCase().replace(/[-\u2010\u2011]/g, ' ');

/** The name a LINE_NAME match gives, past possessives and words that name no line; undefined for none. */
function lineName(first: string | undefined, second: string): string | undefined {
  const possessive = (w: string) => /['’]s?$/.test(w);
  const generic = (w: string) => NOT_A_NAME.has(w.toLowerCase()) || /quarter|year|month/i.test(w) || possessive(w);
  if (generic(second)) return undefined;
  return nameKey(first && !generic(first) ? [first, second] : [second]);
}

/**
 * Gives each sum a line's name when one line is named before it in its clause, with no other sum,
 * line or comparison between: "Gaming revenue rose 30% … to $4.3 billion" (gaming), not the "$3.3
 * billion" of "… to $4.3 billion from $3.3 billion", nor either sum of "Automotive and gaming
 * revenues were $592 million and $4.3 billion respectively".
 */
export function markResultLines(claims: Claim[], sentence: string, base: number): void {
  let previousSum = 0;
  for (const c of claims) {
    if (c.kind !== 'money') continue;
    const at = c.start - base;
    const clause = clauseStart(sentence, at);
    const from = Math.max(previousSum, at - LINE_SPAN, clause);
    previousSum = c.end - base;
    if (c.conversion) continue;
    const before = sentence.slice(from, at);
    let name: string | undefined;
    let lines = 0;
    let end = 0;
    LINE_NAME.lastIndex = 0;
    for (let m = LINE_NAME.exec(before); m; m = LINE_NAME.exec(before)) {
      const found = lineName(m[1], m[2]);
      if (!found) continue;
      // "Automotive and gaming revenue": the words before name another line, so this is no one line's.
      if (/^(?:and|or)$/i.test(m[1] ?? '') || SHARED_NAME_BEFORE.test(before.slice(0, m.index))) lines++;
      lines++;
      name = found;
      end = m.index + m[0].length;
    }
    if (lines === 1 && !NOT_OF_THE_LINE.test(before.slice(end)) && !OTHER_FIGURE_BEFORE.test(before) && !EXPECTED.test(sentence.slice(clause, at))) c.line = name;
  }
}

/** Where the clause holding `at` begins: after the last full stop, semicolon, colon or dash before it. */
function clauseStart(sentence: string, at: number): number {
  for (let k = at - 1; k >= 0; k--) if (/[.;:!?\u2014]/.test(sentence[k]) && !/\d/.test(sentence[k + 1] ?? '')) return k + 1;
  return 0;
}
