/**
 * claim-conflict: a typed value that disagrees with what other files say about the same thing.
 * "The same thing" means: a sentence in the other file that shares enough weighted context words
 * (the event, the actors), covers the same period ("first 11 months" is not "first three
 * quarters"), and holds a claim of the same kind and unit. Overlapping intervals agree. A claim is
 * flagged only when more files disagree than agree, so the odd one out is warned.
 */
import { endsLikeSentence } from '../boilerplate/shape';
import { Claim } from '../claims/claim';
import { ABOARD_WORDS, STORY_MEASURES } from '../claims/counted';
import { THRESHOLD_WORDS } from '../claims/figure-roles';
import { LikeClaims } from '../claims/kinds';
import { lineKey } from '../claims/results-lines';
import { ClaimCandidate } from '../corpus';
import { ClaimSentence, KeptAnalysis } from '../document';
import { stemWord } from '../text/segment';
import { WHEN_PLAIN_WORDS, anotherStep, countsOfTwoDatedReadings, countsOfTwoDays, datesAnother, estimatorOf, eventUnnamed, jointAgainstOne, leadQuarters, lengthGivenElsewhere, listsOfOthers, namesUnsaid, otherEvent, otherHolders, otherLeadQuarter, otherParty, otherScorers, plainSharedWords, readingAtItsHour, saidOfOthers, samePeriod, sharesAFigure, standingCount, tellsIncrement, toldOnOtherDays, yearGivenElsewhere } from './claim-context';
import { LABEL_KINDS, compatible, differentQuantity, farApart, overlaps, sameFigure } from './claim-values';
import { RuleContext, RuleFinding, RuleModule, consultClaims, lineNo, once } from './context';

/** Share of weighted context two sentences must have in common to be about the same thing. */
export const ALIGN_THRESHOLD = 0.25;

/**
 * And this many shared context words, unless the two contexts are nearly the same (a short sentence
 * copied with another value). In short lines (price lists, teasers, captions) one to four shared
 * words ("Amazon", "Switch Lite") reach the share without the sentences being about one thing.
 */
export const MIN_SHARED_WORDS = 5;

/** Share of weighted context at which a short sentence counts as the same sentence. */
const NEAR_COPY = 0.9;

/**
 * A paraphrase shares fewer words, but four that carry half the weighted context are enough: "Last
 * year the council spent $1.2 million on emergency patches" / "The city spent $2.1 million on
 * emergency repairs last year". (Two words beside the very same figure were tried: "runs every 20
 * minutes at peak hours" then conflicted with "every 30 minutes off-peak" through "1.4 million
 * passengers".)
 */
const PARAPHRASE_WORDS = 4;
const PARAPHRASE_SHARE = 0.5;

/** Enough shared context for two claim sentences to be about the same thing. */
function sharesEnough(c: ClaimCandidate): boolean {
  return c.words >= MIN_SHARED_WORDS || c.score >= NEAR_COPY || (c.words >= PARAPHRASE_WORDS && c.score >= PARAPHRASE_SHARE);
}

/**
 * Two short full sentences are about one thing when three shared words carry three quarters of
 * their weighted context: "The plane was delivered in 2016 and had flown 13,000 hours" and "The
 * plane, delivered in 2014, had flown 31,000 hours, Boreal Air said". Full sentences only:
 * headlines and deal lines share as much without being about one thing ("$15 Off Apple AirPods Pro
 * on Amazon", "Apple AirPods Pro for $235").
 */
const SHORT_SENTENCE_WORDS = 3;
const SHORT_SENTENCE_SHARE = 0.75;

function mayShareAsShortSentences(c: ClaimCandidate): boolean {
  return c.words >= SHORT_SENTENCE_WORDS && c.score >= SHORT_SENTENCE_SHARE;
}

const fullSentence = (cs: ClaimSentence) => endsLikeSentence(cs.sentence.text.trimEnd());

/**
 * Counted nouns are no context words (a count's noun is what differs between two lists), but two
 * sentences counting the same two things or more are about one list: "72 ministers, including 30
 * Cabinet Ministers, 5 Ministers of State …" and "31 Cabinet Ministers, five Ministers of State …
 * and thirty-six Ministers of State took oath" share three context words and two counted nouns.
 */
const SHARED_COUNTED_NOUNS = 2;

function countedNouns(cs: ClaimSentence): Set<string> {
  const nouns = new Set<string>();
  for (const c of cs.claims) if (c.kind === 'count') nouns.add(c.unit);
  return nouns;
}

function sharedCountedNouns(mine: Set<string>, other: ClaimSentence): number {
  let n = 0;
  for (const noun of countedNouns(other)) if (mine.has(noun)) n++;
  return n;
}

/** Files must be about the same story (document similarity) before their claims are compared. */
export const DOC_SIMILARITY_THRESHOLD = 0.15;

export interface ClaimEvidence {
  claim: Claim;
  sentence: ClaimSentence;
  agree: { file: string; sentence: ClaimSentence; claim: Claim }[];
  conflict: { file: string; sentence: ClaimSentence; claims: Claim[] }[];
}

/**
 * The document-similarity bar for a corpus of this size. With few files, rarity weights cannot
 * tell common words from telling ones and similarities run lower; the bar rises to its full
 * height at 20 files.
 */
export function docSimilarityGate(files: number): number {
  return DOC_SIMILARITY_THRESHOLD * Math.min(1, Math.max(0.6, Math.log(Math.max(files, 2)) / Math.log(20)));
}

/** Claims are compared with at most this many files about the same story: the most similar ones. */
export const MAX_SAME_STORY_FILES = 100;

function closest(similar: Map<string, number>): Map<string, number> {
  if (similar.size <= MAX_SAME_STORY_FILES) return similar;
  const ranked = [...similar].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(ranked.slice(0, MAX_SAME_STORY_FILES));
}

/** The files a claim of this file is compared with: about the same story, the most similar first. */
export function sameStoryFiles(ctx: RuleContext): Map<string, number> {
  return once(ctx, 'sameStory', () => closest(ctx.corpus.similarFiles(ctx.file, docSimilarityGate(ctx.corpus.size), (f) => f !== ctx.file && ctx.isSource(f))));
}

/** For each claim of this file (or of the slice checked), the files that agree and disagree. */
export function claimEvidence(ctx: RuleContext): ClaimEvidence[] {
  // Kept for the analysis it was made for: the slices of a long file share one memo.
  const kept = ctx.memo?.get('claimEvidence') as { of: KeptAnalysis; evidence: ClaimEvidence[] } | undefined;
  if (kept?.of === ctx.analysis) return kept.evidence;
  const evidence = collectEvidence(ctx);
  ctx.memo?.set('claimEvidence', { of: ctx.analysis, evidence });
  return evidence;
}

function collectEvidence(ctx: RuleContext): ClaimEvidence[] {
  const out: ClaimEvidence[] = [];
  if (ctx.analysis.claimSentences.length === 0) return out;
  const sameStory = sameStoryFiles(ctx);
  const ownFile = (ctx.fileAnalysis ?? ctx.analysis).claimSentences;
  const perSentence = ctx.corpus.claimCandidates(ctx.analysis.claimSentences.map((cs) => cs.context), sameStory.keys(), ALIGN_THRESHOLD);
  const myLead = leadQuarters(ctx.analysis);
  const otherStory = new Map<string, boolean>();
  const like = new LikeClaims();
  for (let n = 0; n < ctx.analysis.claimSentences.length; n++) {
    const cs = ctx.analysis.claimSentences[n];
    const candidates = perSentence[n];
    // Best-aligned sentences per other file, strongest first.
    const aligned: { file: string; sentence: ClaimSentence; score: number }[] = [];
    const party = estimatorOf(cs);
    const counted = countedNouns(cs);
    for (const [file, list] of candidates) {
      // The file's analysis only for a sentence that shares enough: most candidates do not.
      let doc: KeptAnalysis | undefined;
      for (const c of list) {
        const enough = sharesEnough(c);
        const byCounts = !enough && counted.size >= SHARED_COUNTED_NOUNS && c.words >= MIN_SHARED_WORDS - SHARED_COUNTED_NOUNS;
        const short = !enough && mayShareAsShortSentences(c);
        if (!enough && !byCounts && !short) continue;
        doc ??= ctx.corpus.get(file)!;
        let another = otherStory.get(file);
        if (another === undefined) otherStory.set(file, (another = otherLeadQuarter(myLead, doc)));
        if (another) break;
        const other = doc.claimSentences[c.index];
        if (!enough && !(byCounts && sharedCountedNouns(counted, other) >= SHARED_COUNTED_NOUNS) && !(short && fullSentence(cs) && fullSentence(other))) continue;
        if (samePeriod(cs, other) && !otherParty(party, other) && !(c.score < NEAR_COPY && otherEvent(cs, other))) aligned.push({ file, sentence: other, score: c.score });
      }
    }
    aligned.sort((a, b) => b.score - a.score);
    // Files with an aligned sentence are the ones that can decide a claim (see quote-sources on why that is enough).
    for (const a of aligned) consultClaims(ctx, a.file);
    for (const claim of cs.claims) {
      const ev: ClaimEvidence = { claim, sentence: cs, agree: [], conflict: [] };
      const decided = new Set<string>();
      if (claim.onDate !== undefined) calendarDayEvidence(ctx, claim, ev, decided, sameStory);
      if (claim.kind === 'date') misdatedDayEvidence(ctx, claim, cs, ev, decided, sameStory);
      // Several values of one kind: compare like with like, in order, only when both sentences have as many.
      const mine = like.of(cs.claims, claim);
      const position = mine.indexOf(claim);
      for (const a of aligned) {
        if (decided.has(a.file)) continue;
        const same = like.of(a.sentence.claims, claim);
        if (same.length === 0) continue;
        decided.add(a.file);
        const partner = mine.length === same.length ? same[position] : anchoredPartner(claim, mine, same);
        // The readings below tell two things said alike apart; a near copy is one sentence, compared as it is.
        const nearCopy = a.score >= NEAR_COPY;
        // With several values on both sides, a value agrees with its partner in order, or with the very
        // same figure elsewhere (the sentence reordered): "about 40 percent" must not pass for the
        // neighbouring "about 32 percent" just because the two approximations overlap.
        const ok =
          partner && mine.length > 1
            ? compatible(claim, partner)
              ? partner
              : same.find((c) => sameFigure(c, claim))
            : same.find((c) => compatible(claim, c));
        if (ok) {
          ev.agree.push({ file: a.file, sentence: a.sentence, claim: ok });
          continue;
        }
        if (!partner) continue; // ambiguous: which value is which?
        // The partner in order states exactly another of my values, which its own partner does not:
        // the sentences list their values differently ("won in 1989, and retired in 2004" against
        // "in 1972 … and in 1989"), so which of theirs is this one is not known.
        if (mine.length === same.length && mine.some((c, k) => c !== claim && sameFigure(c, partner) && !sameFigure(c, same[k]))) continue;
        if (differentQuantity(claim, partner)) continue;
        // "underpaid approximately £40,000 in Stamp Duty" and "the stamp duty due on her £800,000
        // flat": in sentences that are not near copies, sums or counts ten times apart are two things.
        if ((claim.kind === 'money' || claim.kind === 'count') && !nearCopy && farApart(claim, partner)) continue;
        // "At least 27 … were killed, …, updating an earlier toll of at least 20 dead": a running count's new step.
        if (claim.kind === 'count' && !nearCopy && anotherStep(cs, a.sentence, updatesCount)) continue;
        // "on Monday, April 28" and "on Tuesday, April 29": the calendar says they are two days.
        if (claim.onDate !== undefined && partner.onDate !== undefined && claim.onDate !== partner.onDate) continue;
        // A year naming an event ("Casey, the 1992 decision that …") against a year dating another
        // sentence's ("the leaking, in May 2022, of a draft opinion"): two things, unless the
        // sentences are near copies (a changed year in a copied sentence is still found).
        if (claim.kind === 'year' && !claim.label !== !partner.label && !nearCopy) continue;
        // "beginning their cruise to Mars in autumn 2026" against "with arrival expected in 2027", or "On
        // November 13, 2025, the rocket took off" against it: years dating two things of the story,
        // neither sentence naming the other's.
        if (claim.kind === 'year' && !nearCopy && datesTwoThings(claim, cs, partner, a.sentence)) continue;
        // "World Cup 2023" against "Euros 2022": years of two named events.
        if (claim.kind === 'year' && claim.label && partner.label && saidOfOthers(claim, partner) && !nearCopy) continue;
        // "winning a record 18th NBA title on the 16th anniversary of … their 17th championship"
        // against "their 18th championship": one sentence gives the other's figure too, said of
        // another noun; which ordinal is which is not known.
        const ordinalOf = (k: Claim, of: ClaimSentence, not: Claim) => of.claims.some((c) => c !== not && c.kind === 'ordinal' && sameFigure(c, k));
        if (claim.kind === 'ordinal' && (ordinalOf(partner, cs, claim) || ordinalOf(claim, a.sentence, partner))) continue;
        if (otherHolders(claim, cs, partner, a.sentence)) continue;
        // "the Eaton and Palisades fires … consuming nearly 40,000 acres" and "The Palisades fire … consuming 23,448 acres": a sum and a part.
        if (!LABEL_KINDS.has(claim.kind) && !nearCopy && jointAgainstOne(cs, a.sentence)) continue;
        // "Hakimi scored in the 12th minute" and "… and Doue doubled their advantage in the 20th minute": two goals.
        if (claim.kind === 'ordinal' && claim.unit === 'minute' && !nearCopy && otherScorers(claim, cs, partner, a.sentence)) continue;
        // "Pope, Brook and Root all fell in the space of six balls" and "Duckett, Pope and Brook in the space of 11 balls": two groups.
        if (claim.kind === 'count' && !nearCopy && !storyMeasureOf(claim) && listsOfOthers(cs, a.sentence)) continue;
        // "averaging 20.8 points, 5.4 rebounds and five assists" and "21 points, eight rebounds and six assists": an average and a total.
        if (!claim.average !== !partner.average && !nearCopy) continue;
        // "Rayner paid £40,000 less than the required surcharge" and "she paid £30,000 in stamp duty": a difference and a sum.
        if (!claim.difference !== !partner.difference && !nearCopy) continue;
        // "at his beach house since July 17" and "a shaky debate … on June 27": a state's start and an event.
        if ((claim.kind === 'date' || claim.kind === 'weekday' || claim.kind === 'year') && !claim.since !== !partner.since && !nearCopy) continue;
        // "Meeting for the first time since 2019" and "marking Putin's first visit to the U.S. since 2015": firsts of two things.
        if (claim.firstOf && partner.firstOf && claim.firstOf !== partner.firstOf && !nearCopy) continue;
        // "A manhunt … ended Sunday" and "A manhunt was under way on Saturday": its end and a day of
        // it; "the quarter (ending October 26)" and the results "released on November 19".
        if ((claim.kind === 'weekday' || claim.kind === 'date') && !claim.ended !== !partner.ended && !nearCopy) continue;
        // "14 years of Conservative rule" and "five years after the party's loss in 2019": a length and a gap.
        if (claim.span && partner.span && claim.span !== partner.span) continue;
        // "six hours after his announcement" and "followed by Israel 12 hours later": gaps from two
        // things; "about 70 minutes after white smoke billowed" and "a period of barely 24 hours, white
        // smoke rose": a gap from a thing and a length with no such start.
        if (!nearCopy && !sameGapStart(claim, partner)) continue;
        // "about 250 km south of Kolkata" and "approximately 170 km north of Bhubaneswar": two distances.
        if (claim.from && partner.from && claim.from !== partner.from) continue;
        // "the bridge's collapse at 1:27 a.m." and "a press conference at 3:40 p.m.": times of two things.
        if (claim.kind === 'time' && saidOfOthers(claim, partner) && !nearCopy) continue;
        if (claim.kind === 'weekday' && !nearCopy && (namesUnsaid(claim, a.sentence) || namesUnsaid(partner, cs))) continue;
        if (claim.kind === 'weekday' && !nearCopy && datesAnother(claim, cs, partner, a.sentence)) continue;
        // "Two more bodies were pulled from the rubble … Monday" and "the task of recovering the
        // bodies … continued into a somber Friday morning", or "Another 15 victims were recovered
        // Friday": a running story's new step is dated by its own day.
        if (claim.kind === 'weekday' && !nearCopy && anotherStep(cs, a.sentence, tellsIncrement)) continue;
        if (claim.kind === 'weekday' && !nearCopy && countsOfTwoDays(cs, a.sentence)) continue;
        // "Butker's 28-yard field goal with 23 seconds left" (before half-time) and "Butker's 29-yard
        // field goal with three seconds left" (to tie): a game has many moments told in like words.
        if (claim.remaining && !nearCopy) continue;
        // "a 41-33 victory over the New England Patriots" (Super Bowl LII) and "a 40-22 victory over
        // the Kansas City Chiefs": scores against two sides, neither named in the other's sentence.
        if (claim.side && partner.side && !nearCopy && scoresOfTwoGames(claim, cs, partner, a.sentence)) continue;
        // "is interviewed … July 15, 2011" and "Born Jan. 30, 1941": two days of two years date two events.
        if (!nearCopy && twoFullDates(claim, partner)) continue;
        // "Madison Mogen, 21" and "Ethan Chapin, 20": two people's ages, each named; "Kirk, 31," and
        // "Tyler Robinson, 22,": a surname alone still names another person.
        if (agesOfTwoPeople(claim, partner)) continue;
        // "services revenue of $24.9 billion, up 12 per cent" and "iPhone sales that hit $46.22
        // billion, a 5.5% increase": changes of two sums.
        if (claim.ofSum && partner.ofSum && !overlaps(claim.ofSum, partner.ofSum) && !nearCopy) continue;
        // "RPO rose 51% to $392 billion" and "112% YoY growth in commercial bookings and an RPO of $392
        // billion": the other sentence gives my percentage's sum, but not as its percentage's.
        if (!nearCopy && (sumGivenApart(claim, partner, a.sentence) || sumGivenApart(partner, claim, cs))) continue;
        // "Gaming revenue reached $4.3 billion" and "automotive revenue of $592 million": two lines' sums.
        if (claim.line && partner.line && claim.line !== partner.line && !nearCopy) continue;
        // "operating income surged 24%" and "with operating margins at 49%": a change and a level.
        if (claim.moves && partner.moves && claim.moves !== partner.moves && !nearCopy) continue;
        // "… killing five people on board the Coast Guard plane" and "… the powerful earthquake that
        // struck on New Year's Day, killing at least 48 people": deaths of an event the other sentence never names.
        if (!nearCopy && (eventUnnamed(claim, a.sentence) || eventUnnamed(partner, cs))) continue;
        // Two reports of a running story come on different days ("the toll … has gone up to 72, a
        // top official said on Monday" and "… up to 78, the government said on Wednesday"): their
        // days are one report's only when the sentences give a figure alike, or are near copies.
        if (claim.reported && !nearCopy && !sharesAFigure(cs, a.sentence)) continue;
        // "… bringing the toll to 11, the mayor said at a Monday news conference" and "… to 36, the
        // mayor said Tuesday afternoon at a news briefing": counts of a running story told on two days.
        if (claim.kind === 'count' && !nearCopy && toldOnOtherDays(cs, a.sentence)) continue;
        // Figures that move from one report to the next are one report's only when the sentences give
        // some figure alike: "others", counted beside the sentence's other count ("… at least 85 lives
        // and left 75 others missing" and "… risen to at least 114 with 127 others reported missing";
        // but "at least eight killed and around 24 others injured" and "killed eight people and
        // injured 20 others" are compared), and a storm's movement ("moving northwest at 13 mph with
        // sustained winds of around 100 mph" and "had sustained winds of 110 mph while moving
        // north-west at 7 mph": two advisories).
        if ((claim.unit === 'other' || claim.unit.endsWith(' of movement')) && !nearCopy && !sharesAFigure(cs, a.sentence, true)) continue;
        // So do counts still standing at a report's hour: "… left 58 injured, with 279 people still
        // unaccounted for" and "… has risen to 128, with approximately 200 people still missing".
        if ((standingCount(claim, cs) || standingCount(partner, a.sentence)) && !nearCopy && !sharesAFigure(cs, a.sentence, true)) continue;
        // What either file states in its other sentences (this file whole, when a slice of it is checked).
        const theirFile = nearCopy ? undefined : ctx.corpus.get(a.file)!.claimSentences;
        if (theirFile) {
          if (readingAtItsHour(cs, a.sentence, partner, ownFile)) continue;
          if (countsOfTwoDatedReadings(claim, ownFile, partner, theirFile)) continue;
          if (lengthGivenElsewhere(claim, cs, partner, ownFile) || lengthGivenElsewhere(partner, a.sentence, claim, theirFile)) continue;
          if (yearGivenElsewhere(claim, a.sentence, theirFile) || yearGivenElsewhere(partner, cs, ownFile)) continue;
        }
        if ((claim.kind === 'weekday' || claim.kind === 'date') && !nearCopy && plainSharedWords(cs, a.sentence) < WHEN_PLAIN_WORDS) continue;
        // The file states my very figure in another sentence like mine ("valued at $27.75 per share"
        // paired with "… will receive $23.25 in cash and … $4.50 in Netflix stock per share", in a file
        // whose "values the assets at $27.75 per share" agrees): the pair gives two figures of the story.
        const stated = theirFile && statedElsewhere(claim, cs, a.sentence, theirFile, like);
        if (stated) {
          ev.agree.push({ file: a.file, ...stated });
          continue;
        }
        // Asked the other way: my own file states the other's figure in a sentence more like theirs than
        // mine is ("planned to impose Dec. 15 on another $160 billion" in the file whose "an increase in
        // tariffs planned for Oct. 15" was paired with "a scheduled Dec. 15 imposition of tariffs"). A
        // headline restating the sources' figure over a body that changed it is less like them, and the
        // body's change is still warned.
        if (!nearCopy && statedElsewhere(partner, a.sentence, cs, ownFile, like, Math.max(STATED_ELSEWHERE_SHARED_WORDS, sharedContextWords(a.sentence.context, cs.context) + 1))) continue;
        ev.conflict.push({ file: a.file, sentence: a.sentence, claims: [partner] });
      }
      // A file whose best sentence decided nothing ("one passenger survived" for "carrying 177
      // passengers": other quantities) may still state the measure elsewhere.
      const settled = new Set<string>();
      for (const e of ev.agree) settled.add(e.file);
      for (const e of ev.conflict) settled.add(e.file);
      if (claim.person) namedAgeEvidence(ctx, claim, ev, settled, sameStory);
      else if (storyMeasureOf(claim)) storyMeasureEvidence(ctx, claim, cs, ev, settled, sameStory);
      out.push(ev);
    }
  }
  return out;
}

/** Context words a sentence stating my very figure shares with mine, at least, to state it of one thing: "cash", "stock", "share". */
const STATED_ELSEWHERE_SHARED_WORDS = 3;

/**
 * A sentence of `file` besides `paired` giving `claim`'s very figure and sharing `needed` of the
 * words of `mine` (the claim's sentence): the figure is stated of what `mine` tells.
 */
function statedElsewhere(claim: Claim, mine: ClaimSentence, paired: ClaimSentence, file: readonly ClaimSentence[], like: LikeClaims, needed = STATED_ELSEWHERE_SHARED_WORDS): { sentence: ClaimSentence; claim: Claim } | undefined {
  for (const sentence of file) {
    if (sentence === paired) continue;
    const same = like.of(sentence.claims, claim).find((k) => sameFigure(k, claim));
    if (same && sharedContextWords(mine.context, sentence.context) >= needed) return { sentence, claim: same };
  }
  return undefined;
}

/** What a year dates (Claim.dates), or for a year completing a date ("On November 13, 2025, …") that day, which no sentence names. */
const DAY_OF_DATE = ' day';
const yearDates = (k: Claim) => k.dates ?? (k.ofDay !== undefined ? DAY_OF_DATE : undefined);

/** Two years each dating its own thing, neither sentence holding the other's word for it. */
function datesTwoThings(a: Claim, aSentence: ClaimSentence, b: Claim, bSentence: ClaimSentence): boolean {
  const [x, y] = [yearDates(a), yearDates(b)];
  return x !== undefined && y !== undefined && x !== y && !aSentence.context.includes(y) && !bSentence.context.includes(x);
}

/** `c` is the change of a sum that `other`'s sentence gives apart from `other` (see Claim.ofSum). */
function sumGivenApart(c: Claim, other: Claim, otherSentence: ClaimSentence): boolean {
  const sum = c.ofSum;
  return sum !== undefined && other.ofSum === undefined && otherSentence.claims.some((k) => k.kind === 'money' && overlaps([k.low, k.high], sum));
}

/** Two durations measured from one thing (see Claim.gapFrom), or neither from any. */
function sameGapStart(a: Claim, b: Claim): boolean {
  return !a.gapFrom || !b.gapFrom ? !a.gapFrom === !b.gapFrom : stemWord(a.gapFrom) === stemWord(b.gapFrom);
}

/** Scores told against two sides, and neither sentence names the other's: two games. */
function scoresOfTwoGames(a: Claim, aSentence: ClaimSentence, b: Claim, bSentence: ClaimSentence): boolean {
  return a.side !== b.side && !aSentence.sentence.text.toLowerCase().includes(b.side!) && !bSentence.sentence.text.toLowerCase().includes(a.side!);
}

/** Two claims of full dates, a year with its day or a day with its year, differing in both. */
function twoFullDates(a: Claim, b: Claim): boolean {
  if (a.kind === 'year') return a.ofDay !== undefined && b.ofDay !== undefined && a.ofDay !== b.ofDay;
  return a.kind === 'date' && a.onYear !== undefined && b.onYear !== undefined && a.onYear !== b.onYear;
}

/**
 * Ages said of two people: two surnames, each of a full name or given alone (see Claim.bearer).
 * The same surname may be one person's ("Patrick Carlineo Jr." and "Carlineo Jr.", the name reader
 * stopping at a middle initial); "Madison Mogen" and "Ethan Chapin" are two, and so are "Kirk" and
 * "Tyler Robinson".
 */
function agesOfTwoPeople(a: Claim, b: Claim): boolean {
  const first = a.person ? surnameOf(a.person) : a.bearer;
  const second = b.person ? surnameOf(b.person) : b.bearer;
  if (first === undefined || second === undefined) return false;
  // "Rob Reiner, 78" and "Nick Reiner, 32": one family's surname, two first names.
  const [x, y] = [givenNameOf(a.person), givenNameOf(b.person)];
  return first !== second || (x !== undefined && y !== undefined && x !== y);
}

/** A full name's first word, past its suffix: "nick" of "nick reiner"; none for a name of one word ("ekberg jr."). */
function givenNameOf(name: string | undefined): string | undefined {
  const words = name?.split(' ').filter((w) => !NAME_SUFFIX.test(w)) ?? [];
  return words.length >= 2 ? words[0] : undefined;
}

/** A name's last word but a suffix: "carlineo" of "patrick w. carlineo jr.". */
function surnameOf(name: string): string {
  const words = name.split(' ');
  let k = words.length - 1;
  while (k > 0 && NAME_SUFFIX.test(words[k])) k--;
  return words[k];
}
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?,?$/;

/**
 * A weekday written with its date ("on Sunday, April 28") against the weekday each other file of
 * the story writes with that date ("On Monday, April 28"), whatever the sentences say: the calendar
 * fixes the day. Years given with both dates must be one. A file writing the date with two
 * weekdays decides nothing.
 */
function calendarDayEvidence(ctx: RuleContext, claim: Claim, ev: ClaimEvidence, decided: Set<string>, sameStory: Map<string, number>): void {
  for (const file of sameStory.keys()) {
    const days = ctx.corpus.calendarDays(file, claim.onDate!).filter((d) => !claim.onYear || !d.year || d.year === claim.onYear);
    if (days.length === 0 || days.some((d) => d.weekday !== days[0].weekday)) continue;
    const sentence = ctx.corpus.get(file)?.claimSentences[days[0].index];
    const partner = sentence?.claims.find((k) => k.kind === 'weekday' && k.onDate === claim.onDate && k.low === days[0].weekday);
    if (!sentence || !partner) continue;
    consultClaims(ctx, file);
    decided.add(file);
    if (partner.low === claim.low) ev.agree.push({ file, sentence, claim: partner });
    else ev.conflict.push({ file, sentence, claims: [partner] });
  }
}

/**
 * A date its own weekday contradicts by the calendar ("Sunday, December 30, 2024": a Monday) against
 * the date each other file of the story writes with that weekday in the same year, within the week
 * around it ("Sunday, December 29, 2024"), when the calendar agrees with that file. A file writing
 * that weekday with two such dates decides nothing.
 */
function misdatedDayEvidence(ctx: RuleContext, claim: Claim, cs: ClaimSentence, ev: ClaimEvidence, decided: Set<string>, sameStory: Map<string, number>): void {
  const day = cs.claims.find((k) => k.kind === 'weekday' && k.onDate === claim.low && k.onYear);
  if (!day || weekdayOn(day.onYear!, claim.low) === day.low) return;
  for (const file of sameStory.keys()) {
    if (decided.has(file)) continue;
    const found: { date: number; index: number }[] = [];
    for (let shift = -WEEK_AROUND; shift <= WEEK_AROUND; shift++) {
      const date = shiftedDate(day.onYear!, claim.low, shift);
      for (const d of ctx.corpus.calendarDays(file, date)) if (d.year === day.onYear && d.weekday === day.low && weekdayOn(d.year, date) === d.weekday) found.push({ date, index: d.index });
    }
    if (found.length === 0 || found.some((f) => f.date !== found[0].date)) continue;
    const sentence = ctx.corpus.get(file)?.claimSentences[found[0].index];
    const partner = sentence?.claims.find((k) => k.kind === 'date' && k.low === found[0].date);
    if (!sentence || !partner) continue;
    consultClaims(ctx, file);
    decided.add(file);
    ev.conflict.push({ file, sentence, claims: [partner] });
  }
}

/** A weekday written with its date and year that the calendar confirms: "Friday (July 25, 2025)". */
function calendarConfirms(k: Claim): boolean {
  return k.kind === 'weekday' && k.onDate !== undefined && k.onYear !== undefined && weekdayOn(k.onYear, k.onDate) === k.low;
}

/** Days either side of a misdated day where the right date is looked for. */
const WEEK_AROUND = 6;

/** A claim's date value (month from 0 × 100 + day: 1129 is December 29) in `year`, as a UTC time. */
const dateTime = (year: number, value: number) => Date.UTC(year, Math.floor(value / 100), value % 100);

/** The weekday (0 Monday … 6 Sunday, as weekday claims count) of a date value in `year`. */
const weekdayOn = (year: number, value: number) => (new Date(dateTime(year, value)).getUTCDay() + 6) % 7;

/** The date value `days` after a date value in `year`. */
function shiftedDate(year: number, value: number, days: number): number {
  const d = new Date(dateTime(year, value) + days * 86_400_000);
  return d.getUTCMonth() * 100 + d.getUTCDate();
}

/**
 * An age given after a full name ("Jonas Ekberg, 58,") against the same full name's age in the
 * story's other files, in whichever sentence they give it: outlets put a person's age into
 * different sentences, so sentence context seldom pairs them. A file giving that name two ages
 * decides nothing.
 */
function namedAgeEvidence(ctx: RuleContext, claim: Claim, ev: ClaimEvidence, decided: Set<string>, sameStory: Map<string, number>): void {
  const surname = surnameOf(claim.person!);
  oneValueEvidence(ctx, claim, ev, decided, sameStory, [stemWord(surname)], (k) => k.kind === 'age' && k.person === claim.person);
}

/**
 * Evidence from the story's files no sentence pairing decided, for a value a file gives once
 * wherever it says it (a person's age, a story measure): each file whose sentences holding one of
 * `words` (found through the sentence index, so only those files are read) give exactly one value
 * that `same` picks agrees or disagrees with this claim. With `when`, only a value said for the
 * same period, years and days as that sentence.
 */
function oneValueEvidence(
  ctx: RuleContext,
  claim: Claim,
  ev: ClaimEvidence,
  decided: Set<string>,
  sameStory: Map<string, number>,
  words: string[],
  same: (k: Claim) => boolean,
  when?: ClaimSentence,
): void {
  const files = [...sameStory.keys()].filter((f) => !decided.has(f));
  if (files.length === 0) return;
  const [found] = ctx.corpus.claimCandidates([words], files, 0);
  const myLead = once(ctx, 'fileLeadQuarters', () => leadQuarters(ctx.fileAnalysis ?? ctx.analysis));
  for (const [file, list] of found) {
    const doc = ctx.corpus.get(file)!;
    // A story of another quarter ("fiscal fourth quarter" against "first quarter of fiscal year 2026") states its own measures.
    if (otherLeadQuarter(myLead, doc)) continue;
    const match = onlyValue(list.map((c) => doc.claimSentences[c.index]), same);
    if (!match || (when && !(samePeriod(when, match.sentence) && sameWhen(when, match.sentence)))) continue;
    consultClaims(ctx, file);
    decided.add(file);
    if (compatible(claim, match.claim)) ev.agree.push({ file, sentence: match.sentence, claim: match.claim });
    else if (!differentQuantity(claim, match.claim)) ev.conflict.push({ file, sentence: match.sentence, claims: [match.claim] });
  }
}

/** The one value these sentences give among the claims `same` picks, or undefined when they give none or several. */
function onlyValue(sentences: Iterable<ClaimSentence>, same: (k: Claim) => boolean): { sentence: ClaimSentence; claim: Claim } | undefined {
  let found: { sentence: ClaimSentence; claim: Claim } | undefined;
  for (const cs of sentences) {
    for (const k of cs.claims) {
      if (!same(k)) continue;
      if (found && !sameFigure(found.claim, k)) return undefined;
      found ??= { sentence: cs, claim: k };
    }
  }
  return found;
}

/**
 * With unequal numbers of values, the one value on the other side said of the same word as this
 * one ("turnout" in "a turnout of 71 per cent" and "with turnout at 61.3%"), when that word names
 * one value on each side.
 */
function anchoredPartner(claim: Claim, mine: readonly Claim[], theirs: readonly Claim[]): Claim | undefined {
  if (claim.anchor === undefined) return undefined;
  let partner: Claim | undefined;
  for (const c of theirs) {
    if (c.anchor !== claim.anchor) continue;
    if (partner) return undefined;
    partner = c;
  }
  return partner && mine.filter((c) => c.anchor === claim.anchor).length === 1 ? partner : undefined;
}

/** The sentence gives a count's earlier figure beside its new one ("updating an earlier toll of 20"). */
const updatesCount = (cs: ClaimSentence) => cs.claims.some((c) => c.superseded && c.kind === 'count');

/** Which measure a story states once the claim gives: a count of one (a majority, the death toll, a crowd), the votes a motion needed, a turnout, the people a vehicle carried, or a line of a company's results. */
function storyMeasureOf(claim: Claim): string | undefined {
  if (claim.superseded) return undefined;
  if (claim.kind === 'count' && claim.threshold) return `${claim.unit} needed`;
  if (claim.kind === 'count' && STORY_MEASURES.has(claim.unit)) return claim.unit;
  if (claim.aboard && !claim.share) return `${claim.unit} aboard`;
  if (claim.kind === 'percent' && claim.anchor === 'turnout') return 'turnout';
  // A line of results on one basis, as the company reported it: not an earlier, a forecast or an asked-for sum.
  if (claim.line && !(claim.forecast || claim.sought || claim.added || claim.separate || claim.reference)) return `${claim.adjusted ? 'adjusted ' : ''}${claim.line} ${claim.unit}`;
  return undefined;
}

/**
 * Both sentences about the same time: the same years ("In 2024 the majority was 16,000" is another
 * election's), and the same days when both name one (a toll "on Tuesday" is an earlier count than
 * one "on Wednesday"; "Wednesday's by-election … cut its majority to 2,745" and a source's
 * "cutting the majority to 2,475" still meet).
 */
function sameWhen(a: ClaimSentence, b: ClaimSentence): boolean {
  const named = (cs: ClaimSentence, kinds: string[]) =>
    cs.claims
      .filter((k) => kinds.includes(k.kind) && !(k.kind === 'year' && k.since))
      .map((k) => `${k.unit}:${k.low}`)
      .sort()
      .join(' ');
  if (named(a, ['year']) !== named(b, ['year'])) return false;
  const dayA = named(a, ['date', 'weekday']);
  const dayB = named(b, ['date', 'weekday']);
  return dayA === '' || dayB === '' || dayA === dayB;
}

/**
 * A measure a story states once (a seat's majority, the turnout, the death toll, a crowd)
 * against the same measure in the story's other files, in whichever sentence: outlets state it in
 * short sentences of their own ("Her majority was 2,475." / "Reform UK cut its majority to
 * 2,745."), too short to pair on context. Only where each file gives the measure one value (the
 * majority now and at the last election: nothing is decided), for the same period, years and days.
 */
function storyMeasureEvidence(ctx: RuleContext, claim: Claim, cs: ClaimSentence, ev: ClaimEvidence, decided: Set<string>, sameStory: Map<string, number>): void {
  const measure = storyMeasureOf(claim)!;
  const same = (k: Claim) => storyMeasureOf(k) === measure;
  if (onlyValue((ctx.fileAnalysis ?? ctx.analysis).claimSentences, same)?.claim.low !== claim.low) return;
  // Sentences naming the measure ("toll", "turnout") are the ones stating it.
  const words = claim.line ? [lineKey(claim.line)] : measure === 'turnout' ? ['turnout'] : claim.aboard ? ABOARD_WORDS : claim.threshold ? THRESHOLD_WORDS : STORY_MEASURES.get(measure)!;
  oneValueEvidence(ctx, claim, ev, decided, sameStory, words.map(stemWord), same, cs);
}

/**
 * The other files' values, most files first, each value counted once whatever its spellings ("30
 * Cabinet" and "30 cabinet", "£1.1m" and "£1.1 million", "$4.3 billion" and "$4.30 billion"):
 * shown, and offered as the fix, in the spelling closest to this file's own (its words as this file
 * writes them), else the commonest.
 */
function rankedValues(values: Claim[], own: string): [string, number][] {
  const words = (t: string) => t.replace(/[\d.,]+/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
  const groups = new Map<string, Map<string, number>>();
  for (const k of values) {
    // "$4.3 billion" and "$4.30 billion": one figure written to two precisions, its middle the same.
    const key = Number.isFinite(k.low) && Number.isFinite(k.high) && !k.ranged ? ((k.low + k.high) / 2).toPrecision(12) : `${k.low}:${k.high}`;
    const spellings = groups.get(key) ?? new Map<string, number>();
    spellings.set(k.text, (spellings.get(k.text) ?? 0) + 1);
    groups.set(key, spellings);
  }
  // Values shown alike are counted once: "over 120 minutes" and "after 120 minutes" both show "120 minutes".
  const ranked = new Map<string, number>();
  for (const spellings of groups.values()) {
    const byCount = [...spellings.entries()].sort((a, b) => b[1] - a[1]);
    const shown = byCount.find(([t]) => words(t) === words(own))?.[0] ?? inOwnWords(byCount[0][0], own);
    ranked.set(shown, (ranked.get(shown) ?? 0) + byCount.reduce((n, [, c]) => n + c, 0));
  }
  return [...ranked].sort((a, b) => b[1] - a[1]);
}

/**
 * Another file's value in this file's words, when both hold one figure: "37" for my "36" of "36 out
 * of 150 seats" where the other file wrote "37 seats" (the fix must not write "37 seats out of 150 seats").
 */
function inOwnWords(other: string, own: string): string {
  // Only a bare figure against the figure with its noun: "30cm" and "30 centimetres" stay as written.
  if (!/^[\d.,]+$/.test(own) && !/^[\d.,]+$/.test(other)) return other;
  const figure = /\d[\d.,]*/g;
  const mine = own.match(figure);
  const theirs = other.match(figure);
  return mine?.length === 1 && theirs?.length === 1 ? own.replace(mine[0], theirs[0]) : other;
}

export const claimConflict: RuleModule = {
  id: 'claim-conflict',
  check(ctx: RuleContext): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const ev of claimEvidence(ctx)) {
      if (ev.conflict.length === 0 || ev.conflict.length <= ev.agree.length) continue;
      // A tie (as many files on each side, this one counted) goes against the other side when this
      // file's other claims show each file of it to be the odd one out: a fabricated article that
      // alone gives a detail one source also gives is not a reason to warn the source. A tie of one
      // against one that the story's other files settle for this one counts among them (outvotedFiles).
      // The calendar settles a day written with its date and year: "Friday (July 25, 2025)" is right
      // against "Thursday (July 25)", whichever file the other claims side with.
      if (calendarConfirms(ev.claim)) continue;
      if (ev.conflict.length === ev.agree.length + 1 && ev.conflict.every((c) => outvotedFiles(ctx).has(c.file)) && !ev.conflict.some((c) => calendarConfirms(c.claims[0]))) continue;
      const { claim } = ev;
      const ranked = rankedValues(ev.conflict.flatMap((c) => c.claims), claim.text);
      const summary = ranked.map(([v, n]) => `${v} in ${n} other file${n === 1 ? '' : 's'}`).join(', ');
      // The message counts every file; the links go to the first ten (a wire paragraph can sit in hundreds).
      const related = ev.conflict.slice(0, 10).map((c) => {
        const d = ctx.corpus.get(c.file)!;
        const k = c.claims[0];
        return { file: c.file, line: lineNo(d, k.start) - 1, start: k.start, end: k.end, message: `${k.text} here` };
      });
      const unanimous = ranked.length === 1 && ev.agree.length === 0;
      out.push({
        rule: 'claim-conflict',
        start: claim.start,
        end: claim.end,
        message: `${claim.text} here; ${summary}.`,
        detail: conflictDetail(ctx, ev),
        related,
        fixes: unanimous ? [{ title: `Change to ${ranked[0][0]} (as in ${ev.conflict.length} source${ev.conflict.length === 1 ? '' : 's'})`, edits: [{ start: claim.start, end: claim.end, newText: ranked[0][0] }] }] : [],
      });
    }
    // "June 1933" against "June 2018" is one finding: the year's own inside it says the same again.
    return out.filter((f) => !out.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start));
  },
};

/** The story's files read to break a tie, the most similar first: enough to find a figure restated. */
const TIE_BREAK_FILES = 10;

/** Context words a backing sentence shares with mine: the same figure in a sentence about something else backs nothing. */
const TIE_BREAK_SHARED_WORDS = 2;

function sharedContextWords(a: string[], b: string[]): number {
  let n = 0;
  for (const w of new Set(a)) if (b.includes(w)) n++;
  return n;
}

/**
 * A claim in a tie is backed by the story's other files (neither side of the tie) when one of them
 * states a compatible figure of the same kind in a sentence sharing some of my sentence's words,
 * and none states the other side's figure anywhere: another outlet's "9 per cent of its staff"
 * backs a wire's "9% of its workforce" against a changed copy's "11% of its workforce", though its
 * sentence is worded too differently to pair.
 */
function storyBacks(ctx: RuleContext, ev: ClaimEvidence): boolean {
  const other = ev.conflict[0];
  const theirs = other.claims[0];
  let mine = false;
  let files = 0;
  for (const f of sameStoryFiles(ctx).keys()) {
    if (f === other.file) continue;
    if (files++ === TIE_BREAK_FILES) break;
    consultClaims(ctx, f);
    for (const cs of ctx.corpus.get(f)?.claimSentences ?? []) {
      for (const c of cs.claims) {
        // A bound ("more than 6 per cent") fits too many figures to back one; the day a thing was
        // announced is the day it was reported, so the report's and the event's weekdays both count.
        if (c.kind !== ev.claim.kind || c.unit !== ev.claim.unit || !c.conversion !== !ev.claim.conversion || c.low === -Infinity || c.high === Infinity) continue;
        if (compatible(c, theirs)) return false;
        if (!mine && compatible(c, ev.claim) && sharedContextWords(cs.context, ev.sentence.context) >= TIE_BREAK_SHARED_WORDS) mine = true;
      }
    }
  }
  return mine;
}

/**
 * Files outvoted on some claim of this file: they disagree where this file has more files on its
 * side (itself counted), or where the story's other files back this file in a tie. Over the whole
 * file, also when a slice of it is checked; once per check (quote-differs asks too), and only when
 * a tie needs it.
 */
export function outvotedFiles(ctx: RuleContext): Set<string> {
  return once(ctx, 'outvoted', () => {
    const odd = new Set<string>();
    const whole = { ...ctx, analysis: ctx.fileAnalysis ?? ctx.analysis };
    for (const ev of claimEvidence(whole)) {
      if (ev.conflict.length > 0 && ev.agree.length + 1 > ev.conflict.length) for (const c of ev.conflict) odd.add(c.file);
      // A tie the story's other files settle for this file counts as the other file outvoted.
      else if (ev.conflict.length === 1 && ev.agree.length === 0 && storyBacks(whole, ev)) odd.add(ev.conflict[0].file);
    }
    return odd;
  });
}

function sentenceLine(ctx: RuleContext, file: string, doc: KeptAnalysis, cs: ClaimSentence): string {
  return `**${ctx.display(file)} line ${lineNo(doc, cs.sentence.start)}:** ${cs.sentence.text.slice(0, 400)}`;
}

function conflictDetail(ctx: RuleContext, ev: ClaimEvidence): string {
  const byCalendar = ev.claim.onDate !== undefined && ev.conflict.some((c) => c.claims.some((k) => k.onDate === ev.claim.onDate));
  const why = ev.claim.person
    ? `**Why:** other files of this story give ${ev.claim.person.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())} another age (a full name and its age, in whichever sentence).`
    : byCalendar
      ? '**Why:** other files of this story write the same date with another weekday (a date fixes its weekday, in whichever sentence).'
      : ev.claim.line && storyMeasureOf(ev.claim) && ev.conflict.every((c) => c.claims[0].line === ev.claim.line)
        ? `**Why:** other files of this story give the ${ev.claim.line} line of the results another sum (a line named before its sum, in whichever sentence; a file giving it two sums decides nothing).`
        : `**Why:** other files say something else about the same ${ev.claim.kind}${ev.claim.unit !== ev.claim.kind ? ` (${ev.claim.unit})` : ''}. Sentences are matched on shared context words and period; values that overlap are not conflicts (two approximations agree within 20%).`;
  const lines = [
    why,
    '',
    `**Here:** ${ev.sentence.sentence.text.slice(0, 400)}`,
    '',
  ];
  for (const c of ev.conflict.slice(0, 6)) lines.push(`- ${sentenceLine(ctx, c.file, ctx.corpus.get(c.file)!, c.sentence)}`);
  if (ev.agree.length) lines.push('', `Agrees with ${ev.agree.length} file${ev.agree.length === 1 ? '' : 's'}: ${ev.agree.map((a) => ctx.display(a.file)).join(', ')}.`);
  lines.push('', 'Checked it? Put `copydesk: verified` on the line above to silence this claim.');
  return lines.join('\n');
}
