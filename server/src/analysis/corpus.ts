/**
 * The analyses of every article file, indexed so cross-file checks never scan all files:
 * - quotes by word shingles (which files hold a quote sharing words with this one);
 * - files by topic word (which files are about the same story), with document frequencies;
 * - inside each file, claim sentences by context word (which sentence talks about the same thing).
 * Claims are compared only between files about the same story, so a check costs the size of the
 * story's cluster, not of the workspace. Updating one file touches only that file's postings.
 */
import { DocumentAnalysis } from './document';
import { shingles } from './quotes/match';

type Postings = Map<string, Map<string, number[]>>;

/** Words in more than this share of claim sentences say nothing about which claim is which. */
const MAX_DF_SHARE = 0.2;
/** Quotes longer than this (in words) are compared on their first words only. */
export const MAX_QUOTE_WORDS = 400;
/**
 * Topic words in more files than this are not walked when looking for same-story files (every
 * file has "said"); they still count in the similarity of the files found through rarer words.
 */
const walkLimit = (files: number) => Math.max(200, Math.ceil(files * 0.02));
/** Norms are recomputed after this share of files changed (they move very little per edit). */
const NORM_REFRESH_SHARE = 0.01;

export class Corpus {
  private docs = new Map<string, DocumentAnalysis>();
  private quoteIndex: Postings = new Map();
  /** Per file: claim-sentence context word -> sentence indexes. */
  private sentencesByWord = new Map<string, Map<string, number[]>>();
  /** Claim sentences (all files) containing each context word. */
  private df = new Map<string, number>();
  private sentenceCount = 0;
  /** Files containing each topic word. */
  private filesByTopic = new Map<string, Set<string>>();
  private docSets = new Map<string, Set<string>>();
  private norms = new Map<string, { generation: number; norm: number }>();
  private generation = 0;
  private changesSinceRefresh = 0;

  get size(): number {
    return this.docs.size;
  }

  files(): IterableIterator<string> {
    return this.docs.keys();
  }

  get(file: string): DocumentAnalysis | undefined {
    return this.docs.get(file);
  }

  set(file: string, analysis: DocumentAnalysis): void {
    this.delete(file);
    this.docs.set(file, analysis);
    this.changed();
    const topics = new Set(analysis.topicWords);
    this.docSets.set(file, topics);
    for (const w of topics) {
      let s = this.filesByTopic.get(w);
      if (!s) this.filesByTopic.set(w, (s = new Set()));
      s.add(file);
    }
    analysis.quotes.forEach((q, i) => {
      for (const sh of new Set(shingles(q.words.slice(0, MAX_QUOTE_WORDS)))) add(this.quoteIndex, sh, file, i);
    });
    const byWord = new Map<string, number[]>();
    analysis.claimSentences.forEach((cs, i) => {
      this.sentenceCount++;
      for (const w of cs.context) {
        const list = byWord.get(w);
        if (list) list.push(i);
        else byWord.set(w, [i]);
        this.df.set(w, (this.df.get(w) ?? 0) + 1);
      }
    });
    this.sentencesByWord.set(file, byWord);
  }

  delete(file: string): void {
    const old = this.docs.get(file);
    if (!old) return;
    this.docs.delete(file);
    this.changed();
    for (const w of this.docSets.get(file) ?? []) {
      const s = this.filesByTopic.get(w);
      s?.delete(file);
      if (s?.size === 0) this.filesByTopic.delete(w);
    }
    this.docSets.delete(file);
    this.norms.delete(file);
    this.sentencesByWord.delete(file);
    old.quotes.forEach((q) => {
      for (const sh of new Set(shingles(q.words.slice(0, MAX_QUOTE_WORDS)))) remove(this.quoteIndex, sh, file);
    });
    for (const cs of old.claimSentences) {
      this.sentenceCount--;
      for (const w of cs.context) {
        const d = (this.df.get(w) ?? 1) - 1;
        if (d <= 0) this.df.delete(w);
        else this.df.set(w, d);
      }
    }
  }

  private changed(): void {
    if (++this.changesSinceRefresh >= Math.max(1, this.docs.size * NORM_REFRESH_SHARE)) {
      this.generation++;
      this.changesSinceRefresh = 0;
    }
  }

  /** Quotes in other files sharing at least `minShared` shingles with these words. */
  quoteCandidates(words: string[], accept: (file: string) => boolean, minShared = 2): { file: string; index: number; shared: number }[] {
    const counts = new Map<string, Map<number, number>>();
    for (const sh of new Set(shingles(words.slice(0, MAX_QUOTE_WORDS)))) {
      const byFile = this.quoteIndex.get(sh);
      if (!byFile) continue;
      for (const [file, idxs] of byFile) {
        if (!accept(file)) continue;
        let m = counts.get(file);
        if (!m) counts.set(file, (m = new Map()));
        for (const i of idxs) m.set(i, (m.get(i) ?? 0) + 1);
      }
    }
    const need = Math.min(minShared, Math.max(1, words.length - 2));
    const out: { file: string; index: number; shared: number }[] = [];
    for (const [file, m] of counts) for (const [index, shared] of m) if (shared >= need) out.push({ file, index, shared });
    return out;
  }

  /** Weight of a context word: rarer words say more about what a sentence is about. */
  idf(w: string): number {
    const d = this.df.get(w) ?? 0;
    return Math.log((this.sentenceCount + 1) / (d + 1)) + 0.1;
  }

  /**
   * Claim sentences in the given files that share weighted context with `context`:
   * file -> [sentence index, score in 0..1].
   */
  claimCandidates(context: string[], files: Iterable<string>): Map<string, { index: number; score: number }[]> {
    const maxDf = Math.max(50, this.sentenceCount * MAX_DF_SHARE);
    const telling = context.filter((w) => (this.df.get(w) ?? 0) <= maxDf).map((w) => [w, this.idf(w)] as const);
    const mine = context.reduce((s, w) => s + this.idf(w), 0);
    const out = new Map<string, { index: number; score: number }[]>();
    for (const file of files) {
      const byWord = this.sentencesByWord.get(file);
      if (!byWord) continue;
      const shared = new Map<number, number>();
      for (const [w, weight] of telling) for (const i of byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + weight);
      if (shared.size === 0) continue;
      const sentences = this.docs.get(file)!.claimSentences;
      const list: { index: number; score: number }[] = [];
      for (const [index, weight] of shared) {
        const theirs = sentences[index].context.reduce((s, w) => s + this.idf(w), 0);
        list.push({ index, score: weight / Math.max(1e-9, Math.min(mine, theirs) * 0.5 + Math.max(mine, theirs) * 0.5) });
      }
      out.set(file, list);
    }
    return out;
  }

  private docIdf(w: string): number {
    return Math.log(1 + this.docs.size / (this.filesByTopic.get(w)?.size ?? 1));
  }

  private norm(file: string): number {
    const cached = this.norms.get(file);
    if (cached && cached.generation === this.generation) return cached.norm;
    let s = 0;
    for (const w of this.docSets.get(file) ?? []) s += this.docIdf(w) ** 2;
    const norm = Math.sqrt(s);
    this.norms.set(file, { generation: this.generation, norm });
    return norm;
  }

  /** How much two files are about the same story: cosine of their topic words weighted by rarity across files. */
  docSimilarity(a: string, b: string): number {
    const sa = this.docSets.get(a);
    const sb = this.docSets.get(b);
    if (!sa || !sb || sa.size === 0 || sb.size === 0) return 0;
    const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    let s = 0;
    for (const w of small) if (large.has(w)) s += this.docIdf(w) ** 2;
    return s / (this.norm(a) * this.norm(b) || 1);
  }

  /**
   * Files about the same story as `file` (docSimilarity >= threshold), found through shared topic
   * words. Words in very many files are not walked; files reached through rarer words get their
   * exact similarity. With up to 200 files (or words in under 2% of files) this is exhaustive.
   */
  similarFiles(file: string, threshold: number, accept: (file: string) => boolean = () => true): Map<string, number> {
    const mine = this.docSets.get(file);
    const out = new Map<string, number>();
    if (!mine || mine.size === 0) return out;
    const limit = walkLimit(this.docs.size);
    const partial = new Map<string, number>();
    let skipped = false;
    for (const w of mine) {
      const holders = this.filesByTopic.get(w);
      if (!holders) continue;
      if (holders.size > limit) {
        skipped = true;
        continue;
      }
      const weight = this.docIdf(w) ** 2;
      for (const f of holders) if (f !== file) partial.set(f, (partial.get(f) ?? 0) + weight);
    }
    const myNorm = this.norm(file);
    for (const [f, dot] of partial) {
      if (!accept(f)) continue;
      const approx = dot / (myNorm * this.norm(f) || 1);
      // Common words add to the cosine; a file needs a third of the bar from rare words alone.
      const sim = !skipped ? approx : approx >= threshold / 3 ? this.docSimilarity(file, f) : 0;
      if (sim >= threshold) out.set(f, sim);
    }
    return out;
  }

  /** Files holding a quote that shares a shingle with one of this file's quotes. */
  quoteNeighbours(file: string): Set<string> {
    const out = new Set<string>();
    for (const q of this.docs.get(file)?.quotes ?? []) for (const c of this.quoteCandidates(q.words, (f) => f !== file, 1)) out.add(c.file);
    return out;
  }
}

function add(p: Postings, key: string, file: string, i: number): void {
  let byFile = p.get(key);
  if (!byFile) p.set(key, (byFile = new Map()));
  const list = byFile.get(file);
  if (list) list.push(i);
  else byFile.set(file, [i]);
}

function remove(p: Postings, key: string, file: string): void {
  const byFile = p.get(key);
  if (!byFile) return;
  byFile.delete(file);
  if (byFile.size === 0) p.delete(key);
}
