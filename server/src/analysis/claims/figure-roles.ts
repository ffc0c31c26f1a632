/** Figures that are not the story's own: added on top, of a separate thing, asked for, or expected by analysts and polls. */
import { Claim } from './claim';
import { SCALES } from './numbers';
import { Tok, tokenAfter } from './tokens';

/** Words before an amount that put it on top of another: "a further €30.9m", "an additional $5 million", "another 20 people". */
const ADDED = new Set(['further', 'additional', 'another', 'extra']);

/** Words right after an amount, before its noun, that put it on top of another: "his 20 percent additional tariff". */
const ADDED_AFTER = new Set(['additional', 'extra']);

/**
 * An amount on top of another (see Claim.added): the word before it (ADDED), or right after it
 * before a noun, inside a count's span ("16 additional victims") or after a sum's.
 */
export function addedFigure(toks: Tok[], first: number, i: number, end: number): boolean {
  if (ADDED.has(toks[first - 1]?.lower ?? '')) return true;
  if (ADDED_AFTER.has(toks[i + 1]?.lower ?? '') && toks[i + 1].end < end) return true;
  const k = tokenAfter(toks, i, end);
  return ADDED_AFTER.has(toks[k]?.lower ?? '') && toks[k].start - end <= 1 && /^\p{L}/u.test(toks[k + 1]?.text ?? '');
}

/** Words before a sum that make it another thing's: "a follow-up $3.5 trillion spending package", "a separate … bill". */
const SEPARATE = new Set(['follow-up', 'separate', 'rival', 'companion', 'competing']);

/** How far before a sum such a word is looked for: "a separate, even more ambitious $3.5 trillion …". */
const SEPARATE_WORDS = 4;

/** One of SEPARATE within four words before the sum at toks[first], in its clause but for commas between adjectives. */
export function separateBefore(toks: Tok[], first: number, sentence: string, base: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - SEPARATE_WORDS; k--) {
    if (SEPARATE.has(toks[k].lower)) return true;
    if (/[.;:!?()\u2014]/.test(sentence.slice(toks[k].end - base, toks[k + 1].start - base))) return false;
  }
  return false;
}

/** Auxiliaries before a verb in a clause of its own: "Dominion had been seeking", "the union was demanding". */
const AUXILIARIES = new Set('had has have was were is are been be'.split(' '));

/** Letters of the asking verbs below, in either case: a sentence without one has no amount asked for. */
export const ASKING_HINTS = ['ought', 'eek', 'emand', 'equest', 'sked for'];

/** Verbs of asking for an amount: what a plaintiff sought, a prosecutor demanded, a union asked for. */
const ASKING = new Set('sought seek seeks seeking demanded demand demands demanding requested request requests requesting'.split(' '));

/** Words between an asking verb and the amount: "sought a sentence of up to 50 years", "demanded damages of $2 million". */
const ASKED_LINKS = new Set('a an the of up to at least about around some nearly more than over as much many just only sentence sentences damages compensation payment payments pay rise raise fine fines total sum award term terms prison jail in'.split(' '));

/**
 * The amount at toks[first] is one asked for: an asking verb before it, past linking words only
 * ("had sought $1.6 billion", "sought a sentence of up to 50 years"), or one after it in a clause
 * of its own ("the $1.6 billion in damages Dominion had been seeking"). "Asked for" counts too.
 */
export function askedFor(toks: Tok[], first: number, i: number, end: number, sentence: string, base: number): boolean {
  for (let b = first - 1; b >= 0 && first - b <= 8; b--) {
    const w = toks[b].lower;
    if (/[^\s$\u00A3\u20AC.-]/.test(sentence.slice(toks[b].end - base, toks[b + 1].start - base))) break;
    if (ASKING.has(w) || (w === 'for' && toks[b - 1]?.lower === 'asked')) return true;
    if (!ASKED_LINKS.has(w) && !/^\d/.test(w)) break; // "sought 40 to 50 years": the range's other end too
  }
  // After it, a clause with its own subject and an auxiliary: "the $1.6 billion … Dominion had been
  // seeking" (not "four candidates seeking the White House", "three ways to seek enforcement").
  const k = tokenAfter(toks, i, end);
  for (let n = 1; n < 7 && k + n < toks.length; n++) {
    const w = toks[k + n];
    if (/[^\s]/.test(sentence.slice(toks[k + n - 1].end - base, w.start - base))) return false;
    if (ASKING.has(w.lower)) return n >= 2 && AUXILIARIES.has(toks[k + n - 1].lower);
  }
  return false;
}

/** Verbs of a change, before "to (a) Category 1": "weakened to a Category 1", "was upgraded to Category 5". */
export const CHANGE_VERBS = new Set('weakened weakening strengthened strengthening intensified intensifying downgraded upgraded diminished dropped fell grew rose'.split(' '));

/** A sentence giving an exit poll's figures: compared only with expected figures (another poll's, a projection's), not with the count. */
export const EXIT_POLL = /\bexit[- ]polls?\b/i;

/** Letters of the words below, in either case: a sentence without one has no expected figure. */
export const FORECAST_HINTS = ['nalyst', 'onsensus', 'stimate', 'orecast', 'xpect', 'rojected', 'redicted', 'conomists', 'uidance', 'utlook'];

/** Words that make a figure linked to them one expected: "estimates of", "analysts had expected", "the consensus EPS estimate is", a company's own "guidance of 31.5%". */
const FORECAST_WORDS = new Set("analyst analysts analysts' consensus estimate estimates estimated forecast forecasts forecasted expected expecting expectations projected predicted anticipated economists guidance outlook".split(' '));

/** Words between such a word and its figure: verbs, articles and the measure ("analysts had expected revenue of", "estimates for earnings of"). */
const FORECAST_LINKS = new Set('a an the and of for at to be is was were are had have has been about around some nearly roughly just only on average polled by zacks lseg refinitiv factset wall street eps revenue revenues sales earnings profit profits income loss losses margin margins per share quarterly annual full-year net gross operating adjusted diluted'.split(' '));

/** Tokens read back from a figure for a forecast word: "expected revenue of $24.88 billion and earnings of 83 cents". */
const FORECAST_REACH = 10;

/**
 * The figure at toks[first] is one analysts or a consensus expected: a forecast word before it in its
 * clause, past linking words only ("beating analysts' estimates of $24.88 billion", "Analysts had
 * expected earnings of 83 cents a share"), or right after it ("the $24.88 billion analysts had
 * expected", "versus 444,569 estimated by seven analysts"). "Beat expectations with revenue of $24.93
 * billion" is the reported figure: "with" links nothing.
 */
export function expectedFigure(toks: Tok[], first: number, i: number, end: number, sentence: string, base: number): boolean {
  for (let b = first - 1; b >= 0 && first - b <= FORECAST_REACH; b--) {
    if (/[^\s$\u00A3\u20AC.'\u2019-]/.test(sentence.slice(toks[b].end - base, toks[b + 1].start - base))) break;
    const w = toks[b].lower;
    // "An estimated 300 people" is an approximation; "as expected, revenue rose" the reported figure.
    if (FORECAST_WORDS.has(w)) return w !== 'estimated' && !(w === 'expected' && toks[b - 1]?.lower === 'as');
    if (!FORECAST_LINKS.has(w) && !/^[\d$\u00A3\u20AC\u00A5]/.test(w) && !(w in SCALES)) break; // "expected revenue of $24.88 billion and earnings of 83 cents": the list goes on
  }
  for (let k = tokenAfter(toks, i, end), n = 0; k < toks.length && n < 4; k++, n++) {
    if (/[^\s]/.test(sentence.slice(toks[k - 1].end - base, toks[k].start - base))) return false;
    const w = toks[k].lower;
    if (FORECAST_WORDS.has(w) && w !== 'estimate' && w !== 'estimates') return true;
    if (!FORECAST_LINKS.has(w)) return false;
  }
  return false;
}

/** Words that make a count the number a vote had to reach: "needed 299 votes", "the 288 votes required". */
export const THRESHOLD_WORDS = ['needed', 'required', 'need', 'needs'];
const NEEDED = new Set(THRESHOLD_WORDS);

/** The count at toks[first] (its last token before `end`) is a threshold: "needed" or "required" right before or right after it. */
export function thresholdFigure(toks: Tok[], first: number, end: number): boolean {
  return NEEDED.has(toks[first - 1]?.lower ?? '') || NEEDED.has(toks[tokenAfter(toks, first, end)]?.lower ?? '');
}

/** "331 votes, well above the 288 needed": a threshold's number, its noun left out. */
const ELIDED_THRESHOLD = /\b(?:the|a|of) (\d{1,3}(?:,\d{3})+|\d{1,7}) (?:needed|required)\b/g;

/**
 * Thresholds whose noun is left out take the noun of the count before them in the sentence ("gathering
 * 331 votes, well above the 288 needed"), so the story's threshold is read wherever it is written.
 */
export function elidedThresholds(claims: Claim[], sentence: string, base: number): Claim[] {
  if (!sentence.includes(' needed') && !sentence.includes(' required')) return claims;
  const added: Claim[] = [];
  for (const m of sentence.matchAll(ELIDED_THRESHOLD)) {
    const numStart = base + m.index + m[0].indexOf(m[1]);
    if (claims.some((c) => c.start <= numStart && c.end > numStart)) continue;
    const before = claims.filter((c) => c.kind === 'count' && c.end <= numStart).pop();
    if (!before) continue;
    const value = Number(m[1].replace(/,/g, ''));
    added.push({ kind: 'count', unit: before.unit, low: value - 0.5, high: value + 0.5, text: m[1], start: numStart, end: numStart + m[1].length, threshold: true });
  }
  return added.length === 0 ? claims : [...claims, ...added].sort((a, b) => a.start - b.start);
}
