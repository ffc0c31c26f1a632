/**
 * Every article file of the workspace, indexed so cross-file checks never scan all files:
 * - quotes by word shingles (which files hold a quote sharing words with this one);
 * - files by topic word (which files are about the same story);
 * - claim-sentence context words, counted (how telling a word is).
 * Claims are compared only between files about the same story, so a check costs the size of the
 * story's cluster, not of the workspace.
 *
 * Memory: a file costs its text plus a few small integer arrays. Full analyses (lines, quotes,
 * claims; not the topic words, which the index holds as ids) are kept for the most recently used
 * files only and recomputed from the text on demand (analysis is pure, so the result is the same).
 */
import { AnalyzeOptions, DocumentAnalysis, KeptAnalysis, QuoteInfo, analyzeDocument, withoutTopicWords } from './document';
import { QuotePostings, TopicPostings } from './postings';
import { FNV_OFFSET, fnvUnit, fnvUnits } from './text/fnv';
import { Line, splitLines } from './text/lines';

/** Quotes longer than this (in words) are compared on their first words only. */
export const MAX_QUOTE_WORDS = 400;
/**
 * Topic words in more files than this are not walked when looking for same-story files (every
 * file has "said"); files reached through rarer words still get their exact similarity.
 */
const walkLimit = (files: number) => Math.max(200, Math.ceil(files * 0.02));

/**
 * Summed weights of the words of sorted `ids` that `marks` (a weight per word id, 0 for words not
 * wanted) marks. Branch-free, and adds the same weights in the same order as a sorted merge.
 */
function markedWeight(ids: Int32Array, marks: Float64Array): number {
  let s = 0;
  for (let i = 0; i < ids.length; i++) s += marks[ids[i]];
  return s;
}
/** Similarity weights are recomputed after this share of files changed (they move little per edit). */
const WEIGHT_REFRESH_SHARE = 0.01;
/** Quotes shorter than this are not indexed: matching quotes across files needs four shared words. */
export const MIN_MATCH_WORDS = 4;
/**
 * A three-word run held by more quotes than this (a line pasted thousands of times) picks no
 * candidates: the quote's rarer runs still find its matches, and lookups stay linear.
 */
const MAX_QUOTES_PER_SHINGLE = 5000;
/** Quote index entries pack file id and quote index into one number. */
const QUOTE_SLOTS = 2 ** 20;
const DEFAULT_KEEP_ANALYSES = 1000;

/** Heap a kept analysis takes per character of its text (7.6 bytes measured on the bench folder), with room to spare. */
const HEAP_BYTES_PER_CHAR = 10;
/** Share of the heap limit kept analyses may fill; the checks, caches and output need the rest. */
const HEAP_SHARE = 0.4;
/** Kept however small the heap (the former fixed limit). */
const MIN_KEPT = 5000;

/**
 * How many analyses a corpus keeps when every file gets checked (the CLI). Each check reads the
 * analyses of the files it compares with, spread over the folder: with fewer kept than files, most
 * of those reads analysed a file again (10,000 bench files: 469 s with 5,000 kept, 42 s with all kept).
 * So all are kept while they fit in a share of the heap. `chars` is the texts' size (the server
 * passes UTF-8 bytes, a little more for curly quotes: it errs towards keeping fewer).
 */
export function analysesToKeep(files: number, chars: number, heapLimit: number): number {
  const perFile = Math.max(1, (HEAP_BYTES_PER_CHAR * chars) / Math.max(1, files));
  return Math.min(files + 2, Math.max(MIN_KEPT, Math.floor((HEAP_SHARE * heapLimit) / perFile)));
}

interface Entry {
  file: string;
  /** UTF-8: half the memory of a JS string holding any character beyond Latin-1 (curly quotes). */
  text: Buffer;
  options: AnalyzeOptions;
  /** Sorted ids of the file's topic words. */
  topics: Int32Array;
  /** Ids of each claim sentence's context words, concatenated, and how many are each sentence's. */
  contextIds: Int32Array;
  contextLengths: ArrayLike<number>;
  calendarDays: ArrayLike<number>;
}

/**
 * What the indexes need of a file, small enough to send between threads: the server analyses
 * files in worker threads while indexing and sends these back.
 */
export interface IndexRecord {
  text: string;
  topicWords: string[];
  /** Context words of every claim sentence, concatenated, and how many are each sentence's. */
  contextWords: string[];
  contextLengths: number[];
  /** Per quote, the hashes of its word shingles. */
  quoteShingles: number[][];
  /** The weekdays written with their date (see calendarDaysOf). */
  calendarDays: number[];
}

export function indexRecord(analysis: DocumentAnalysis): IndexRecord {
  return {
    text: analysis.text,
    topicWords: analysis.topicWords,
    contextWords: analysis.claimSentences.flatMap((cs) => cs.context),
    contextLengths: analysis.claimSentences.map((cs) => cs.context.length),
    // Quotes under four words are never matched across files (a match needs four shared words).
    quoteShingles: analysis.quotes.slice(0, QUOTE_SLOTS).map((q) => (q.words.length < MIN_MATCH_WORDS ? [] : shingleHashes(q.words))),
    calendarDays: calendarDaysOf(analysis),
  };
}

/**
 * The weekdays a file writes with their date ("Monday, April 28"), flat, three numbers each: the
 * claim sentence's index, the date's value times 7 plus the weekday, and the year given with the
 * date or 0. Indexed, so that a file's days are found without its analysis.
 */
function calendarDaysOf(analysis: DocumentAnalysis): number[] {
  const out: number[] = [];
  analysis.claimSentences.forEach((cs, i) => {
    for (const c of cs.claims) if (c.kind === 'weekday' && c.onDate !== undefined) out.push(i, c.onDate * 7 + c.low, c.onYear ?? 0);
  });
  return out;
}

/** A weekday a file writes with its date: which claim sentence, which weekday, the year given (0 for none). */
export interface CalendarDay {
  index: number;
  weekday: number;
  year: number;
}

/** An index record with words as this corpus's ids (see Corpus.wordIds). */
export interface IdRecord {
  /** The text, or its UTF-8 bytes (as an indexing thread sends them, so this thread need not encode). */
  text: string | Uint8Array;
  /** Sorted, distinct. */
  topics: Int32Array;
  contextIds: Int32Array;
  contextLengths: ArrayLike<number>;
  quoteShingles: (number[] | Int32Array)[];
  calendarDays: ArrayLike<number>;
}

/**
 * A file's claim sentences by context word, built from its index entry alone: scoring candidates
 * never needs the file's analysis (re-analysing the same-story files was most of a first check in
 * a workspace larger than the analyses kept).
 */
interface SentenceIndex {
  /** The file's distinct context word ids (this corpus's), in first-use order. */
  wordIds: Int32Array;
  /** The sentences holding wordIds[j]: sentences[listStart[j] .. listStart[j + 1]). */
  listStart: Int32Array;
  sentences: Int32Array;
  /** Per sentence, its context word ids: the entry's contextIds[sentenceStart[i] .. sentenceStart[i + 1]). */
  sentenceStart: Int32Array;
  /** The same as sets, only once a long word list needs them. */
  idSets?: Set<number>[];
  /** Each sentence's total context weight, as of `generation`. */
  totals: Float64Array;
  generation: number;
}

/** A word in more claim sentences than this within one file does not pick candidates there. */
const MAX_SENTENCES_PER_WORD = 40;

export interface CorpusOptions {
  /** How many full analyses to keep in memory (least recently used are dropped). */
  keepAnalyses?: number;
  /**
   * A stored analysis of this exact text (the CLI's cache), tried before analysing again. It must
   * be what analyzeDocument would return for the text and the file's options, topic words aside.
   */
  restore?: (file: string, text: string, quotes?: QuoteInfo[]) => KeptAnalysis | undefined;
  /**
   * A file's stored quotes alone (the CLI's cache): a check compares its quotes with those of
   * hundreds of other files and reads little else of most of them. `restore` is then given them.
   */
  restoreQuotes?: (file: string) => QuoteInfo[] | undefined;
  /**
   * Every file will be checked (the CLI): at the first ask, same-story files are found for all files
   * at once, each pair's shared words walked once instead of from both ends. Any later change to
   * the corpus goes back to one walk per ask.
   */
  checkEveryFile?: boolean;
}

/** similarFiles' answers for every file, as of one corpus version and threshold. */
interface SimilarAll {
  version: number;
  threshold: number;
  /** Per file id: similar file ids and similarities, in the order a walk from that file meets them. */
  lists: Map<number, { ids: number[]; sims: number[] }>;
}

/** A claim sentence of another file that shares context with one of mine. */
export interface ClaimCandidate {
  /** Its index in that file's claim sentences. */
  index: number;
  /** Shared context weight, 0..1. */
  score: number;
  /** How many context words the two sentences share. */
  words: number;
}

export class Corpus {
  private fileIds = new Map<string, number>();
  private entries: (Entry | undefined)[] = [];
  private analyses = new Map<string, KeptAnalysis>();
  private pins = new Set<string>();
  private pinned = new Map<string, KeptAnalysis>();
  /** Lines of files without an analysis in memory (see linesOf). */
  private splitCache = new Map<string, Line[]>();
  private keepAnalyses: number;
  /** The constructor's keepAnalyses, and the raises keepAtLeast holds (the largest applies). */
  private baseKeep: number;
  private keepRaises: number[] = [];
  /** UTF-8 bytes of all indexed texts (for sizing how many analyses fit). */
  private bytes = 0;
  private restore?: CorpusOptions['restore'];
  private restoreQuotes?: CorpusOptions['restoreQuotes'];
  /** Quotes restored alone, until the file's whole analysis is (as many as analyses are kept). */
  private quotesAlone = new Map<string, QuoteInfo[]>();

  private vocab = new Map<string, number>();
  private readonly alive = (id: number) => this.entries[id] !== undefined;
  /** Per word id: files holding it as a topic word (file ids; ids of removed files are skipped). */
  private topicLists = new TopicPostings(() => this.topicDf.length, this.alive);
  private topicDf: number[] = [];
  private sentenceDf: number[] = [];
  private sentenceCount = 0;
  /** Per word triple of a quote, the quotes holding it. */
  private quoteLists = new QuotePostings(QUOTE_SLOTS, this.alive);
  /** Files removed so far (their postings stay in the lists until they are rebuilt; readers skip them). */
  private removals = 0;

  private generation = 0;
  private changesSinceRefresh = 0;
  private weights = new GenerationCache();
  private norms = new GenerationCache();
  /** Per file, the weight of its topic words too common to walk (for the walk limit in `commonLimit`). */
  private commonMasses = new GenerationCache();
  private commonLimit = -1;
  private scratch = new Float64Array(1024);
  /** similarFiles' first shared rarer word per file id (the order a walk meets files in). */
  private firstShared = new Int32Array(1024);
  /** similarFiles' weights of the file's common topic words by word id (0 elsewhere, between calls). */
  private commonMarks = new Float64Array(1024);
  /** commonShares' sums per file id. */
  private shares = new Float64Array(1024);
  /** claimCandidates' per-sentence sums and shared-word counts, and which sentences the current file's walk has reached. */
  private sentenceWeights = new Float64Array(64);
  private sentenceShared = new Int32Array(64);
  private sentenceSeen = new Int32Array(64);
  private sentenceStamp = 0;
  /** claimCandidates' slot per word id in the source being walked (0: not in it; reset after each source). */
  private wordSlots = new Int32Array(1024);
  private idfs = new GenerationCache();
  /** Sentence indexes of the files walked, the last built kept (as many as analyses). */
  private sentenceIndexes = new Map<Entry, SentenceIndex>();

  /** Bumped by every change (generation moves only per 1% of files changed). */
  private version = 0;
  private checkEveryFile: boolean;
  private similarAll?: SimilarAll;

  constructor(options: CorpusOptions = {}) {
    this.keepAnalyses = this.baseKeep = Math.max(1, options.keepAnalyses ?? DEFAULT_KEEP_ANALYSES);
    this.restore = options.restore;
    this.restoreQuotes = options.restoreQuotes;
    this.checkEveryFile = options.checkEveryFile ?? false;
  }

  get size(): number {
    return this.fileIds.size;
  }

  /** UTF-8 bytes of the indexed texts. */
  get textBytes(): number {
    return this.bytes;
  }

  /**
   * Keep at least `n` analyses until the returned function is called (a check of every file, see
   * analysesToKeep); then back to the usual number, the least recently used dropped.
   */
  keepAtLeast(n: number): () => void {
    this.keepRaises.push(n);
    this.keepAnalyses = Math.max(this.baseKeep, ...this.keepRaises);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.keepRaises.splice(this.keepRaises.indexOf(n), 1);
      this.keepAnalyses = Math.max(this.baseKeep, ...this.keepRaises);
      this.evictOver();
    };
  }

  files(): IterableIterator<string> {
    return this.fileIds.keys();
  }

  has(file: string): boolean {
    return this.fileIds.has(file);
  }

  /** The file's analysis: kept if recently used, else recomputed from its text. */
  get(file: string): KeptAnalysis | undefined {
    const pinned = this.pinned.get(file);
    if (pinned) return pinned;
    const kept = this.analyses.get(file);
    if (kept) {
      // Recency matters only when not every file fits (else nothing is ever evicted): the CLI keeps
      // all its files, and moving each source read to the end cost a delete and an insert per read.
      if (this.fileIds.size > this.keepAnalyses) {
        this.analyses.delete(file);
        this.analyses.set(file, kept);
      }
      return kept;
    }
    const e = this.entryOf(file);
    if (!e) return undefined;
    const text = e.text.toString('utf8');
    const quotes = this.quotesAlone.get(file);
    this.quotesAlone.delete(file);
    return this.keep(file, this.restore?.(file, text, quotes) ?? analyzeDocument(text, e.options));
  }

  /** The file's quotes: from its analysis, or restored alone when the corpus has restoreQuotes and no analysis in memory. */
  quotesOf(file: string): QuoteInfo[] | undefined {
    if (!this.restoreQuotes) return this.get(file)?.quotes;
    const kept = this.peek(file);
    if (kept) return kept.quotes;
    let quotes = this.quotesAlone.get(file);
    if (!quotes && this.fileIds.has(file)) {
      quotes = this.restoreQuotes(file);
      if (quotes) {
        if (this.quotesAlone.size >= this.keepAnalyses) this.quotesAlone.delete(this.quotesAlone.keys().next().value!);
        this.quotesAlone.set(file, quotes);
      }
    }
    return quotes ?? this.get(file)?.quotes;
  }

  /** Keeps the analysis (without its topic words: the index has them) and returns what it kept. */
  private keep(file: string, full: KeptAnalysis): KeptAnalysis {
    const a = withoutTopicWords(full);
    if (this.pins.has(file)) {
      this.pinned.set(file, a);
      return a;
    }
    this.analyses.delete(file);
    this.analyses.set(file, a);
    this.evictOver();
    return a;
  }

  /** Drops the least recently kept analyses beyond keepAnalyses. */
  private evictOver(): void {
    while (this.analyses.size > this.keepAnalyses) this.analyses.delete(this.analyses.keys().next().value!);
  }

  private entryOf(file: string): Entry | undefined {
    const id = this.fileIds.get(file);
    return id === undefined ? undefined : this.entries[id];
  }

  /**
   * Add or replace a file. `options` are the ones `analysis` was made with (to recompute it).
   * Returns the file's index record (the CLI's cache stores it).
   */
  set(file: string, analysis: DocumentAnalysis, options: AnalyzeOptions = {}): IndexRecord {
    const rec = indexRecord(analysis);
    this.setRecord(file, rec, options);
    this.keep(file, analysis);
    return rec;
  }

  /** The weekdays the file writes with this date (a date claim's value), from its index entry. */
  calendarDays(file: string, date: number): CalendarDay[] {
    const days = this.entryOf(file)?.calendarDays;
    const out: CalendarDay[] = [];
    if (!days) return out;
    for (let k = 0; k + 2 < days.length; k += 3) {
      const code = days[k + 1];
      if (Math.floor(code / 7) === date) out.push({ index: days[k], weekday: code % 7, year: days[k + 2] });
    }
    return out;
  }

  /** The analysis if it is in memory, without recomputing it. */
  peek(file: string): KeptAnalysis | undefined {
    return this.pinned.get(file) ?? this.analyses.get(file);
  }

  /**
   * Keep this file's analysis out of the least-recently-used eviction (an open buffer: a long
   * file's check reads thousands of others, and re-analysing the buffer would hold the server).
   */
  pin(file: string): void {
    if (this.pins.has(file)) return;
    this.pins.add(file);
    const a = this.analyses.get(file);
    if (a) {
      this.analyses.delete(file);
      this.pinned.set(file, a);
    }
  }

  unpin(file: string): void {
    if (!this.pins.delete(file)) return;
    const a = this.pinned.get(file);
    this.pinned.delete(file);
    if (a) this.keep(file, a);
  }

  /**
   * The file's lines, for positions: from its analysis when in memory, else split from its text
   * (kept for the last thousand files asked). Never analyses: a long file's findings point into
   * hundreds of files.
   */
  linesOf(file: string): Line[] | undefined {
    const a = this.peek(file);
    if (a) return a.lines;
    let lines = this.splitCache.get(file);
    if (!lines) {
      const text = this.text(file);
      if (text === undefined) return undefined;
      if (this.splitCache.size >= 1000) this.splitCache.clear();
      this.splitCache.set(file, (lines = splitLines(text)));
    }
    return lines;
  }

  /** The file's text as indexed. */
  text(file: string): string | undefined {
    return this.entryOf(file)?.text.toString('utf8');
  }

  /** Add or replace a file from its index record; its analysis is computed when first needed. */
  setRecord(file: string, rec: IndexRecord, options: AnalyzeOptions = {}): void {
    const topics = distinctSorted(this.wordIds(rec.topicWords));
    this.setIndexed(file, { text: rec.text, topics, contextIds: this.wordIds(rec.contextWords), contextLengths: rec.contextLengths, quoteShingles: rec.quoteShingles, calendarDays: rec.calendarDays }, options);
  }

  /** This corpus's ids of the given words (new words are added): for records stored with their own word list. */
  wordIds(words: string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) out[i] = this.wordId(words[i]);
    return out;
  }

  /** Every word this corpus has numbered, at its id (to store records with their words). */
  wordList(): string[] {
    // Ids are given in insertion order and never reused, so the map's order is the ids' order.
    return [...this.vocab.keys()];
  }

  /** Add or replace a file from a record whose words are already ids of this corpus (topics sorted, distinct). */
  setIndexed(file: string, rec: IdRecord, options: AnalyzeOptions = {}): void {
    this.delete(file);
    const id = this.entries.length;
    const { topics, contextIds } = rec;
    const text = typeof rec.text === 'string' ? Buffer.from(rec.text, 'utf8') : Buffer.from(rec.text.buffer, rec.text.byteOffset, rec.text.byteLength);
    this.bytes += text.length;
    this.entries.push({ file, text, options, topics, contextIds, contextLengths: rec.contextLengths, calendarDays: rec.calendarDays });
    this.fileIds.set(file, id);
    this.changed();
    // Index loops: a CLI run sets most records before this code is optimised, and `for…of` over a
    // typed array is several times slower than indexing until it is.
    for (let k = 0; k < topics.length; k++) this.topicDf[topics[k]]++;
    for (let k = 0; k < contextIds.length; k++) this.sentenceDf[contextIds[k]]++;
    this.sentenceCount += rec.contextLengths.length;
    this.topicLists.add(id, this.entries[id]!);
    this.quoteLists.add(id, rec.quoteShingles);
  }

  delete(file: string): void {
    const id = this.fileIds.get(file);
    if (id === undefined) return;
    const e = this.entries[id]!;
    this.fileIds.delete(file);
    this.entries[id] = undefined;
    this.topicLists.remove(id);
    this.quoteLists.remove(id);
    this.bytes -= e.text.length;
    this.removals++;
    this.analyses.delete(file);
    this.pinned.delete(file);
    this.quotesAlone.delete(file);
    this.splitCache.delete(file);
    this.changed();
    for (const w of e.topics) this.topicDf[w]--;
    for (const w of e.contextIds) this.sentenceDf[w]--;
    this.sentenceCount -= e.contextLengths.length;
    this.sentenceIndexes.delete(e);
  }

  private wordId(w: string): number {
    let id = this.vocab.get(w);
    if (id === undefined) {
      id = this.vocab.size;
      this.vocab.set(w, id);
      this.topicDf.push(0);
      this.sentenceDf.push(0);
    }
    return id;
  }

  private changed(): void {
    this.version++;
    if (++this.changesSinceRefresh >= Math.max(1, this.fileIds.size * WEIGHT_REFRESH_SHARE)) {
      this.generation++;
      this.changesSinceRefresh = 0;
    }
  }

  /**
   * Quotes in files other than `exclude` sharing at least `minShared` shingles with these words
   * (and whose file `accept` takes).
   */
  quoteCandidates(words: string[], accept: (file: string) => boolean, minShared = 2, exclude?: string, onlyIds?: Set<number>): { file: string; index: number; shared: number }[] {
    const counts = new Map<number, number>();
    const self = exclude === undefined ? -1 : (this.fileIds.get(exclude) ?? -1);
    const lists = this.quoteLists;
    lists.refresh();
    const tally = (p: number) => {
      const f = Math.floor(p / QUOTE_SLOTS);
      if (f !== self && (!onlyIds || onlyIds.has(f)) && this.alive(f)) counts.set(p, (counts.get(p) ?? 0) + 1);
    };
    for (const h of shingleHashes(words)) {
      const key = lists.keyOf(h);
      if (key < 0) continue;
      // A run held by too many quotes (of files not removed) picks none.
      if (lists.size(key) > MAX_QUOTES_PER_SHINGLE && lists.liveCount(key) > MAX_QUOTES_PER_SHINGLE) continue;
      lists.forEach(key, tally);
    }
    const need = Math.min(minShared, Math.max(1, words.length - 2));
    const out: { file: string; index: number; shared: number }[] = [];
    for (const [p, shared] of counts) {
      if (shared < need) continue;
      const file = this.entries[Math.floor(p / QUOTE_SLOTS)]!.file;
      if (accept(file)) out.push({ file, index: p % QUOTE_SLOTS, shared });
    }
    return out;
  }

  /** Weight of a context word: rarer words say more about what a sentence is about. */
  idf(w: string): number {
    return this.idfOf(this.vocab.get(w) ?? -1);
  }

  /** idf by word id; -1 for a word no file holds. */
  private idfOf(id: number): number {
    if (id < 0) return Math.log(this.sentenceCount + 1) + 0.1;
    // Cached per generation, like the similarity weights: they drift by little per edit.
    if (!this.idfs.valid(id, this.generation)) this.idfs.set(id, this.generation, Math.log((this.sentenceCount + 1) / (this.sentenceDf[id] + 1)) + 0.1);
    return this.idfs.at(id);
  }

  private sentenceIndex(e: Entry): SentenceIndex {
    let index = this.sentenceIndexes.get(e);
    if (!index) {
      const n = e.contextLengths.length;
      const sentenceStart = new Int32Array(n + 1);
      for (let i = 0; i < n; i++) sentenceStart[i + 1] = sentenceStart[i] + e.contextLengths[i];
      const byWord = new Map<number, number[]>();
      for (let i = 0; i < n; i++) {
        for (let k = sentenceStart[i]; k < sentenceStart[i + 1]; k++) {
          const list = byWord.get(e.contextIds[k]);
          if (list) list.push(i);
          else byWord.set(e.contextIds[k], [i]);
        }
      }
      const wordIds = new Int32Array(byWord.size);
      const listStart = new Int32Array(byWord.size + 1);
      let j = 0;
      for (const [id, list] of byWord) {
        wordIds[j] = id;
        listStart[j + 1] = listStart[j] + list.length;
        j++;
      }
      const sentences = new Int32Array(listStart[byWord.size]);
      j = 0;
      for (const list of byWord.values()) for (const i of list) sentences[j++] = i;
      index = { wordIds, listStart, sentences, sentenceStart, totals: new Float64Array(n), generation: -1 };
      this.sentenceIndexes.set(e, index);
      if (this.sentenceIndexes.size > this.keepAnalyses) this.sentenceIndexes.delete(this.sentenceIndexes.keys().next().value!);
    }
    if (index.generation !== this.generation) {
      const { sentenceStart, totals } = index;
      for (let i = 0; i < totals.length; i++) {
        let sum = 0;
        for (let k = sentenceStart[i]; k < sentenceStart[i + 1]; k++) sum += this.idfOf(e.contextIds[k]);
        totals[i] = sum;
      }
      index.generation = this.generation;
    }
    return index;
  }

  /**
   * For each context (a claim sentence's words), the claim sentences in the given files that share
   * weighted context with it: file -> [sentence index, score in 0..1]. Candidates come through words
   * found in few of the file's sentences; each candidate's score then counts every shared word. A
   * sentence sharing only words that fill a file (a file of one repeated line) is not told apart
   * from the others anyway, and skipping those lists keeps a check linear on such files.
   * Candidates scoring under `minScore` are left out; `words` is how many context words they share.
   */
  claimCandidates(contexts: string[][], files: Iterable<string>, minScore = 0): Map<string, ClaimCandidate[]>[] {
    // Word ids instead of strings: a source's word lists are found through a slot per word id
    // (string map lookups were half of this function's time). A word no file holds has no list.
    // Plain loops: Int32Array.from with a map function cost four times as much (measured).
    const ids: Int32Array[] = [];
    const weights: Float64Array[] = [];
    // Typed arrays filled in loops: arrays of sums mixing whole and fractional numbers change
    // element kind, and each new kind threw away this function's optimised code (cold CLI runs).
    const mine = new Float64Array(contexts.length);
    for (let c = 0; c < contexts.length; c++) {
      const context = contexts[c];
      const cids = new Int32Array(context.length);
      const cws = new Float64Array(context.length);
      let sum = 0;
      for (let k = 0; k < context.length; k++) {
        cids[k] = this.vocab.get(context[k]) ?? -1;
        cws[k] = this.idfOf(cids[k]);
        sum += cws[k];
      }
      ids.push(cids);
      weights.push(cws);
      mine[c] = sum;
    }
    const out = contexts.map(() => new Map<string, ClaimCandidate[]>());
    if (this.wordSlots.length < this.vocab.size) this.wordSlots = new Int32Array(Math.max(this.vocab.size, this.wordSlots.length * 2));
    const slots = this.wordSlots;
    const order: number[] = [];
    // File by file, then sentence by sentence: each file's word lists are fetched once.
    for (const file of files) {
      const entry = this.entryOf(file);
      if (!entry || entry.contextLengths.length === 0) continue;
      const index = this.sentenceIndex(entry);
      const { wordIds, listStart, sentences, totals } = index;
      for (let j = 0; j < wordIds.length; j++) slots[wordIds[j]] = j + 1;
      if (this.sentenceWeights.length < totals.length) {
        const size = Math.max(totals.length, this.sentenceWeights.length * 2);
        this.sentenceWeights = new Float64Array(size);
        this.sentenceShared = new Int32Array(size);
        this.sentenceSeen = new Int32Array(size);
      }
      const weight = this.sentenceWeights;
      const shared = this.sentenceShared;
      const seen = this.sentenceSeen;
      for (let c = 0; c < contexts.length; c++) {
        const contextIds = ids[c];
        const cw = weights[c];
        // Shared weight summed per sentence while walking the word lists, in context order (the
        // same additions as a per-candidate pass). A long list picks no candidates: its sentences
        // get its weight in a second pass, so only files holding such a word pay for it.
        if (++this.sentenceStamp === 2 ** 30) {
          this.sentenceSeen.fill(0);
          this.sentenceStamp = 1;
        }
        const stamp = this.sentenceStamp;
        let anyLong = false;
        order.length = 0;
        for (let k = 0; k < contextIds.length; k++) {
          const slot = contextIds[k] < 0 ? 0 : slots[contextIds[k]];
          if (slot === 0) continue;
          const from = listStart[slot - 1];
          const to = listStart[slot];
          if (to - from > MAX_SENTENCES_PER_WORD) {
            anyLong = true;
            continue;
          }
          for (let p = from; p < to; p++) {
            const i = sentences[p];
            if (seen[i] !== stamp) {
              seen[i] = stamp;
              weight[i] = 0;
              shared[i] = 0;
              order.push(i);
            }
            weight[i] += cw[k];
            shared[i]++;
          }
        }
        if (order.length === 0) continue;
        if (anyLong) {
          const { sentenceStart } = index;
          const idSets = (index.idSets ??= Array.from(totals, (_, i) => new Set(entry.contextIds.subarray(sentenceStart[i], sentenceStart[i + 1]))));
          for (const i of order) {
            let w = 0;
            let n = 0;
            for (let k = 0; k < contextIds.length; k++) {
              if (idSets[i].has(contextIds[k])) {
                w += cw[k];
                n++;
              }
            }
            weight[i] = w;
            shared[i] = n;
          }
        }
        const list: ClaimCandidate[] = [];
        for (const index of order) {
          const theirs = totals[index];
          const score = weight[index] / Math.max(1e-9, Math.min(mine[c], theirs) * 0.5 + Math.max(mine[c], theirs) * 0.5);
          if (score >= minScore) list.push({ index, score, words: shared[index] });
        }
        if (list.length) out[c].set(file, list);
      }
      for (let j = 0; j < wordIds.length; j++) slots[wordIds[j]] = 0;
    }
    return out;
  }

  /** Squared rarity weight of a topic word across files. */
  private weight(w: number): number {
    if (!this.weights.valid(w, this.generation)) this.weights.set(w, this.generation, Math.log(1 + this.fileIds.size / Math.max(1, this.topicDf[w])) ** 2);
    return this.weights.at(w);
  }

  /** Summed weight of the file's topic words held by more than `limit` files. */
  private commonMass(id: number, limit: number): number {
    if (limit !== this.commonLimit) {
      this.commonMasses = new GenerationCache();
      this.commonLimit = limit;
    }
    if (!this.commonMasses.valid(id, this.generation)) {
      let sum = 0;
      for (const w of this.entries[id]?.topics ?? []) if (this.topicDf[w] > limit) sum += this.weight(w);
      this.commonMasses.set(id, this.generation, sum);
    }
    return this.commonMasses.at(id);
  }

  private norm(id: number): number {
    if (!this.norms.valid(id, this.generation)) {
      let sum = 0;
      for (const w of this.entries[id]?.topics ?? []) sum += this.weight(w);
      this.norms.set(id, this.generation, Math.sqrt(sum));
    }
    return this.norms.at(id);
  }

  private dot(a: Int32Array, b: Int32Array): number {
    let s = 0;
    for (let i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] === b[j]) {
        s += this.weight(a[i]);
        i++;
        j++;
      } else if (a[i] < b[j]) i++;
      else j++;
    }
    return s;
  }

  /** How much two files are about the same story: cosine of their topic words weighted by rarity across files. */
  docSimilarity(a: string, b: string): number {
    const ia = this.fileIds.get(a);
    const ib = this.fileIds.get(b);
    if (ia === undefined || ib === undefined) return 0;
    const ta = this.entries[ia]!.topics;
    const tb = this.entries[ib]!.topics;
    if (ta.length === 0 || tb.length === 0) return 0;
    return this.dot(ta, tb) / (this.norm(ia) * this.norm(ib) || 1);
  }

  /**
   * Files about the same story as `file` (docSimilarity >= threshold), with their similarity.
   * Walks the postings of the file's rarer topic words (with up to 200 files, all of them); the
   * common words' share is then added exactly for every file that could still reach the bar. A
   * file sharing only common words ("said", "percent") with this one is not about the same story.
   */
  similarFiles(file: string, threshold: number, accept: (file: string) => boolean = () => true): Map<string, number> {
    const out = new Map<string, number>();
    const id = this.fileIds.get(file);
    if (id === undefined) return out;
    const take = (f: number, sim: number) => {
      const other = this.entries[f]!.file;
      if (accept(other)) out.set(other, sim);
    };
    const all = this.similarForAll(threshold);
    if (all) {
      const list = all.lists.get(id);
      if (list) for (let k = 0; k < list.ids.length; k++) take(list.ids[k], list.sims[k]);
    } else this.walkSimilar(id, threshold, false, take);
    return out;
  }

  /**
   * One file's walk for similarFiles: the postings of its rarer topic words (with `onlyAfter`, only
   * files after it: files before it walked those pairs already) summed per file, then the common
   * words' share added exactly for every file that could still reach the bar. `each` hears each file
   * at or above the bar, in the order the walk met it, with the first rarer word the two share.
   */
  private walkSimilar(id: number, threshold: number, onlyAfter: boolean, each: (f: number, sim: number, firstWord: number) => void): void {
    const mine = this.entries[id]?.topics;
    if (!mine || mine.length === 0) return;
    const limit = walkLimit(this.fileIds.size);
    // Scores per file id in a reusable typed array (a Map here cost more than the walk itself).
    if (this.scratch.length < this.entries.length) {
      const n = Math.max(this.entries.length, this.scratch.length * 2);
      this.scratch = new Float64Array(n);
      this.firstShared = new Int32Array(n);
    }
    const partial = this.scratch;
    const first = this.firstShared;
    const touched: number[] = [];
    if (this.commonMarks.length < this.topicDf.length) this.commonMarks = new Float64Array(Math.max(this.topicDf.length, this.commonMarks.length * 2));
    const marks = this.commonMarks;
    // Postings hold ids of removed files only once a file was removed (never in a CLI run).
    const anyRemoved = this.removals > 0;
    const common: number[] = [];
    let commonMass = 0;
    const lists = this.topicLists;
    lists.refresh();
    const bulk = lists.bulk;
    const after = onlyAfter ? id : undefined;
    const meet = (f: number, w: number, weight: number) => {
      if (f === id || (anyRemoved && !this.alive(f))) return;
      if (partial[f] === 0) {
        touched.push(f);
        first[f] = w;
      }
      partial[f] += weight;
    };
    for (const w of mine) {
      const weight = this.weight(w);
      if (this.topicDf[w] > limit) {
        common.push(w);
        marks[w] = weight;
        commonMass += weight;
        continue;
      }
      // Postings ascend by file id, the recent ones after the bulk ones.
      for (let k = lists.firstAfter(w, after), to = lists.end(w); k < to; k++) meet(bulk[k], w, weight);
      const recent = lists.recentOf(w);
      if (recent) for (let k = lists.recentAfter(w, after); k < recent.length; k++) meet(recent[k], w, weight);
    }
    const myNorm = this.norm(id) || 1;
    // The scratch arrays are cleared after the loop, even if `each` throws: stale sums or marks
    // would skew every later call.
    try {
      // Files that can still reach the bar: the common words both hold weigh at most the lighter side's share.
      const reach: number[] = [];
      const reachNorms: number[] = [];
      for (const f of touched) {
        const theirNorm = this.norm(f) || 1;
        if ((partial[f] + Math.min(commonMass, this.commonMass(f, limit))) / (myNorm * theirNorm) < threshold) continue;
        reach.push(f);
        reachNorms.push(theirNorm);
      }
      // (No file to sum for: no postings to count either.)
      const shares = common.length && reach.length ? this.commonShares(id, onlyAfter, common, marks, reach, mine.length) : undefined;
      for (let k = 0; k < reach.length; k++) {
        const f = reach[k];
        const sim = (partial[f] + (shares ? shares(f) : 0)) / (myNorm * reachNorms[k]);
        if (sim >= threshold) each(f, sim, first[f]);
      }
    } finally {
      for (const f of touched) partial[f] = 0;
      for (const w of common) marks[w] = 0;
    }
  }

  /**
   * The weight of the common words (`common`, marked in `marks`) each file of `reach` shares with
   * file `id`, the cheaper of two ways: through each file's words when few files reach the bar;
   * through the common words' postings when many do, as in a 10,000-file folder where most words
   * are common and most files sharing a rarer word reach the bar. Both add the same weights in the
   * same order (ascending word id), so the sums are identical.
   */
  private commonShares(id: number, onlyAfter: boolean, common: number[], marks: Float64Array, reach: number[], words: number): (f: number) => number {
    // Each way's count of entries read: postings, or (about) `words` topic words per file.
    const lists = this.topicLists;
    const bulk = lists.bulk;
    // Where each word's postings after `id` start, in the bulk and the recent lists.
    const bulkFrom = new Int32Array(common.length);
    const recentFrom = new Int32Array(common.length);
    const after = onlyAfter ? id : undefined;
    let postings = 0;
    for (let i = 0; i < common.length; i++) {
      const w = common[i];
      bulkFrom[i] = lists.firstAfter(w, after);
      recentFrom[i] = lists.recentAfter(w, after);
      postings += lists.end(w) - bulkFrom[i] + (lists.recentOf(w)?.length ?? 0) - recentFrom[i];
    }
    if (postings >= reach.length * words) return (f) => markedWeight(this.entries[f]!.topics, marks);
    if (this.shares.length < this.entries.length) this.shares = new Float64Array(Math.max(this.entries.length, this.shares.length * 2));
    const shares = this.shares;
    // Every file holding a common word gets its weight, with no test per posting (a test per
    // posting cost more than the additions it saved); the array is cleared for each call.
    shares.fill(0, 0, this.entries.length);
    for (let i = 0; i < common.length; i++) {
      const w = common[i];
      const weight = marks[w];
      for (let k = bulkFrom[i], to = lists.end(w); k < to; k++) shares[bulk[k]] += weight;
      const recent = lists.recentOf(w);
      if (recent) for (let k = recentFrom[i]; k < recent.length; k++) shares[recent[k]] += weight;
    }
    return (f) => shares[f];
  }

  /**
   * With checkEveryFile: similarFiles' answers for all files, computed at the first ask while the
   * corpus has not changed since. Each file walks the postings of its rarer topic words only for
   * files after it, so a pair's shared weight is summed once; both files get the result. The sums
   * are the ones a walk from either file makes (shared words added in ascending word id), so the
   * answers are identical, and each list is put in the order that walk meets the files: by the first
   * shared rarer word, then file id.
   */
  private similarForAll(threshold: number): SimilarAll | undefined {
    if (!this.checkEveryFile) return undefined;
    const cached = this.similarAll;
    if (cached) return cached.version === this.version && cached.threshold === threshold ? cached : undefined;
    const lists = new Map<number, { ids: number[]; sims: number[]; first: number[] }>();
    const record = (a: number, b: number, sim: number, first: number) => {
      let l = lists.get(a);
      if (!l) lists.set(a, (l = { ids: [], sims: [], first: [] }));
      l.ids.push(b);
      l.sims.push(sim);
      l.first.push(first);
    };
    for (let a = 0; a < this.entries.length; a++) {
      this.walkSimilar(a, threshold, true, (f, sim, first) => {
        record(a, f, sim, first);
        record(f, a, sim, first);
      });
    }
    const sorted = new Map<number, { ids: number[]; sims: number[] }>();
    for (const [id, l] of lists) {
      const order = l.ids.map((_, k) => k).sort((x, y) => l.first[x] - l.first[y] || l.ids[x] - l.ids[y]);
      sorted.set(id, { ids: order.map((k) => l.ids[k]), sims: order.map((k) => l.sims[k]) });
    }
    return (this.similarAll = { version: this.version, threshold, lists: sorted });
  }

  /** Files (among `among`, if given) holding a quote that shares two shingles with one of this file's quotes. */
  quoteNeighbours(file: string, among?: Iterable<string>): Set<string> {
    return this.quoteNeighboursOf(file, this.get(file)?.quotes ?? [], among);
  }

  /** Files other than `file` (among `among`, if given) holding a quote that shares two shingles with one of these quotes. */
  quoteNeighboursOf(file: string, quotes: QuoteInfo[], among?: Iterable<string>): Set<string> {
    const out = new Set<string>();
    // Only these files are of interest: counting skips every other file's postings (a long file
    // has thousands of quotes, each held by dozens of files).
    const onlyIds = among && new Set([...among].map((f) => this.fileIds.get(f)).filter((id): id is number => id !== undefined));
    for (const q of quotes) {
      if (q.words.length < MIN_MATCH_WORDS) continue; // not indexed, never matched
      for (const c of this.quoteCandidates(q.words, () => true, 2, file, onlyIds)) out.add(c.file);
    }
    return out;
  }
}

/** A number per integer key (word id, file id), valid for one generation of the corpus. */
class GenerationCache {
  private values = new Float64Array(1024);
  private generations = new Int32Array(1024).fill(-1);

  valid(key: number, generation: number): boolean {
    return key < this.values.length && this.generations[key] === generation;
  }

  set(key: number, generation: number, value: number): void {
    if (key >= this.values.length) {
      const n = Math.max(key + 1, this.values.length * 2);
      const values = new Float64Array(n);
      values.set(this.values);
      const generations = new Int32Array(n).fill(-1);
      generations.set(this.generations);
      this.values = values;
      this.generations = generations;
    }
    this.values[key] = value;
    this.generations[key] = generation;
  }

  at(key: number): number {
    return this.values[key];
  }
}

/** The ids sorted (in place), each once: a copy of the distinct prefix only when some repeat. */
function distinctSorted(ids: Int32Array): Int32Array {
  ids.sort();
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[n++] = ids[i];
  return n === ids.length ? ids : ids.slice(0, n);
}

/** Words per shingle: quotes are indexed by their runs of three words. */
const SHINGLE_WORDS = 3;

/**
 * The distinct hashes of the three-word shingles of the first MAX_QUOTE_WORDS words (the words
 * joined by spaces; fewer than three words make one shingle), in first-seen order. Hashed word by
 * word, without building the joined strings.
 */
function shingleHashes(words: string[]): number[] {
  const n = Math.min(words.length, MAX_QUOTE_WORDS);
  const out: number[] = [];
  if (n === 0) return out;
  if (n < SHINGLE_WORDS) return [hashRun(words, 0, n)];
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= n; i++) {
    const h = hashRun(words, i, i + SHINGLE_WORDS);
    if (seen.has(h)) continue;
    seen.add(h);
    out.push(h);
  }
  return out;
}

/** FNV-1a of words[from..to) joined by spaces; a collision only adds a candidate that alignment then rejects. */
function hashRun(words: string[], from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let k = from; k < to; k++) {
    if (k > from) h = fnvUnit(h, 32);
    h = fnvUnits(words[k], 0, words[k].length, h);
  }
  return h | 0;
}
