/** Votes, scores and splits: "a 6-3 ruling", "won 3-1", "52% to 48%". */
import { Claim, exact } from './claim';
import { SMALL } from './numbers';
import { Tok, percentEnd } from './tokens';

/** Words that make "7-2" a vote, a ruling or a score rather than a range. */
const TALLY_CUES = new Set('vote votes voted voting ruling ruled decision verdict margin majority split won win wins winning beat beats beating lost lose loses losing defeated defeat defeating victory loss draw drew drawing score scored tally blowout rout routed thrashing thrashed triumph'.split(' '));

/** Words of a side's name a score may follow: "the Indiana Pacers", "Manchester United". */
const NAME_WORDS = 4;

/** A tally's value, the larger side first: a 7-2 win is a 2-7 loss for the other side. */
const tallyValue = (x: number, y: number) => Math.max(x, y) * 1000 + Math.min(x, y);

/** A vote or score at the number toks[i]: "voted 7-2", "a 52-48 vote", "by a vote of 7 to 2", "won 3-1". */
export function tallyAt(toks: Tok[], i: number, sentence: string, base: number): { claim: Claim; last: number } | undefined {
  const a = toks[i];
  let k = i + 1;
  const sep = sentence.slice(a.end - base, (toks[k]?.start ?? a.end) - base);
  if (toks[k]?.lower === 'to' && sep === ' ') k++;
  else if (sep !== '-' && sep !== '\u2013') return undefined;
  const b = toks[k];
  if (!b || !/^\d{1,3}$/.test(a.text) || !/^\d{1,3}$/.test(b.text)) return undefined;
  if (/^(?:from|between)$/.test(toks[i - 1]?.lower ?? '')) return undefined; // "the margin narrowed from 7 to 2 points": a change
  if (k === i + 2 && sentence.slice(toks[i + 1].end - base, b.start - base) !== ' ') return undefined;
  // In a list of set scores ("6-2, 6-2, 7-6 (7-4)") the cue may stand by any of them.
  let first = i;
  while (scoreAt(toks, first - 2, sentence, base) === first - 1 && sentence.slice(toks[first - 1].end - base, toks[first].start - base) === ', ') first -= 2;
  let last = tiebreakAt(toks, k + 1, sentence, base) ?? k;
  for (let next = last + 1; sentence.slice(toks[last].end - base, (toks[next]?.start ?? 0) - base) === ', ' && scoreAt(toks, next, sentence, base) !== undefined; next = last + 1) {
    last = scoreAt(toks, next, sentence, base)!;
    last = tiebreakAt(toks, last + 1, sentence, base) ?? last;
  }
  // The cue may stand before the other side's name: "beating the Indiana Pacers 107-103".
  let named = first;
  while (named > first - NAME_WORDS && named > 0 && /^(?:\p{Lu}|the$)/u.test(toks[named - 1].text)) named--;
  let cued = false;
  for (let c = Math.max(0, Math.min(first, named + 1) - 3); c <= Math.min(toks.length - 1, last + 2) && !cued; c++) cued = TALLY_CUES.has(toks[c].lower);
  if (!cued) return undefined;
  const claim = exact('tally', 'tally', tallyValue(+a.text, +b.text), sentence.slice(a.start - base, b.end - base), a.start, b.end);
  const side = sideAfter(toks, k) ?? (named < first && toks[named].lower === 'the' ? toks[first - 1].lower : undefined);
  if (side) claim.side = side;
  return { claim, last: k };
}

/** Nouns of a game's outcome a score is followed by: "a 41-33 victory over …". */
const OUTCOME_NOUNS = new Set(['victory', 'win', 'loss', 'defeat', 'triumph', 'rout', 'draw', 'thrashing', 'drubbing']);
const OUTCOME_LINKS = new Set(['over', 'against', 'to', 'at', 'versus', 'vs', 'vs.', 'with']);

/** The side named after a score's outcome: "a 41-33 victory over the New England Patriots" gives "patriots". */
function sideAfter(toks: Tok[], k: number): string | undefined {
  if (!OUTCOME_NOUNS.has(toks[k + 1]?.lower ?? '') || !OUTCOME_LINKS.has(toks[k + 2]?.lower ?? '')) return undefined;
  let n = k + 3;
  if (toks[n]?.lower === 'the') n++;
  const start = n;
  while (n < toks.length && n - start < NAME_WORDS && /^\p{Lu}/u.test(toks[n].text)) n++;
  const last = n - 1;
  if (last < start) return undefined;
  return toks[last].lower;
}

/** What a series is counted in: "won the World Series four games to one", "three sets to two". */
const SERIES_UNITS = new Set(['games', 'sets', 'matches', 'frames', 'legs', 'rubbers']);

/**
 * A series' score in words or figures with its noun, "four games to one", "3 sets to 2": a tally of
 * the series (not a count of four games, which "in five games" would contradict), compared only with
 * other series' scores (not with a game's "7-6").
 */
export function seriesScoreAt(toks: Tok[], i: number, value: number, sentence: string, base: number): { claim: Claim; last: number } | undefined {
  if (!SERIES_UNITS.has(toks[i + 1]?.lower ?? '') || toks[i + 2]?.lower !== 'to' || toks[i - 1]?.lower === 'from') return undefined;
  const b = toks[i + 3];
  const other = b === undefined ? undefined : /^\d{1,2}$/.test(b.text) ? +b.text : SMALL[b.lower];
  if (other === undefined || !Number.isInteger(value)) return undefined;
  return { claim: exact('tally', 'series', tallyValue(value, other), sentence.slice(toks[i].start - base, b.end - base), toks[i].start, b.end), last: i + 3 };
}

/**
 * Counts of a post's views, likes and comments: page counters, and where an article gives them
 * ("the video has been viewed 2 million times", "the post drew 40,000 likes") a figure every
 * outlet reads at another hour. Two files never give the same one, so they are no claims.
 */
export const ENGAGEMENT = new Set(['view', 'like', 'comment', 'retweet', 'repost', 'reply', 'reaction', 'upvote']);

/**
 * Capitalised words whose number names a thing: "Ligue 1", "Formula 1", "Channel 4", "Apollo 11",
 * "Phase 3", "Terminal 5", "Chapter 11", "Game 7". (Not "Category": a storm's category is a claim.)
 */
const NUMBERED_NAMES = new Set('Ligue Formula Division Channel Apollo Artemis Phase Level Tier Terminal Gate Platform Route Interstate Highway Chapter Article Section Title Episode Season Game Round Stage Week Day'.split(' '));

/** "No. 3", "No 10", "#1", "Ligue 1": a rank or a number naming a thing, not a count of the word after it. */
export function rankLabelBefore(toks: Tok[], i: number, sentence: string, base: number): boolean {
  const prev = toks[i - 1];
  const gap = sentence.slice((prev?.end ?? 0) - base, toks[i].start - base);
  if (prev && /^(?:No|NO|Nos|Nr)$/.test(prev.text) && (gap === '. ' || gap === ' ' || gap === '.')) return true;
  if (prev && gap === ' ' && NUMBERED_NAMES.has(prev.text) && /^\d{1,3}$/.test(toks[i].text)) return true;
  return sentence[toks[i].start - base - 1] === '#';
}

/** A score "6-2" at toks[k] (two small numbers joined by a hyphen or dash): the index of its second number. */
function scoreAt(toks: Tok[], k: number, sentence: string, base: number): number | undefined {
  const a = toks[k];
  const b = toks[k + 1];
  if (!a || !b || !/^\d{1,2}$/.test(a.text) || !/^\d{1,2}$/.test(b.text)) return undefined;
  const sep = sentence.slice(a.end - base, b.start - base);
  return sep === '-' || sep === '\u2013' ? k + 1 : undefined;
}

/**
 * A tiebreak in brackets right after a set's score, "7-6 (7-4)", "7-6(4)", at toks[k]: the index of
 * its last number. Outlets give it whole or as the loser's points only; it is part of the set's score.
 */
export function tiebreakAt(toks: Tok[], k: number, sentence: string, base: number): number | undefined {
  const t = toks[k];
  if (!t || k < 2 || !/^\d{1,2}$/.test(t.text) || scoreAt(toks, k - 2, sentence, base) !== k - 1) return undefined;
  if (!/^ ?\($/.test(sentence.slice(toks[k - 1].end - base, t.start - base))) return undefined;
  const last = scoreAt(toks, k, sentence, base) ?? k;
  return sentence[toks[last].end - base] === ')' ? last : undefined;
}

/** Words before "56% to 44%" that make it a result's split: "backed the plan by 56% to 44%", "leads Brandt 52% to 48%". */
const SPLIT_CUES = new Set([...TALLY_CUES, 'leads', 'leading', 'led', 'ahead', 'backed', 'rejected', 'approved', 'favour', 'favor']);

/** Words before "by" that make "by 5% to 95%" a change and its result. */
const CHANGE_WORDS = new Set('rose rise rises risen fell fall falls fallen increased increase increases decreased decrease grew grow grows climbed climb dropped drop declined decline jumped jump slipped slid up down cut cuts raised raise lowered lower gained gain lost shrank expanded'.split(' '));

/**
 * A vote's split in percentages, "by 56% to 44%", "52 per cent to 48 per cent": the same tally as
 * "voted 56-44". The two shares make (nearly) a whole, so "rose by 0.2% to 3.1%" is no split.
 */
export function percentSplitAt(toks: Tok[], i: number, sentence: string, base: number): { claim: Claim; last: number } | undefined {
  const a = toks[i];
  const afterA = percentEnd(toks, i + 1);
  if (afterA === undefined || toks[afterA]?.lower !== 'to') return undefined;
  const b = toks[afterA + 1];
  if (!b || !/^\d{1,2}$/.test(a.text) || !/^\d{1,2}$/.test(b.text)) return undefined;
  const last = percentEnd(toks, afterA + 2);
  if (last === undefined) return undefined;
  const x = +a.text;
  const y = +b.text;
  // The winner's share first; "by" only after no word of change ("rose by 5% to 95%" is no split).
  if (x < y || x + y < 90 || x + y > 100) return undefined;
  const before = toks[i - 1]?.lower ?? '';
  if (before === 'by' ? CHANGE_WORDS.has(toks[i - 2]?.lower ?? '') : ![toks[i - 1], toks[i - 2], toks[i - 3]].some((w) => w && SPLIT_CUES.has(w.lower))) return undefined;
  const v = Math.max(x, y) * 1000 + Math.min(x, y);
  return { claim: exact('tally', 'tally', v, sentence.slice(a.start - base, toks[last - 1].end - base), a.start, toks[last - 1].end), last: last - 1 };
}
