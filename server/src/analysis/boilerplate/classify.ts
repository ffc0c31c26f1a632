/**
 * Decides which lines of a pasted page are not the article. Evidence, strongest first:
 *   1. phrase lists (data) and line shape (timestamps, counts, credits, dates);
 *   2. repeats: a line shown twice in a row (video and teaser titles), a run of menu lines shown twice;
 *   3. position: headline-shaped lines dropped between paragraphs, lines after a
 *      "You May Also Like"-style heading, furniture around other furniture;
 *   4. topic: paragraphs whose words have nothing to do with the article's body.
 */
import { Line, isBlank } from '../text/lines';
import { LineStems } from '../text/segment';
import { BoilerplateReason, COMMENT_HEADINGS, PHRASES, endMarkerHeading, normalisePhrase } from './phrases';
import { repeatedRuns } from './repeated-runs';
import { GALLERY_COUNTER, SHORT_LINE, opensWithGalleryCounter, endsLikeSentence, isAgencyCaption, isAuthorBio, isByline, isCaption, isAltTextOf, isCaptionOverCredit, isCommentTerms, isContactDetail, isEmbedNotice, isPrintNote, isCreditedCaption, isContributorNote, isIconLabels, isTimeOnly, isInterviewTurn, isLongAppeal, isLongCookieBanner, isMeasure, isMoreToStoryCall, isNewsAlertsOffer, isWireCaptionEnd, isScriptLine, isSectionName, isQuotationWithSpeaker, isSponsorVerdict, isTruncatedTeaser, pressReleasePart, shapeReason } from './shape';
import { isMarkupLine } from './markup';

export interface BoilerplateBlock {
  /** 0-based first and last line of the block (inclusive); blank lines inside belong to it. */
  startLine: number;
  endLine: number;
  reason: BoilerplateReason;
  /** The flagged non-blank lines. */
  lines: number[];
}

export interface BoilerplateOptions {
  extraPhrases?: string[];
  /** The caller's per-line stems, shared so that each line is stemmed once. */
  stems?: LineStems;
}

interface LineInfo {
  line: Line;
  trimmed: string;
  wordCount: number;
  sentenceLike: boolean;
}

/** A paragraph long enough, and sentence-shaped enough, to be article body. */
const BODY_MIN_WORDS = 12;

/** A list item's mark: a bullet, a middle dot, an asterisk or a dash, and a space. */
const BULLET = /^[\u2022\u00B7*-]\s*/;

/**
 * A sentence that lost its stop: an adverbial opener and two clauses after commas in lower case, "In
 * the second half, within three minutes, the Blues were back level …". Headlines have either ("After
 * stunning loss, Biden vows …", "Lloyd Blankfein, a target of …, says …"), seldom both.
 */
const OPENER = /^(?:In|On|At|After|Before|During|Within|Despite|With|Since|Until|When|While|Although|Though|If|As)\s[^,]{1,40},\s\p{Ll}/u;
const TWO_CLAUSES = /, \p{Ll}[^,]*, \p{Ll}/u;

/** A site's name after a page title: "-Xinhua", " | Reuters", " - BBC News". */
const SITE_SUFFIX = /^ ?[-|\u2013\u2014] ?\p{Lu}[\p{L}\p{N}.&']{0,20}(?: \p{Lu}[\p{L}\p{N}.&']{0,20}){0,2}$/u;

/** A site's name alone: "www.nbcnews.com", "aldailynews.com". */
const SITE_NAME = /^(?:https?:\/\/)?(?:www\.)?[\w-]{1,60}(?:\.[\w-]{1,30}){1,3}\/?$/;

/** Words a subhead shares with the paragraph under it, at least (and half its own). */
const SUBHEAD_SHARED_WORDS = 3;

/** Most words of a gallery's caption between two credit lines (as many as a credited caption may have). */
const GALLERY_CAPTION_WORDS = 80;

/** What stands over a caption set apart with its credit by blank lines: nothing, as furniture would. */
const PICTURE_BLOCK = { trimmed: '', wordCount: 0, furniture: true };

/** WordPress's mark at the end of a post's excerpt: " […]" or " [...]". */
const EXCERPT_MARK = / \[(?:\u2026|\.\.\.)\]$/;

/** Words a paragraph cut off mid-word must have before the cut: a paragraph, not a teaser. */
const CUT_PARAGRAPH_WORDS = 20;

/**
 * A paragraph closed by its agency's tag in brackets after its last sentence: "… to the climate
 * phenomenon El Niño. (ILKHA)". Not after a year: "… February 28, 2025. (REUTERS)" is a caption's
 * date and credit.
 */
const AGENCY_TAG_END = /(?<!\d{4})[.!?]['"\u2019\u201D]? \(\p{Lu}[\p{L}.&-]{1,20}(?: \p{Lu}[\p{L}.&-]*){0,2}\)$/u;
const agencyTagged = (trimmed: string) => trimmed.endsWith(')') && AGENCY_TAG_END.test(trimmed);

/**
 * A paragraph cut off mid-word, as a pasted excerpt or a paywall leaves it ("… found issues with
 * its propulsion and auxil"): a long line holding a finished sentence before its last one. It is
 * text like the paragraphs above it, not a link or a teaser for having lost its stop.
 */
function cutParagraph(trimmed: string, wordCount: number): boolean {
  return wordCount >= CUT_PARAGRAPH_WORDS && /\p{Ll}$/u.test(trimmed) && /[.!?]['"\u2019\u201D]? \p{Lu}/u.test(trimmed);
}

/** Words no headline, label or link ends on: a line ending on one was cut mid-sentence ("Then the toughest task of them all with"). */
const CUT_ON_WORD = /\s(?:the|a|an|of|with|to|and|or|but|for|in|on|at|from|by|into|that|his|her|its|their)$/;
/** Words a short line cut on such a word needs: a sentence's start, not a link's two words. */
const CUT_SENTENCE_WORDS = 5;

/** Prose, not a flattened menu or a Title Case headline: at most a third of its longer words capitalised. */
function cutLastParagraph(trimmed: string, wordCount: number): boolean {
  // (The short one is one sentence: "Please confirm your e-mail. Instructions have been sent to" is a form's.)
  const long = wordCount >= CUT_PARAGRAPH_WORDS || (wordCount >= CUT_SENTENCE_WORDS && CUT_ON_WORD.test(trimmed) && !/[.!?]\s/.test(trimmed));
  return long && /^\p{Lu}/u.test(trimmed) && /\p{Ll}$/u.test(trimmed) && capitalisedShare(trimmed) <= 1 / 3;
}

/** The caption line is the start of the credited one: a space, or the credit glued to its full stop ("… since 2020.YUI MOK/POOL/AFP via Getty Images"). */
function captionOver(caption: string, credited: string): boolean {
  // Under its gallery's counter too: "1 of 5 | Cuomo speaks … Photo by …/UPI | License Photo".
  if (opensWithGalleryCounter(credited)) credited = credited.replace(GALLERY_COUNTER, '');
  if (credited.length <= caption.length || !credited.startsWith(caption)) return false;
  return credited[caption.length] === ' ' || /[.!?]$/.test(caption);
}

export function classifyBoilerplate(lines: Line[], options: BoilerplateOptions = {}): Map<number, BoilerplateReason> {
  const extra = new Set((options.extraPhrases ?? []).map(normalisePhrase));
  const stems = options.stems ?? new LineStems();
  const page = new PageRead(lineInfos(lines, stems));
  flagPhrasesAndShapes(page, extra);
  flagNeighbours(page);
  flagRepeatsAndTitles(page);
  flagTeasersAndBylines(page);
  page.byPosition = true;
  const article = new ArticleFrame(page, stems);
  flagAfterEndMarkers(page, article);
  const { firstBody, lastBody } = flagAppendedStory(page, article);
  // From 3b on: whether the page came with its furniture, as far as the stages so far have found.
  const pasted = page.reasons.size >= MIN_FURNITURE_FOR_HEADLINES;
  flagDroppedHeadlines(page, article, firstBody, lastBody, pasted);
  flagOutsideArticle(page, article);
  flagNotesAndFooter(page, article, pasted);
  flagLabels(page, article, firstBody, pasted);
  flagWedged(page, article, firstBody, lastBody);

  const out = new Map<number, BoilerplateReason>();
  for (const [i, r] of page.reasons) out.set(page.infos[i].line.index, r);
  return out;
}

/*
 * The stages below were one 550-line function, which V8 compiled in about 0.3 s and compiled again
 * each time a page took a branch no page before it had (seven times, 2 s of compiling, in one pass
 * over 10,000 files): a stage of its own is recompiled alone.
 */

/** A line of the page with text: blank lines are left out, so the info after a line's is the next line with text. */
function lineInfos(lines: Line[], stems: LineStems): LineInfo[] {
  const infos: LineInfo[] = [];
  for (const line of lines) {
    if (isBlank(line.text)) continue;
    const trimmed = line.text.trim();
    // Spaces around the line hold no words, so the whole line's count is the trimmed text's.
    const wordCount = trimmed.length > 2000 ? 400 : stems.wordCount(line);
    infos.push({ line, trimmed, wordCount, sentenceLike: endsLikeSentence(trimmed) || cutParagraph(trimmed, wordCount) || agencyTagged(trimmed) });
  }
  // The page's last text cut off mid-word is its last paragraph, even in its first sentence ("The
  // fire was first reported at 2.51pm … plumes of dark smoke bi"): the excerpt ended there; so is a
  // shorter one cut after a word no title ends on ("Then the toughest task of them all with").
  const lastInfo = infos.at(-1);
  if (lastInfo && !lastInfo.sentenceLike && cutLastParagraph(lastInfo.trimmed, lastInfo.wordCount)) lastInfo.sentenceLike = true;
  return infos;
}

/** The page's lines and what the stages have found so far. */
class PageRead {
  readonly reasons = new Map<number, BoilerplateReason>();
  // Past the phrase and shape tests, evidence is position and topic; interview turns ("Q: …",
  // "A: Bob Marley, Drake") are article text however short or off-topic they read.
  byPosition = false;
  readonly endMarkers: number[] = [];
  /** "Discussion about this post": the readers' comments start under it. */
  readonly commentHeadings: number[] = [];
  /** Site footers ("Copyright © 2019 Example Media Ltd"): no article text follows them. */
  readonly footers: number[] = [];
  /** Lines ending in an ellipsis: teasers cut off by a page, or a draft's sentence trailing off. */
  readonly cutShort: number[] = [];

  constructor(readonly infos: LineInfo[]) {}

  flag(i: number, r: BoilerplateReason): void {
    if (this.reasons.has(i) || (this.byPosition && isInterviewTurn(this.infos[i].trimmed))) return;
    this.reasons.set(i, r);
  }

  /** A tag line or a tags label ends the article ("Tags: …", "Tags" over the tags, "Topics"). */
  flagMarkingTags(i: number, reason: BoilerplateReason): void {
    if (reason === 'tags or topic list') this.endMarkers.push(i);
    this.flag(i, reason);
  }

  /** The article body: sentence-shaped paragraphs not already flagged. */
  isBody(i: number): boolean {
    return !this.reasons.has(i) && this.infos[i].wordCount >= BODY_MIN_WORDS && this.infos[i].sentenceLike;
  }
}

/** Where the article stands on the page, found once the phrase, shape and repeat tests are done. */
class ArticleFrame {
  readonly bodyIdx: number[];
  readonly realMarkers: number[];
  readonly footer: number | undefined;
  readonly region: ReturnType<typeof articleRegion>;
  readonly topic: TopicModel;
  /** Topic needs enough text to judge; with less, topic evidence is not used at all. */
  readonly topicReliable: boolean;

  constructor(page: PageRead, stems: LineStems) {
    const { infos } = page;
    const bodyIdx = infos.map((_, i) => i).filter((i) => page.isBody(i));
    this.bodyIdx = bodyIdx;
    const realMarkers = page.endMarkers.filter((m) => this.begun(m));
    this.realMarkers = realMarkers;
    const firstMarker = realMarkers.length ? Math.min(...realMarkers) : infos.length;
    // The article: the largest run of body paragraphs, not crossing an end marker. Paragraphs after
    // the site's footer (cookie dialogs, privacy text) are never the article.
    const footer = page.footers.find((m) => this.begun(m));
    this.footer = footer;
    const region = articleRegion(infos, footer === undefined ? bodyIdx : bodyIdx.filter((i) => i < footer), realMarkers);
    this.region = region;
    const regionBody = region ? bodyIdx.filter((i) => i >= region.start && i <= region.end) : [];
    const topicBody = regionBody.length >= 4 ? regionBody : bodyIdx.filter((i) => i < firstMarker);
    this.topic = new TopicModel(infos, topicBody, stems);
    this.topicReliable = topicBody.length >= 4;
  }

  /** End markers and footers count only once the article has begun (menus at the top use the same words). */
  begun(m: number): boolean {
    return this.bodyIdx.filter((i) => i < m).length >= 3;
  }
}

/** 1. Phrases and shape, line by line. */
function flagPhrasesAndShapes(page: PageRead, extra: Set<string>): void {
  const { infos, endMarkers, commentHeadings, footers, cutShort } = page;
  infos.forEach((info, i) => {
    if (info.trimmed.length <= SHORT_LINE) {
      const norm = normalisePhrase(info.trimmed);
      if (extra.has(norm)) return page.flag(i, 'phrase listed in the project config');
      const phrase = PHRASES[norm];
      if (COMMENT_HEADINGS.has(norm)) commentHeadings.push(i);
      if (endMarkerHeading(norm, info.trimmed)) {
        endMarkers.push(i);
        return page.flag(i, phrase ?? 'heading of a related-stories block');
      }
      if (phrase) return page.flagMarkingTags(i, phrase);
      // "Order Reprints | Today's Paper | Subscribe": links each known alone, run together with bars.
      if (info.trimmed.includes(' | ') && info.wordCount <= BAR_PHRASES_WORDS && info.trimmed.split('|').every((x) => PHRASES[normalisePhrase(x)] !== undefined)) return page.flag(i, 'share/navigation link');
      const shape = shapeReason(info.trimmed, info.wordCount);
      if (shape) {
        if (shape === 'copyright footer' && isSiteFooter(info.trimmed, info.wordCount)) footers.push(i);
        return page.flagMarkingTags(i, shape);
      }
    } else if (isLongCookieBanner(info.trimmed, info.wordCount)) return page.flag(i, 'cookie notice');
    else if (isLongAppeal(info.trimmed, info.wordCount)) return page.flag(i, 'appeal for support or donations');
    else if (isMoreToStoryCall(info.trimmed, info.wordCount) || isNewsAlertsOffer(info.trimmed, info.wordCount)) return page.flag(i, 'newsletter or sign-up prompt');
    else if (isScriptLine(info.trimmed)) return page.flag(i, 'page script code');
    else if (isMarkupLine(info.trimmed)) return page.flag(i, 'HTML markup left in the text');
    else if (isCommentTerms(info.trimmed)) return page.flag(i, 'comment form');
    else if (isEmbedNotice(info.trimmed, info.wordCount)) return page.flag(i, 'share/navigation link');
    else if (isPrintNote(info.trimmed, info.wordCount)) return page.flag(i, 'publication timestamp');
    else if (isIconLabels(info.trimmed)) return page.flag(i, 'share/navigation link');
    else if (isSponsorVerdict(info.trimmed, info.wordCount)) return page.flag(i, 'story status note');
    // A caption with its credit, short or long.
    // A gallery's caption under its counter, quoting or not: "1 of 5 | Cuomo … conceded "tonight …" Photo by …".
    if (isCreditedCaption(info.trimmed, info.wordCount) || isAgencyCaption(info.trimmed, info.wordCount) || (info.wordCount >= 4 && opensWithGalleryCounter(info.trimmed))) return page.flag(i, 'photo caption with its credit');
    if (info.trimmed.length <= SHORT_LINE && isTruncatedTeaser(info.trimmed) && info.wordCount <= 30) cutShort.push(i);
  });
}

/** Lines read with their neighbours: key events, link labels, alt texts, tables, separated lists, captions over credits, galleries. */
function flagNeighbours(page: PageRead): void {
  const { infos, reasons } = page;
  // A live blog's list of key events, each entry's title ending in its time: "- Reeves announces tax
  // rises13:18". Under furniture ("KEY EVENTS") or with most times glued on: a fixture list's "Arsenal
  // v Chelsea 12:30" lines are the article's.
  for (const [i, j] of runsWhere(infos.length, (k) => !reasons.has(k) && isTimedEntry(infos[k]))) {
    let glued = 0;
    for (let k = i; k < j; k++) if (GLUED_TIME.test(infos[k].trimmed)) glued++;
    if (j - i >= KEY_EVENT_RUN && ((i > 0 && reasons.has(i - 1)) || glued * 2 > j - i)) for (let k = i; k < j; k++) page.flag(k, 'share/navigation link');
  }

  // A link's label alone on its line ("SEE ALSO:", "Read more:") over the headline it points to.
  for (let i = 0; i + 1 < infos.length; i++) {
    if (!LINK_LABEL_ALONE.test(infos[i].trimmed)) continue;
    const k = nextWithWords(infos, i);
    const next = infos[k];
    if (next && !reasons.has(k) && !next.sentenceLike && next.wordCount <= TEASER_HEADLINE_WORDS && /^\p{Lu}/u.test(next.trimmed)) page.flag(k, 'related-story link');
  }

  // A picture's alt text over its credited caption ("Boston Celtics fans" over "Boston Celtics fans | Photo: AP/…").
  for (let i = 0; i + 1 < infos.length; i++) {
    if (!reasons.has(i) && infos[i].wordCount > 0 && reasons.get(i + 1) === 'photo caption with its credit' && captionOver(infos[i].trimmed, infos[i + 1].trimmed)) page.flag(i, 'photo caption with its credit');
  }

  // A table flattened with its bars ("Metric | Current Period | Prior Year Period | % Change |",
  // "---|---|", "Net Sales | $158.9 billion | $143.1 billion | 11% |"): rows of figures make it the
  // article's data, not a bar menu and stray punctuation.
  for (const [i, j] of runsWhere(infos.length, (k) => barCells(infos[k].trimmed) >= TABLE_MIN_CELLS)) {
    if (j - i < TABLE_MIN_ROWS || infos.slice(i, j).filter((x) => isFigureRow(x.trimmed)).length < TABLE_MIN_ROWS - 1) continue;
    for (let k = i; k < j; k++) if (reasons.get(k) === 'share/navigation link' || reasons.get(k) === 'stray punctuation') reasons.delete(k);
  }

  // A list of links flattened with its separators left at the lines' ends ("Lord Sear, Radio Legend,
  // Dies At 53 -", "… Opera Claim -"): three or more such lines in a row, and the list's last item
  // after them, which has no separator.
  for (const [i, j] of runsWhere(infos.length, (k) => isSeparatedItem(infos[k]))) {
    if (j - i < SEPARATED_RUN) continue;
    for (let k = i; k < j; k++) page.flag(k, 'related-story teaser');
    const last = infos[j];
    if (last && !last.sentenceLike && last.wordCount > 0 && last.wordCount <= SEPARATED_ITEM_WORDS && /^\p{Lu}/u.test(last.trimmed)) page.flag(j, 'related-story teaser');
  }

  // A caption right over its credit's own line ("… on Sept. 21, 2009." over "(Matt Sayles / Associated Press)").
  // Set apart by blank lines, the three are still one picture when the line over the caption is
  // its alt text, the caption's own opening words.
  for (let i = 0; i + 1 < infos.length; i++) {
    if (reasons.has(i) || reasons.get(i + 1) !== 'photo or source credit') continue;
    const creditNext = infos[i + 1].line.index === infos[i].line.index + 1;
    const overNext = i > 0 && infos[i - 1].line.index === infos[i].line.index - 1;
    const spaced = i > 0 && !(creditNext && overNext) && infos[i + 1].line.index - infos[i].line.index <= 2 && infos[i].line.index - infos[i - 1].line.index <= 2 && isAltTextOf(infos[i - 1], infos[i].trimmed);
    // A wire caption's own ending ("… on Monday, Oct. 27, 2025, in Paris.") one blank line over its credit: the picture's.
    const wireCaption = !creditNext && !spaced && infos[i + 1].line.index - infos[i].line.index === 2 && isWireCaptionEnd(infos[i].trimmed);
    if (!creditNext && !spaced && !wireCaption) continue;
    // A caption's sentence and its credit glued together with blank lines round the pair, on a page
    // that sets its paragraphs apart so: one picture's block ("The crash site where …" over
    // "Picture: Getty"; a headline over a credit has no full stop, and stays).
    const block = wireCaption || (creditNext && !overNext && !spaced && infos[i].sentenceLike && (i + 2 >= infos.length || infos[i + 2].line.index - infos[i + 1].line.index >= 2));
    const over = overNext || spaced ? { ...infos[i - 1], furniture: reasons.has(i - 1) } : block ? PICTURE_BLOCK : undefined;
    if (!isCaptionOverCredit(over, infos[i], infos[i + 1].trimmed)) continue;
    page.flag(i, 'photo caption with its credit');
    if (!block) page.flag(i - 1, 'photo caption with its credit'); // the picture's alt text, when not already furniture
  }

  // A gallery flattened: credit, caption, credit, caption, … each caption right between two credits' own lines.
  for (let i = 1; i + 1 < infos.length; i++) {
    if (reasons.has(i) || infos[i].wordCount > GALLERY_CAPTION_WORDS) continue;
    const creditBeside = (j: number) => reasons.get(j) === 'photo or source credit' && Math.abs(infos[j].line.index - infos[i].line.index) === 1;
    if (creditBeside(i - 1) && creditBeside(i + 1)) page.flag(i, 'photo caption with its credit');
  }

  // A credit's label alone over the credited site's name ("Photo credit" over "www.nbcnews.com").
  for (let i = 0; i + 1 < infos.length; i++) {
    if (reasons.get(i) === 'photo or source credit' && infos[i].wordCount <= 2 && !reasons.has(i + 1) && SITE_NAME.test(infos[i + 1].trimmed)) page.flag(i + 1, 'photo or source credit');
  }
}

function flagRepeatsAndTitles(page: PageRead): void {
  const { infos, reasons } = page;
  // 2. Repeats: the same line twice in a row is a player or teaser widget, or a paragraph pasted twice.
  for (let i = 1; i < infos.length; i++) {
    const a = infos[i - 1];
    const b = infos[i];
    // (A widget's line is short; a paragraph pasted twice may be of any length.)
    if (a.trimmed === b.trimmed && b.wordCount >= 2 && (b.wordCount <= 40 || b.sentenceLike)) {
      // A sentence twice is the article's paragraph pasted twice: the copy goes, the paragraph stays;
      // over a picture's credit it is the picture's alt text and caption, both cut.
      const pasted = b.sentenceLike && reasons.get(i + 1) !== 'photo or source credit';
      if (!pasted) page.flag(i - 1, REPEATED);
      page.flag(i, pasted ? 'paragraph pasted twice' : REPEATED);
    }
    // Or round a player's own line: the title, "VIDEO0:5700:57", the title again (CNBC).
    const c = infos[i + 1];
    if (c && reasons.get(i) === 'video duration' && a.trimmed === c.trimmed && c.wordCount >= 2 && c.wordCount <= 40) {
      page.flag(i - 1, REPEATED);
      page.flag(i + 1, REPEATED);
    }
  }

  // The page's title over the story's headline: the headline with the site's name after it
  // ("… presidential runoff-Xinhua" over "… presidential runoff", "… | Reuters").
  for (let i = 0; i + 1 < infos.length && i < HEAD_LINES; i++) {
    const [a, b] = [infos[i].trimmed, infos[i + 1].trimmed];
    if (!reasons.has(i) && infos[i + 1].wordCount >= 4 && a.length > b.length && a.startsWith(b) && SITE_SUFFIX.test(a.slice(b.length))) page.flag(i, 'page title with the site\u2019s name');
  }

  // A genre label on the page's own headline ("Analysis: 10 minutes at the White House …", "Opinion |
  // …"): the page's first line of four words or more, with a paragraph close under it, heads the
  // story; further down, such a line links to another one.
  const firstLong = infos.findIndex((info, i) => info.wordCount >= 4 && !(reasons.has(i) && reasons.get(i) !== 'related-story link'));
  const paragraphUnder = (i: number) => infos.slice(i + 1, i + 1 + HEAD_LINES).some((info) => info.sentenceLike && info.wordCount >= BODY_MIN_WORDS);
  if (firstLong >= 0 && reasons.get(firstLong) === 'related-story link' && GENRE_LABEL.test(infos[firstLong].trimmed) && paragraphUnder(firstLong)) reasons.delete(firstLong);
}

function flagTeasersAndBylines(page: PageRead): void {
  const { infos, reasons, cutShort } = page;
  // A line trailing off in an ellipsis is a teaser on a page pasted with its furniture; in a file
  // with none ("And then the lights went out...") it is the writer's, and so it is between two
  // paragraphs ("The bottom line ..." as a subhead).
  const between = (i: number) => i > 0 && i + 1 < infos.length && page.isBody(i - 1) && page.isBody(i + 1);
  if (reasons.size >= MIN_FURNITURE_FOR_HEADLINES) {
    for (const i of cutShort) {
      if (between(i)) continue;
      page.flag(i, 'related-story teaser');
      // Its headline over it ("Pope Leo goes to Istanbul's Blue Mosque" over "In a moment that … of over...").
      const h = infos[i - 1];
      if (h && !reasons.has(i - 1) && !h.sentenceLike && h.wordCount >= 2 && h.wordCount <= TEASER_HEADLINE_WORDS && h.trimmed.length <= SHORT_LINE) page.flag(i - 1, 'related-story teaser');
    }
  }

  // A byline is the page's on a page pasted with its furniture; a reporter's draft opens with its own.
  if (reasons.size >= MIN_FURNITURE_FOR_HEADLINES) infos.forEach((info, i) => isByline(info.trimmed, info.wordCount) && page.flag(i, 'byline or author bio'));
}

function flagAfterEndMarkers(page: PageRead, article: ArticleFrame): void {
  const { infos, reasons, endMarkers, commentHeadings } = page;
  const { realMarkers, region, topic, topicReliable } = article;
  // 3a. After an end marker the page is usually teasers and other stories: flag until an on-topic paragraph
  // or one of the article's own run (a trending widget dropped inside the article).
  for (const m of realMarkers) {
    // The line right under a tags label ("Key Topics" over "Politics, Renee Good, Minneapolis") is the tags.
    const tagsUnder = reasons.get(m) === 'tags or topic list' ? nextWithWords(infos, m) : -1;
    for (let i = m + 1; i < infos.length; i++) {
      if (reasons.has(i)) continue;
      const info = infos[i];
      if (page.isBody(i) && (!topicReliable || topic.overlap(i) >= 0.25 || (region !== undefined && i >= region.start && i <= region.end))) break;
      if (i === tagsUnder && info.trimmed.includes(',') && !info.sentenceLike) page.flag(i, 'tags or topic list');
      else page.flag(i, info.wordCount >= BODY_MIN_WORDS && info.sentenceLike ? 'off-topic block after the article end' : 'related-story teaser');
    }
  }

  // 3a''. Under a comment section's heading, the readers' comments run to the end of the page.
  const comments = commentHeadings.find((m) => article.begun(m));
  if (comments !== undefined) for (let i = comments + 1; i < infos.length; i++) if (infos[i].wordCount > 0 && !reasons.has(i)) page.flag(i, 'readers\u2019 comments below the article');

  // 3a'. A related-stories heading before the article has begun ("Related Coverage" after its first
  // paragraphs): the headline-shaped lines right under it are its links, up to the next sentence.
  for (const m of endMarkers) {
    if (realMarkers.includes(m)) continue;
    for (let i = m + 1; i < infos.length && !reasons.has(i); i++) {
      const info = infos[i];
      if (info.wordCount === 0) continue;
      if (info.sentenceLike || info.wordCount > 18 || /[:,;]$/.test(info.trimmed) || !/^\p{Lu}/u.test(info.trimmed)) break;
      page.flag(i, 'related-story teaser');
    }
  }
}

/** 4. An appended story; returns the body's first and last on-topic paragraphs, which later stages read. */
function flagAppendedStory(page: PageRead, article: ArticleFrame): { firstBody: number; lastBody: number } {
  const { infos, reasons } = page;
  const { bodyIdx, topic, topicReliable } = article;
  // Off-topic paragraphs after the article's last on-topic paragraph.
  const onTopicBody = bodyIdx.filter((i) => !reasons.has(i) && topic.overlap(i) >= 0.25);
  const lastBody = onTopicBody.length ? onTopicBody[onTopicBody.length - 1] : -1;
  const firstBody = onTopicBody.length ? onTopicBody[0] : infos.length;
  // A headline shown twice just above the article (the page's title, then the story's): one copy is
  // its headline, kept, so that removing the repeat leaves the story its title.
  for (let i = Math.max(1, firstBody - HEAD_LINES); i < firstBody; i++) {
    const twice = reasons.get(i) === REPEATED && reasons.get(i - 1) === REPEATED && infos[i].trimmed === infos[i - 1].trimmed;
    if (twice && infos[i].wordCount >= 5 && !infos[i].sentenceLike && /^\p{Lu}/u.test(infos[i].trimmed) && !/\d{1,2}:\d{2}/.test(infos[i].trimmed)) reasons.delete(i);
  }
  if (lastBody >= 0 && topicReliable) {
    // Only past some furniture: an appended story follows the page's own chrome, or carries a
    // teaser's date on the line under it ("The cricket world watches as …" over "April 7, 2025").
    let sawFurniture = false;
    const datedTeaser = (i: number) => reasons.get(i + 1) === 'date stamp of a teaser';
    // Furniture of a kind the article has between its own paragraphs (a live blog's entry times and
    // share buttons) marks no end: the entries after it are the article's.
    const inArticle = new Set<BoilerplateReason>();
    for (let i = bodyIdx[0] + 1; i < lastBody; i++) {
      const r = reasons.get(i);
      if (r) inArticle.add(r);
    }
    const paragraphAt = (k: number) => k < infos.length && !reasons.has(k) && infos[k].wordCount >= BODY_MIN_WORDS;
    const subheadAt = (k: number) => k < infos.length && !reasons.has(k) && !infos[k].sentenceLike && infos[k].wordCount <= SUBHEAD_WORDS;
    for (let i = lastBody + 1; i < infos.length; i++) {
      const r = reasons.get(i);
      // A photo's caption sits between an article's paragraphs: it marks no end. Nor does one
      // related-story link alone between two paragraphs ("READ MORE : …" inside an AP rewrite), or
      // over a subhead and its paragraph ("RELATED: […]", "Casualties and Tsunami Warning", …).
      const lone = r === 'related-story link' && !reasons.has(i - 1) && (paragraphAt(i + 1) || (subheadAt(i + 1) && paragraphAt(i + 2)));
      if (r && !inArticle.has(r) && r !== 'photo caption with its credit' && !lone) sawFurniture = true;
      else if ((sawFurniture || datedTeaser(i)) && infos[i].wordCount >= BODY_MIN_WORDS && !isQuotationWithSpeaker(infos[i].trimmed) && topic.overlap(i) < 0.15) page.flag(i, 'off-topic block after the article end');
    }
  }
  return { firstBody, lastBody };
}

function flagDroppedHeadlines(page: PageRead, article: ArticleFrame, firstBody: number, lastBody: number, pasted: boolean): void {
  const { infos, reasons } = page;
  const { topic, topicReliable } = article;
  // 3b. Headline-shaped lines between the article's paragraphs are related-story links, on a page
  // pasted with its furniture: in a file with none (a reporter's draft) they are its subheads.
  const isolated = (k: number) => k < 0 || k >= infos.length || reasons.has(k) || infos[k].sentenceLike;
  for (let i = firstBody + 1; i < lastBody && pasted; i++) {
    if (reasons.has(i)) continue;
    const info = infos[i];
    if (!headlineShaped(infos, i)) continue;
    // A dropped-in headline stands alone between paragraphs; a run of such lines is a list in the article.
    if (!isolated(i - 1) || !isolated(i + 1)) continue;
    // Over its byline it is the story's own title, under a caption pasted above it.
    if (reasons.get(i + 1) === 'byline or author bio') continue;
    const n = info.wordCount;
    // Half its words (three or more) in the paragraph under it: a subhead leading into that paragraph
    // ("The left alliance becomes the leading force in the chamber" over "The New Popular Front
    // becomes the leading political force …"), not another story's headline.
    const under = i + 1 < infos.length && !reasons.has(i + 1) ? topic.shared(i, i + 1) : 0;
    // (A label makes it a link: "Also: See Black Friday coverage at CNET".)
    if (under >= SUBHEAD_SHARED_WORDS && under * 2 >= topic.size(i) && !info.trimmed.includes(':')) continue;
    // Three quarters of its words in the article's body: a subhead of the article, not another story's headline.
    if ((n >= 6 && n <= 18 && topic.overlap(i) < 0.75) || (n >= 4 && n < 6 && topicReliable && topic.overlap(i) < 0.34)) page.flag(i, 'related-story headline between paragraphs');
  }

  // 3c. A run of three or more such lines between two paragraphs, none on the article's topic, is a
  // block of other stories' headlines dropped into the page ("Referees aren't the only ones
  // responsible …" under a Super Bowl report), pasted page or not: a list of the article's own
  // shares its words.
  if (topicReliable) {
    for (const [i, j] of runsWhere(infos.length, (k) => !reasons.has(k) && !infos[k].sentenceLike && headlineShaped(infos, k, true))) {
      if (j - i < HEADLINE_RUN || i === 0 || j >= infos.length || !page.isBody(i - 1) || !page.isBody(j)) continue;
      let offTopic = true;
      for (let k = i; k < j && offTopic; k++) offTopic = infos[k].wordCount >= 6 && infos[k].wordCount <= 18 && topic.overlap(k) < 0.15;
      if (offTopic) for (let k = i; k < j; k++) page.flag(k, 'related-story headline between paragraphs');
    }
  }

  // 3c'. A bulleted run of three or more headlines right under a paragraph, at least half of them
  // in title case ("- Gold Slips Ahead of FOMC Decision", "- All Eyes on Powell: Rate Drama Unfolds
  // This Week"), is the site's list of related stories, on the article's topic or not: the
  // article's own bullets are sentences or sentence-case fragments, or follow a colon.
  for (const [i, j] of runsWhere(infos.length, (k) => !reasons.has(k) && isBulletedHeadline(infos[k]))) {
    if (j - i < HEADLINE_RUN || i === 0 || !page.isBody(i - 1) || infos[i - 1].trimmed.endsWith(':') || j >= infos.length) continue;
    let titled = 0;
    for (let k = i; k < j; k++) if (isTitleCase(infos[k].trimmed.replace(BULLET, ''))) titled++;
    if (titled * 2 >= j - i) for (let k = i; k < j; k++) page.flag(k, 'related-story headline between paragraphs');
  }

  // 3c''. Another story's headline dropped between paragraphs is that story's teaser wherever the page
  // shows it again (a video's title under the headline and again further down), and the paragraph
  // under its link that ends in WordPress's excerpt mark "[…]" is the teaser's excerpt.
  const related = new Set<string>();
  for (const [i, r] of reasons) if (r === 'related-story headline between paragraphs' || r === 'related-story link') related.add(infos[i].trimmed);
  if (related.size) {
    for (let i = 0; i < infos.length; i++) {
      if (reasons.has(i)) continue;
      if (related.has(infos[i].trimmed) && !infos[i].sentenceLike) page.flag(i, 'related-story headline between paragraphs');
      else if (i > 0 && related.has(infos[i - 1].trimmed) && EXCERPT_MARK.test(infos[i].trimmed)) page.flag(i, 'related-story teaser');
    }
  }
}

function flagOutsideArticle(page: PageRead, article: ArticleFrame): void {
  const { infos, reasons } = page;
  const { bodyIdx, region, topic, topicReliable } = article;
  // 3d. Outside the article (before its head, after its last paragraph) runs of short lines are site
  // navigation, and sentence paragraphs that share nothing with the article are other stories.
  if (region) {
    const outside = (i: number) => i < region.headStart || i > region.end;
    // Around a short article (a paywalled page's two paragraphs) only longer runs of menu-sized
    // lines count: a brief may end with a short list of its own.
    const maxWords = region.short ? SHORT_MENU_WORDS : 8;
    // A legal link already known as furniture ("Privacy Policy", "Impressum") inside the run is part
    // of it: it must not cut a footer's menu in two. Only the run's other lines count towards its
    // length. (Any furniture joining runs flagged 7 more article lines in the corpus: recipe lists.)
    // A bulleted list under it may be its own; above its head, bullets are the site's menu ("• Money", "• Trending").
    const shortLine = (i: number) => outside(i) && !infos[i].sentenceLike && infos[i].wordCount <= maxWords && !(region.short && i > region.end && LIST_ITEM.test(infos[i].trimmed)) && (!reasons.has(i) || RUN_LINKS.has(reasons.get(i)!));
    for (const [i, j] of runsWhere(infos.length, shortLine)) {
      const run = infos.slice(i, j).filter((_, k) => !reasons.has(i + k));
      if (run.length === 0) continue;
      // A numbered list, or one of measures (a recipe's ingredients), is the article's own.
      // So is a list of data, most of its lines holding a figure (prices, results, a schedule, a poll's votes).
      const numbered = run.some((x) => /^\d{1,3}[.)]\s/.test(x.trimmed)) || run.filter((x) => isMeasure(x.trimmed)).length * 2 > run.length || run.filter((x) => isDataItem(x.trimmed)).length * 2 > run.length;
      // A list introduced by a colon ("Roads closed on Sunday:") is the article's own.
      const introduced = region.short && i > 0 && infos[i - 1].trimmed.endsWith(':');
      if (run.length >= (region.short ? SHORT_MENU_RUN : 3) && !numbered && !introduced) {
        for (let k = i; k < j; k++) page.flag(k, 'navigation menu outside the article');
        // A bulleted menu running on into the lines a headline may take is still the menu: its items
        // go on with their bullet, a word or three each ("- World News", "- Cost of Living"), past
        // items already known as links ("- Home").
        if (BULLET.test(infos[j - 1].trimmed)) for (let k = j; k < region.start && (reasons.has(k) || isBulletedMenuItem(infos[k])); k++) page.flag(k, 'navigation menu outside the article');
      }
    }
    if (topicReliable && !region.short) {
      // Sentences running on from the article's last paragraph, too short to count as body, are its
      // ending: a kicker quote (“Not like this.”) or a last line that turns to what comes next
      // ("Forecasters expect humidity to rise on Thursday."), however few words they share with it.
      let runOn = region.end + 1;
      while (runOn < infos.length && !reasons.has(runOn) && infos[runOn].sentenceLike) runOn++;
      for (let i = 0; i < infos.length; i++) {
        if (i > region.end && i < runOn) continue;
        if (!reasons.has(i) && outside(i) && infos[i].wordCount >= 8 && !infos[i].trimmed.startsWith('(') && !isQuotationWithSpeaker(infos[i].trimmed) && topic.overlap(i) < (i < region.headStart ? 0.1 : 0.15)) page.flag(i, i < region.headStart ? 'site text above the article' : 'off-topic block after the article end');
      }
    }
  } else if (bodyIdx.length) {
    // With no article region (a page of lists), a long run of menu-sized lines above the first
    // paragraph, clear of the lines a headline and byline may take, is the site's menu. A page
    // without a single paragraph (a list, a programme) has no "above".
    const first = bodyIdx[0];
    const menuLine = (i: number) => i < first - HEAD_LINES && !reasons.has(i) && !infos[i].sentenceLike && infos[i].wordCount <= SHORT_MENU_WORDS && !/^\d{1,3}[.)]/.test(infos[i].trimmed);
    for (const [i, j] of runsWhere(first, menuLine)) {
      if (j - i >= TOP_MENU_RUN) for (let k = i; k < j; k++) page.flag(k, 'navigation menu outside the article');
    }
  }
}

function flagNotesAndFooter(page: PageRead, article: ArticleFrame, pasted: boolean): void {
  const { infos, reasons } = page;
  const { bodyIdx, footer, region } = article;
  // 3e. An author bio ("Ines Varga is a freelance reporter based in Port Alder.") with no paragraph of
  // the article after it: the same words mid-article describe someone in the story.
  // The last paragraph not already furniture: a wire's "About AP" paragraph below the bio is.
  let lastParagraph = -1;
  for (let k = bodyIdx.length - 1; k >= 0 && lastParagraph < 0; k--) if (!reasons.has(bodyIdx[k])) lastParagraph = bodyIdx[k];
  // On a pasted page, so are its notes of who else reported ("… contributed reporting from Hong
  // Kong."); a draft keeps its own, as it keeps its byline.
  const isNote = (i: number) => !reasons.has(i) && infos[i].wordCount <= 50 && (isAuthorBio(infos[i].trimmed) || (pasted && isContributorNote(infos[i].trimmed)));
  // The author's name alone above the note, as wire pages print it ("MARK OLSEN" over "Olsen covers …").
  const authorNameOf = (k: number, note: number) => {
    const name = infos[k].trimmed;
    if (reasons.has(k) || !AUTHOR_NAME_LINE.test(name)) return false;
    const surname = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
    const noteText = infos[note].trimmed.toLowerCase();
    return noteText.startsWith(surname + ' ') || noteText.startsWith(name.toLowerCase() + ' ');
  };
  // Notes in a row at the end (the last paragraph may be one of them), and the name over the top one.
  let notesFrom = Math.max(0, lastParagraph);
  if (notesFrom < infos.length && isNote(notesFrom)) {
    for (let k = notesFrom - 1; k >= 0; k--) {
      if (isNote(k)) {
        notesFrom = k;
        continue;
      }
      if (authorNameOf(k, notesFrom)) page.flag(k, 'byline or author bio');
      break;
    }
  }
  for (let i = notesFrom; i < infos.length; i++) if (isNote(i)) page.flag(i, 'byline or author bio');

  // 3f. Below a site footer that reserves rights ("© 2019 Example Media. All Rights Reserved."), the
  // page is teasers and sign-up forms, up to another article: three paragraphs in a row and the two
  // lines above them (wire copy pasted story after story ends each with such a line; the next one
  // opens with a headline and dateline). A photo credit never reserves rights.
  if (footer !== undefined && /rights reserved/i.test(infos[footer].trimmed)) {
    let end = footer + 1;
    while (end < infos.length && !(end + 2 < infos.length && page.isBody(end) && page.isBody(end + 1) && page.isBody(end + 2))) end++;
    if (end < infos.length) end = Math.max(footer + 1, end - 2);
    for (let i = footer + 1; i < end; i++) page.flag(i, 'page text below the site footer');
  }

  // 2b. A run of menu-sized lines shown twice on the page (desktop and mobile navigation, a footer
  // repeated) is site navigation wherever it stands; the article's own lines are never among them.
  for (const i of repeatedRuns(infos, region)) page.flag(i, 'navigation menu shown twice');

  // 3f'. A clock time alone above the article, not heading a paragraph (a live story heads its
  // entries so), is the page's stamp, split from its date.
  if (region) for (let i = 0; i < region.start; i++) if (!reasons.has(i) && !page.isBody(i + 1) && isTimeOnly(infos[i].trimmed)) page.flag(i, 'publication timestamp');

  // 3g. A bare date between two paragraphs of the article is a timeline's subhead, not a teaser's stamp.
  if (region) {
    for (let i = region.start + 1; i < region.end; i++) {
      if (reasons.get(i) === 'date stamp of a teaser' && page.isBody(i - 1) && page.isBody(i + 1)) reasons.delete(i);
    }
  }
}

function flagLabels(page: PageRead, article: ArticleFrame, firstBody: number, pasted: boolean): void {
  const { infos, reasons } = page;
  const { bodyIdx, topic, topicReliable } = article;
  // A press release's closing parts; under its contact heading, the contact's lines (up to a blank).
  for (let i = 0; i < infos.length; i++) {
    const part = reasons.has(i) ? undefined : pressReleasePart(infos[i].trimmed);
    if (!part) continue;
    page.flag(i, 'press release footer');
    if (part === 'contact heading') {
      for (let k = i + 1; k < infos.length && k <= i + 5 && infos[k].trimmed !== '' && isContactDetail(infos[k].trimmed, infos[k].wordCount); k++) page.flag(k, 'press release footer');
    }
    if (part === 'legal heading') {
      if (i + 1 < infos.length && SAFE_HARBOUR_START.test(infos[i + 1].trimmed)) page.flag(i + 1, 'press release footer');
    }
  }

  // A newspaper section's name alone on its line ("Obituaries", "e-Edition", "Local News") is a menu
  // item on a pasted page, unless a paragraph follows it: a draft's or an article's subhead ("Weather").
  if (reasons.size >= MIN_FURNITURE_FOR_HEADLINES) {
    infos.forEach((info, i) => {
      if (!reasons.has(i) && isSectionName(info.trimmed) && !(i + 1 < infos.length && infos[i + 1].sentenceLike && infos[i + 1].wordCount >= BODY_MIN_WORDS)) page.flag(i, 'navigation menu outside the article');
    });
  }
  // A pasted page's first line naming its section ("World" over "Dhaka, November 18: …"): no subhead
  // opens a text, so the name is the section's label however little else of the page came with it.
  // (In a draft with no furniture it may be the writer's desk or slug: "Weather".)
  if (reasons.size && infos.length && (bodyIdx.length ? bodyIdx[0] : firstBody) <= 2 && !reasons.has(0) && isSectionName(infos[0].trimmed)) page.flag(0, 'section label above the article');
  // "Published" over its date, as a broadcaster's page prints it: the date's label.
  for (let i = 0; i + 1 < infos.length; i++) {
    if (!reasons.has(i) && STAMP_LABEL.test(infos[i].trimmed) && DATE_REASONS.has(reasons.get(i + 1)!)) page.flag(i, 'publication timestamp');
    // Two labels whose times the page filled in with its scripts, pasted without them: "Published" over "Last updated".
    if (STAMP_LABEL.test(infos[i].trimmed) && STAMP_LABEL.test(infos[i + 1].trimmed)) {
      page.flag(i, 'publication timestamp');
      page.flag(i + 1, 'publication timestamp');
    }
  }
  // The writer's name alone right over the stamp ("Ana Ruiz" over "Published: 8:30pm, 18 Nov 2026")
  // on a pasted page, sharing no word with the article: a byline without its "By". A headline shares words.
  for (let i = 0; i + 1 < infos.length && pasted && topicReliable; i++) {
    const stamped = reasons.get(i + 1) === 'publication timestamp' || (i < firstBody && reasons.get(i + 1) === 'date stamp of a teaser');
    if (!reasons.has(i) && stamped && AUTHOR_NAME_LINE.test(infos[i].trimmed) && infos[i].wordCount <= 3 && topic.overlap(i) === 0) page.flag(i, 'byline or author bio');
  }
  // A share bar's buttons ("Email", "Copy") are no menu: the line under them may be the headline.
  const isMenuAbove = (k: number) => MENU_REASONS.has(reasons.get(k)!) && !(reasons.get(k) === 'share/navigation link' && SHARE_BUTTON_WORD.test(infos[k].trimmed));
  // Above the article, a menu goes on below the items recognised in it ("World", "Business", then
  // "Sustainability", "Legal"): capitalised lines of one or two words directly under a menu line.
  for (let i = 1; i < firstBody && i < infos.length; i++) {
    if (!reasons.has(i) && isMenuAbove(i - 1) && infos[i].wordCount <= 2 && MENU_ITEM.test(infos[i].trimmed)) page.flag(i, 'navigation menu outside the article');
  }
}

function flagWedged(page: PageRead, article: ArticleFrame, firstBody: number, lastBody: number): void {
  const { infos, reasons } = page;
  const { bodyIdx } = article;
  // 3c. Short lines wedged between furniture are furniture too; labels above the first furniture at
  // the top ("Markets", "Business", "World" over a share bar) are the site's sections.
  let top = 0;
  while (top < WEDGED_RUN && top < firstBody && !reasons.has(top) && !infos[top].sentenceLike && infos[top].wordCount <= 3) top++;
  if (top > 1 && reasons.has(top)) for (let k = 0; k < top; k++) reasons.set(k, 'section label above the article');
  // Lines of three words or more just above the article are its head (headline, byline) wherever they
  // stand. Above its first paragraph, also when too few paragraphs say what the article is about (a
  // three-paragraph blog post's headline between "Skip to content" and "Posted on …").
  const headEnd = bodyIdx.length && firstBody >= infos.length ? bodyIdx[0] : firstBody;
  const inHead = (i: number) => i < headEnd && i >= headEnd - HEAD_LINES && infos[i].wordCount >= 3;
  // A list's marks flattened onto lines of their own ("-" over each item) are stray punctuation, but
  // no evidence that the items between them are furniture: a story's timeline ("-", "Friday, Sept.
  // 13: Preorders open", "-", …) was cut with them. Unless the list runs into other furniture: "•"
  // between a footer's links ("WIKIS", "•", "Death Stranding Map", "•", …) is a menu's.
  const isMark = (k: number) => LIST_MARK.test(infos[k].trimmed);
  const listItemLine = (k: number) => !infos[k].sentenceLike && infos[k].wordCount <= 10 && (!reasons.has(k) || isMark(k));
  const otherFurniture = (k: number) => k >= 0 && k < infos.length && reasons.has(k) && !isMark(k);
  // Each run of list lines is judged once: marks in a run that touches other furniture count as it.
  const markCounts = new Uint8Array(infos.length);
  for (const [a, b] of runsWhere(infos.length, listItemLine)) {
    if (!otherFurniture(a - 1) && !otherFurniture(b)) continue;
    for (let k = a; k < b; k++) markCounts[k] = 1;
  }
  const furnitureAt = (k: number) => reasons.has(k) && (!isMark(k) || markCounts[k] === 1);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < infos.length; i++) {
      // Below the article, a related headline between two flagged lines may run to a headline's length.
      if (reasons.has(i) || infos[i].sentenceLike || infos[i].wordCount > (i > lastBody ? WEDGED_HEADLINE_WORDS : 10)) continue;
      const prevFlagged = i === 0 ? i < firstBody && infos[i].wordCount <= 3 : furnitureAt(i - 1);
      const nextFlagged = i + 1 < infos.length && furnitureAt(i + 1);
      if (!inHead(i) && prevFlagged && nextFlagged && (i < firstBody || i > lastBody || infos[i].wordCount <= 4) && !isInterviewTurn(infos[i].trimmed)) {
        reasons.set(i, i === 0 ? 'section label above the article' : 'part of a block of page furniture');
        changed = true;
      }
    }
  }

  // Outside the article, up to WEDGED_RUN such lines between furniture: menu items among flagged links.
  // Above every paragraph, a promotion's short sentences too ("Get all your news in one place.",
  // "100’s of premium titles.", "One app.", "Start reading"): the article's own lines there are its head.
  const abovePage = bodyIdx.length ? bodyIdx[0] : firstBody;
  const wedgeable = (i: number) => !reasons.has(i) && (!infos[i].sentenceLike || (i < abovePage && infos[i].wordCount <= TINY_SENTENCE_WORDS)) && infos[i].wordCount <= 8 && (i < firstBody || i > lastBody) && !inHead(i) && !isInterviewTurn(infos[i].trimmed);
  for (let i = 1; i < infos.length; i++) {
    if (!furnitureAt(i - 1) || !wedgeable(i)) continue;
    let j = i;
    while (j < infos.length && j - i < WEDGED_RUN && wedgeable(j)) j++;
    if (j < infos.length && furnitureAt(j)) for (let k = i; k < j; k++) reasons.set(k, 'part of a block of page furniture');
  }
}

/** The first line after infos[i] with words (a line of punctuation alone has none), or -1. */
function nextWithWords(infos: LineInfo[], i: number): number {
  for (let k = i + 1; k < infos.length; k++) if (infos[k].wordCount > 0) return k;
  return -1;
}

/** Maximal runs [start, end) of consecutive lines before `limit` that pass `test`. */
function runsWhere(limit: number, test: (i: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < limit; i++) {
    if (!test(i)) continue;
    let j = i + 1;
    while (j < limit && test(j)) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** A copyright line of a site, not a photo credit ("© Reuters"): a year, "copyright" or "all rights reserved". */
function isSiteFooter(trimmed: string, words: number): boolean {
  return words >= 4 && (/all rights reserved|\bcopyright\b/i.test(trimmed) || /\u00A9\s?\d{4}/.test(trimmed));
}

/** Lines of other furniture a file needs before headline-shaped lines between its paragraphs, or lines cut off by an ellipsis, count as other stories'. */
const MIN_FURNITURE_FOR_HEADLINES = 2;

/** Labels of one link to another story, alone on their line: "SEE ALSO:", "Also read:", "Read more:". */
const LINK_LABEL_ALONE = /^(?:see also|also read|read also|read more|related)\s?:$/i;
/** Longest headline over a teaser cut with an ellipsis. */
const TEASER_HEADLINE_WORDS = 20;
/** The labels of a story's genre an outlet puts before its headline. */
const GENRE_LABEL = /^(?:analysis|opinion|explainer|commentary|perspective|fact check|live)\s?[:|\u2013\u2014-]/i;
const HEADLINE_RUN = 3;

/**
 * The line at infos[i] is shaped like a headline dropped between paragraphs: opens with a capital,
 * no sentence's stop or trailing label mark, no caption, quote, embedded post, list item or explainer question. In a run
 * (`inRun`), a list's marks next to it do not count against it: its neighbours are judged as a run.
 */
function headlineShaped(infos: LineInfo[], i: number, inRun = false): boolean {
  const info = infos[i];
  if (info.sentenceLike || isCaption(info.trimmed)) return false;
  if (/[:,;\u2013\u2014-]$/.test(info.trimmed)) return false; // a label over what follows, an item of a list
  const bullet = BULLET.test(info.trimmed);
  if (inRun && bullet) return false;
  if (!inRun) {
    // A list item, unless it stands alone: "• Meghan's claim … challenged by experts" between paragraphs is a related link.
    if (bullet && (BULLET.test(infos[i - 1].trimmed) || BULLET.test(infos[i + 1]?.trimmed ?? ''))) return false;
    // An item under its mark, flattened onto a line of its own, or the heading over such a list ("Key Figures at a Glance", "-").
    if (LIST_MARK.test(infos[i - 1].trimmed) || LIST_MARK.test(infos[i + 1]?.trimmed ?? '')) return false;
  }
  if (!bullet && /^\d{1,2}[.)]\s/.test(info.trimmed)) return false;
  const text = bullet ? info.trimmed.replace(BULLET, '') : info.trimmed;
  if (/^["\u201C\u201D\u2018\u2015\u2014\u2013(\[@#]/.test(text) || /@\w|pic\.twitter|https?:/.test(text)) return false; // quotes, embedded posts
  if (!/^\p{Lu}/u.test(text)) return false;
  if (/^(?:why|how|what|when|where|who|which|is|are|can|should|does|do)\b|^[A-Z]:\s/i.test(text)) return false; // explainer subheads ask questions
  return !(OPENER.test(text) && TWO_CLAUSES.test(text)); // a sentence that lost its stop
}
/** A list item shaped as a headline: a bullet, then 5 to 20 words, a capital first and no closing stop. */
function isBulletedHeadline(info: LineInfo): boolean {
  if (!BULLET.test(info.trimmed) || info.sentenceLike || info.wordCount < 5 || info.wordCount > 20) return false;
  const text = info.trimmed.replace(BULLET, '');
  return /^\p{Lu}/u.test(text) && !/[.:;,]$/.test(text);
}
/** Three quarters or more of the words of four letters or more after the first, and at least two, capitalised. */
function isTitleCase(text: string): boolean {
  const { long, capital } = longWordCase(text);
  return capital >= 2 && capital * 4 >= long * 3;
}
/** Share of the words of four letters or more after the first that are capitalised (0 with none). */
function capitalisedShare(text: string): number {
  const { long, capital } = longWordCase(text);
  return long ? capital / long : 0;
}
function longWordCase(text: string): { long: number; capital: number } {
  let long = 0;
  let capital = 0;
  const words = text.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const w = words[k].replace(/^\P{L}+/u, '');
    if (w.length < 4) continue;
    long++;
    if (/^\p{Lu}/u.test(w)) capital++;
  }
  return { long, capital };
}
/** The paragraph under a safe-harbour heading: "This press release contains forward-looking statements …". */
const SAFE_HARBOUR_START = /\bforward-looking\b/i;
/** A dominant run of body paragraphs this long is the article; from SHORT_ARTICLE_WORDS, a short one (a paywall's opening, a brief). */
const ARTICLE_WORDS = 150;
const SHORT_ARTICLE_WORDS = 50;
/** Around a short article, a menu is at least this many lines of at most this many words, unmarked. */
const SHORT_MENU_RUN = 5;
const SHORT_MENU_WORDS = 4;
/** Most lines between furniture, outside the article, taken as furniture with it. */
const WEDGED_RUN = 3;
/** Words of a sentence short enough to be a promotion's line when wedged between furniture above the article. */
const TINY_SENTENCE_WORDS = 4;
/** Most words of a related headline wedged between furniture below the article ("Fans feel for Leonardo DiCaprio as he gets awkwardly snubbed: Watch"). */
const WEDGED_HEADLINE_WORDS = 16;
/** With no article region, a menu at the top is at least this many such lines. */
const TOP_MENU_RUN = 10;
/** A name alone on its line, as a wire page prints its author over the bio: "MARK OLSEN", "Ana Ruiz". */
const AUTHOR_NAME_LINE = /^\p{Lu}[\p{L}'\u2019.-]+(?: \p{Lu}[\p{L}'\u2019.-]+){1,3}$/u;

/** The reasons of lines in a site's menu, which more menu items may follow. */
const MENU_REASONS = new Set<BoilerplateReason>(['navigation menu outside the article', 'section label above the article', 'share/navigation link']);
/** Furniture a footer's menu run may hold among its links: the legal ones ("Privacy Policy", "Impressum"). */
const RUN_LINKS = new Set<BoilerplateReason>(['cookie notice']);
/** A date's label alone on the line above it. */
const STAMP_LABEL = /^(?:published|updated|last updated|posted|first published)(?: on)?:?$/i;
const DATE_REASONS = new Set<BoilerplateReason>(['publication timestamp', 'date stamp of a teaser']);
/** One share button alone on its line. */
const SHARE_BUTTON_WORD = /^(?:share|facebook|twitter|x|e-?mail|whatsapp|linkedin|reddit|pinterest|print|copy(?: link)?|telegram|flipboard|messenger|sms|tumblr|threads|bluesky)$/i;
/** A menu item: a capitalised word or two, no sentence punctuation ("Sustainability", "Live TV"). */
const MENU_ITEM = /^\p{Lu}[\p{L}&'\u2019-]*(?: [\p{L}&'\u2019-]+)?$/u;

/** A flattened table: rows of three cells or more, three rows or more, two of them rows of figures. */
const TABLE_MIN_CELLS = 3;
const TABLE_MIN_ROWS = 3;
/** Cells of a line split by bars (the empty ends of "| a | b |" left out). */
function barCells(t: string): number {
  if (!t.includes('|')) return 0;
  return t.split('|').filter((c) => c.trim() !== '').length + (/^[-:| ]+$/.test(t) ? TABLE_MIN_CELLS : 0);
}
/** Half its cells or more hold a figure: "Net Sales | $158.9 billion | $143.1 billion | 11% |". */
function isFigureRow(t: string): boolean {
  const cells = t.split('|').filter((c) => c.trim() !== '');
  return cells.length >= TABLE_MIN_CELLS && cells.filter((c) => /\d/.test(c)).length * 2 >= cells.length;
}

/** Most words of a line of known links run together with bars. */
const BAR_PHRASES_WORDS = 12;
/** Lines in a row ending in a list's separator that make a flattened list of links, and the most words of one. */
const SEPARATED_RUN = 3;
const SEPARATED_ITEM_WORDS = 25;
/** A list item with its separator left at the end: "Queen Camilla Meets History-making Female Athletes -", "Sport |". */
const ITEM_SEPARATOR_END = /\S\s[-\u2013|\u2022\u00B7]$/;
const SEPARATOR_ENDS = new Set([0x2d, 0x2013, 0x7c, 0x2022, 0xb7]);
function isSeparatedItem(info: LineInfo): boolean {
  // (A table's row ends in a bar too, after cells split by bars: it is no list item.)
  const t = info.trimmed;
  if (!SEPARATOR_ENDS.has(t.charCodeAt(t.length - 1))) return false; // most lines leave here
  return info.wordCount > 0 && info.wordCount <= SEPARATED_ITEM_WORDS && ITEM_SEPARATOR_END.test(t) && t.indexOf('|') === t.lastIndexOf('|');
}

/** The marks a list's items open with: a bullet, a middle dot, an asterisk, a dash. */
const LIST_MARKS = '[\\u2022\\u00B7*\\u2013\\u2014-]';
/**
 * A live blog's key-event link: a title ending in its entry's time, glued on or after a space
 * ("- Moment Reeves discovers budget leak13:20", "11 tax bombshells from leaked Budget 12:22"). Not
 * a sentence, nor a time after "at", "until" … ("Polls close at 22:00").
 */
function isTimedEntry(info: LineInfo): boolean {
  const t = info.trimmed;
  return info.wordCount >= 2 && info.wordCount <= KEY_EVENT_WORDS && TIME_AT_END.test(t) && !TIME_AFTER_WORD.test(t) && !info.sentenceLike;
}
const TIME_AT_END = /\D\d{1,2}:\d{2}$/;
const GLUED_TIME = /[\p{L}'\u2019"\u201D)]\d{1,2}:\d{2}$/u;
const TIME_AFTER_WORD = /\b(?:at|by|until|till|from|to|before|after|around|about|since|and|or)\s\d{1,2}:\d{2}$/i;
const KEY_EVENT_WORDS = 20;
/** Entries in a row that make a live blog's list of key events: fewer may be a schedule's lines. */
const KEY_EVENT_RUN = 3;

/** A menu's bulleted item: "- World News", "• Cost of Living". */
const isBulletedMenuItem = (info: LineInfo) => !info.sentenceLike && info.wordCount <= MENU_ITEM_WORDS && BULLET.test(info.trimmed) && /\p{L}/u.test(info.trimmed);
const MENU_ITEM_WORDS = 3;
const LIST_ITEM = new RegExp(`^(?:${LIST_MARKS}|\\d{1,3}[.)])`);
/** A list item stating a price or a share ("iPhone 16: Starting at $799", "VIP : 60,000₩", "%165 голосов"). */
const DATA_ITEM = /[$\u20AC\u00A3\u00A5\u20B9\u20A9]\s?\d|\d\s?[$\u20AC\u00A3\u00A5\u20B9\u20A9%]|%\s?\d/;
/** Most words of a subhead between a related link and the paragraph under it. */
const SUBHEAD_WORDS = 8;
const REPEATED: BoilerplateReason = 'repeated line (video or teaser title shown twice)';

/** A table's row flattened: a name, a dash and its figure ("Spain - 4", "Germany – 3", a fact box's titles or medals). */
const NAMED_FIGURE = /^\p{Lu}[\p{L}.'\u2019]*(?: [\p{L}.'\u2019]+){0,4} [-\u2013\u2014] \d{1,6}$/u;
/** A data item says what its figure is: a bare price ("$229.00*", a trade-in widget's) says nothing. */
const isDataItem = (t: string) => (DATA_ITEM.test(t) && /\p{L}{2}/u.test(t)) || NAMED_FIGURE.test(t);
/** A list item's mark alone on its line, as flattening leaves it. */
const LIST_MARK = new RegExp(`^${LIST_MARKS}$`);

/** Lines a headline, standfirst, byline and captions may take above the first paragraph. */
const HEAD_LINES = 8;
/** Body paragraphs further apart than this (in non-blank lines) belong to different texts. */
const MAX_GAP = 8;

/** The article: the run of body paragraphs with the most words, plus the lines above it for its head. */
function articleRegion(infos: LineInfo[], body: number[], markers: number[]): { headStart: number; start: number; end: number; short: boolean } | undefined {
  if (body.length === 0) return undefined;
  let best = { start: body[0], end: body[0], words: 0 };
  let cur = { start: body[0], end: body[0], words: 0 };
  for (let k = 0; k < body.length; k++) {
    const i = body[k];
    const split = k > 0 && (i - body[k - 1] > MAX_GAP || markers.some((m) => m > body[k - 1] && m < i));
    if (split) cur = { start: i, end: i, words: 0 };
    cur.end = i;
    cur.words += infos[i].wordCount;
    if (cur.words > best.words) best = { ...cur };
  }
  // Only a dominant run is trusted to be the article; pages of lists and recipes have none.
  const total = body.reduce((n, i) => n + infos[i].wordCount, 0);
  if (best.words < SHORT_ARTICLE_WORDS || best.words < 0.5 * total) return undefined;
  return { headStart: Math.max(0, best.start - HEAD_LINES), start: best.start, end: best.end, short: best.words < ARTICLE_WORDS };
}

/** Content-word overlap of a line with the article body, the line itself left out. */
class TopicModel {
  /** Per stem id: body paragraphs holding it. Ids numbered after the model was built count 0. */
  private counts: Int32Array;
  private bodySet: Set<number>;
  /** Per line: its distinct stem ids, and its overlap once asked (the steps above ask again). */
  private distinct: (number[] | undefined)[] = [];
  private overlaps: (number | undefined)[] = [];
  constructor(
    private infos: LineInfo[],
    bodyIdx: number[],
    private stems: LineStems,
  ) {
    const lists = bodyIdx.map((i) => this.wordsOf(i));
    this.counts = new Int32Array(stems.size);
    for (const ids of lists) for (const id of ids) this.counts[id]++;
    this.bodySet = new Set(bodyIdx);
  }

  private wordsOf(i: number): number[] {
    return (this.distinct[i] ??= this.stems.distinct([this.stems.of(this.infos[i].line)]));
  }

  overlap(i: number): number {
    return (this.overlaps[i] ??= this.measure(i));
  }

  /** Stems line i shares with line j. */
  shared(i: number, j: number): number {
    const theirs = new Set(this.wordsOf(j));
    let n = 0;
    for (const id of this.wordsOf(i)) if (theirs.has(id)) n++;
    return n;
  }

  /** Distinct stems of line i. */
  size(i: number): number {
    return this.wordsOf(i).length;
  }

  private measure(i: number): number {
    const ws = this.wordsOf(i);
    if (ws.length === 0) return 1;
    const selfCount = this.bodySet.has(i) ? 1 : 0;
    let hit = 0;
    for (const id of ws) if ((id < this.counts.length ? this.counts[id] : 0) - selfCount > 0) hit++;
    return hit / ws.length;
  }
}


/** Group flagged lines into blocks; blank lines between flagged lines join a block. */
export function boilerplateBlocks(lines: Line[], flagged: Map<number, BoilerplateReason>): BoilerplateBlock[] {
  const blocks: BoilerplateBlock[] = [];
  let cur: BoilerplateBlock | undefined;
  for (const line of lines) {
    const r = flagged.get(line.index);
    if (r) {
      if (cur) {
        cur.endLine = line.index;
        cur.lines.push(line.index);
      } else {
        cur = { startLine: line.index, endLine: line.index, reason: r, lines: [line.index] };
        blocks.push(cur);
      }
    } else if (!isBlank(line.text)) {
      cur = undefined;
    }
  }
  return blocks;
}
