/**
 * The line of a company's results a sum is said of: "Gaming revenue reached $3.3 billion", "the
 * gaming segment added $4.30 billion", "iPhone sales rose to $46.2 billion". Outlets give each line
 * in sentences of their own wording, so a line is a measure a story states once (see
 * claim-conflict's story measures).
 */
import { Claim } from './claim';

/**
 * A name of one or two words, then the word that makes it a line of results. Plurals ("segments")
 * often name several; "revenues" is one line's as often ("Google Cloud revenues increased"). A
 * name starts only where a word does, so a long word of apostrophes and hyphens is scanned once,
 * not from each of its letters.
 */
const LINE_NAME = /(?<![\p{L}\d'’-])(?:([\p{L}][\p{L}\d'’-]*) )?([\p{L}][\p{L}\d'’-]*) (?:revenues?|sales|segment|division|unit)\b/gu;

/**
 * Words that are no line's name: "total revenue", "quarterly sales", "its revenue", "third-quarter
 * revenue", "the company said sales …". A name is what is left once they are dropped.
 */
const NOT_A_NAME = new Set(
  ('the a an its their his her our this that these those total overall net gross quarterly annual yearly record group company ' +
    'fiscal reported first second third fourth full-year half-year core organic underlying adjusted operating consolidated ' +
    'global worldwide combined comparable like-for-like same-store said says and or but with while as in of for on by from to ' +
    'has had have was were is are be been after before than also whose which who where when higher lower strong weak ' +
    'business quarter year month period earlier later previously now ago still ' +
    // Verbs that take revenue as their object: "posting revenue of $77.7 billion", "saw revenue jump".
    'saw sees see posting reporting recording generating delivering driving bringing boosting including excluding')
    .split(' '),
);

/** Words between a line and a sum that tie the sum to something else: a comparison, another measure of the line ("AWS segment operating income grew to $10.4 billion"). */
const NOT_OF_THE_LINE = /\b(?:than|compared|against|versus|income|profits?|earnings|margins?|loss(?:es)?|ebitda|operating|costs?|expenses|spending|capex|backlog|orders)\b/i;

/** Sums listed against lines listed: "Automotive and gaming revenue were $592 million and $4.3 billion respectively". */
const RESPECTIVELY = /\brespectively\b/i;

/** Words in a sum's clause that make it expected, not reported: "Analysts project 'Automotive sales' to be $19.32 billion". */
const EXPECTED = /\b(?:estimate[sd]?|expect\w*|forecast\w*|project(?:s|ed|ing|ions?)?|predict\w*|anticipat\w*|guidance|outlook|consensus|analysts?)\b/i;

/** Words right before a sum that make it an earlier or another figure: "rose from $3.3 billion", "more than $4 billion". */
const OTHER_FIGURE_BEFORE = /\b(?:from|than|versus|vs\.?|against|with|of which)\s*$/i;

/** A line named with another before it: "automotive and gaming revenue", "gaming & automotive sales". */
const SHARED_NAME_BEFORE = /(?:\band|\bor|&)\s*$/i;

/**
 * How far before its sum a line may be named: "The company's Intelligent Cloud segment which
 * includes its flagship Azure business reported strong growth, with revenue around $30.9 billion".
 */
const LINE_SPAN = 130;

/** Words before "revenue" or "sales" that make it the whole company's, after which no line named earlier holds. */
const WHOLE = new Set(['total', 'overall', 'net', 'group', 'consolidated', 'company', 'combined']);

/** A written name's key: lower case, hyphens as spaces ("Data-Center" and "data center" are one line). */
const nameKey = (words: string[]) => words.join(' ').toLowerCase().replace(/[-\u2010\u2011]/g, ' ');

/** The name a LINE_NAME match gives, past possessives and words that name no line; undefined for none. */
function lineName(first: string | undefined, second: string): string | undefined {
  const possessive = (w: string) => /['’]s?$/.test(w);
  // "Microsoft posted revenue", "Q1 FY2026 revenue": a past tense or a figure names no line.
  const generic = (w: string) => NOT_A_NAME.has(w.toLowerCase()) || /quarter|year|month|\d|ed$/i.test(w) || possessive(w);
  if (generic(second)) return undefined;
  return nameKey(first && !generic(first) ? [first, second] : [second]);
}

/**
 * A list's label naming the line its item gives the revenue of: "Google Cloud: Revenue increased by
 * 34% to $15.2 billion", "- Subscriptions & Devices: Revenue from … grew to $12.87 billion". Not a
 * label naming a measure: "Revenue Growth: Total revenue reached …".
 */
const LABEL = /^[\s\-\u2013\u2022*]*(\p{Lu}[\p{L}\d'’ &-]{0,40}?):\s+(?:Revenues?|Sales)\b/u;
const NOT_A_LABEL = /revenue|sales|growth|result|financ|perform|highlight|overview|summary|total|quarter|key|profit|income|outlook|guidance|earnings/i;

/** Joins a line named with another ("Platforms and Devices"): one line of its own. */
const JOINED = ' and ';

/**
 * Gives each sum a line's name when one line is named before it in its clause, with no other sum,
 * line or comparison between: "Gaming revenue rose 30% … to $4.3 billion" (gaming), not the "$3.3
 * billion" of "… to $4.3 billion from $3.3 billion", nor either sum of "Automotive and gaming
 * revenues were $592 million and $4.3 billion respectively". Lines named together ("Subscriptions,
 * Platforms and Devices revenues") are one line of their own.
 */
export function markResultLines(claims: Claim[], sentence: string, base: number): void {
  let previousSum = 0;
  let label: RegExpExecArray | null | undefined;
  for (const c of claims) {
    if (c.kind !== 'money') continue;
    const at = c.start - base;
    const clause = clauseStart(sentence, at);
    const from = Math.max(previousSum, at - LINE_SPAN, clause);
    const firstSum = previousSum === 0;
    previousSum = c.end - base;
    if (c.conversion) continue;
    const before = sentence.slice(from, at);
    let name: string | undefined;
    let lines = 0;
    let end = 0;
    LINE_NAME.lastIndex = 0;
    for (let m = LINE_NAME.exec(before); m; m = LINE_NAME.exec(before)) {
      let found = lineName(m[1], m[2]);
      // "Gaming revenue rose 30% …, while total sales reached $57 billion": the sum is the whole's.
      if (!found && WHOLE.has(m[2].toLowerCase())) lines = 0;
      if (!found) continue;
      // "Platforms and Devices revenues", "Search & other advertising revenues": the word before the join names the line too.
      const joined = /^(?:and|or)$/i.test(m[1] ?? '') ? before.slice(0, m.index) : SHARED_NAME_BEFORE.test(before.slice(0, m.index)) ? before.slice(0, m.index).replace(SHARED_NAME_BEFORE, '') : undefined;
      if (joined !== undefined) {
        const other = lastWord(joined);
        found = other ? `${nameKey([other])}${JOINED}${found}` : undefined;
        if (!found) continue;
      }
      lines++;
      name = found;
      end = m.index + m[0].length;
    }
    if (lines === 0 && firstSum && clause > 0 && (label ??= LABEL.exec(sentence)) && label[0].indexOf(':') + 1 === clause && !NOT_A_LABEL.test(label[1])) {
      lines = 1;
      name = nameKey(label[1].replace(/&/g, JOINED).split(/\s+/).filter(Boolean));
    }
    if (lines === 1 && !RESPECTIVELY.test(sentence) && !NOT_OF_THE_LINE.test(before.slice(end)) && !OTHER_FIGURE_BEFORE.test(before) && !EXPECTED.test(sentence.slice(clause, at))) c.line = name;
  }
}

/** The last word of a text, when it is a word of a name: "Platforms" of "Subscriptions, Platforms ". */
function lastWord(text: string): string | undefined {
  const trimmed = text.trimEnd();
  const word = trimmed.slice(trimmed.lastIndexOf(' ') + 1);
  return /^[\p{L}][\p{L}\d'’-]*$/u.test(word) ? word : undefined;
}

/** How far back a sum's clause is read: a line of figures with no stop between them is not walked back whole for each. */
const CLAUSE_REACH = 300;

/** Where the clause holding `at` begins: after the last full stop, semicolon, colon or dash before it (at most CLAUSE_REACH back). */
function clauseStart(sentence: string, at: number): number {
  const limit = Math.max(0, at - CLAUSE_REACH);
  for (let k = at - 1; k >= limit; k--) if (/[.;:!?\u2014]/.test(sentence[k]) && !/\d/.test(sentence[k + 1] ?? '')) return k + 1;
  return limit;
}

/** A line's last word: the word its sums are looked up by in the other files. */
export const lineKey = (line: string) => line.slice(line.lastIndexOf(' ') + 1);
