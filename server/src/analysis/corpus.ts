/**
 * The analyses of every article file, with two indexes so cross-file checks never scan all files:
 * quotes by word shingles, claim sentences by context word (with document frequencies for weights).
 * Updating one file touches only that file's postings.
 */
import { DocumentAnalysis } from './document';
import { shingles } from './quotes/match';

type Postings = Map<string, Map<string, number[]>>;

/** Words in more than this share of claim sentences say nothing about which claim is which. */
const MAX_DF_SHARE = 0.2;
/** Quotes longer than this (in words) are compared on their first words only. */
export const MAX_QUOTE_WORDS = 400;

export class Corpus {
  private docs = new Map<string, DocumentAnalysis>();
  private quoteIndex: Postings = new Map();
  private wordIndex: Postings = new Map();
  private df = new Map<string, number>();
  private sentenceCount = 0;
  /** In how many files each topic word occurs, for document similarity. */
  private docDf = new Map<string, number>();
  private version = 0;
  private docSets = new Map<string, Set<string>>();
  private norms = new Map<string, { version: number; norm: number }>();

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
    this.version++;
    this.docSets.set(file, new Set(analysis.topicWords));
    for (const w of analysis.topicWords) this.docDf.set(w, (this.docDf.get(w) ?? 0) + 1);
    analysis.quotes.forEach((q, i) => {
      for (const sh of new Set(shingles(q.words.slice(0, MAX_QUOTE_WORDS)))) add(this.quoteIndex, sh, file, i);
    });
    analysis.claimSentences.forEach((cs, i) => {
      this.sentenceCount++;
      for (const w of cs.context) {
        add(this.wordIndex, w, file, i);
        this.df.set(w, (this.df.get(w) ?? 0) + 1);
      }
    });
  }

  delete(file: string): void {
    const old = this.docs.get(file);
    if (!old) return;
    this.docs.delete(file);
    this.version++;
    this.docSets.delete(file);
    this.norms.delete(file);
    for (const w of old.topicWords) {
      const d = (this.docDf.get(w) ?? 1) - 1;
      if (d <= 0) this.docDf.delete(w);
      else this.docDf.set(w, d);
    }
    old.quotes.forEach((q) => {
      for (const sh of new Set(shingles(q.words.slice(0, MAX_QUOTE_WORDS)))) remove(this.quoteIndex, sh, file);
    });
    for (const cs of old.claimSentences) {
      this.sentenceCount--;
      for (const w of cs.context) {
        remove(this.wordIndex, w, file);
        const d = (this.df.get(w) ?? 1) - 1;
        if (d <= 0) this.df.delete(w);
        else this.df.set(w, d);
      }
    }
  }

  /** Quotes in other files sharing at least `minShared` shingles with these words. */
  quoteCandidates(words: string[], accept: (file: string) => boolean, minShared = 2): { file: string; index: number; shared: number }[] {
    const counts = new Map<string, number>();
    for (const sh of new Set(shingles(words.slice(0, MAX_QUOTE_WORDS)))) {
      const byFile = this.quoteIndex.get(sh);
      if (!byFile) continue;
      for (const [file, idxs] of byFile) {
        if (!accept(file)) continue;
        for (const i of idxs) counts.set(`${i}\u0000${file}`, (counts.get(`${i}\u0000${file}`) ?? 0) + 1);
      }
    }
    const out: { file: string; index: number; shared: number }[] = [];
    for (const [key, shared] of counts) {
      if (shared < Math.min(minShared, Math.max(1, words.length - 2))) continue;
      const sep = key.indexOf('\u0000');
      out.push({ file: key.slice(sep + 1), index: +key.slice(0, sep), shared });
    }
    return out;
  }

  /** Weight of a context word: rarer words say more about what a sentence is about. */
  idf(w: string): number {
    const d = this.df.get(w) ?? 0;
    return Math.log((this.sentenceCount + 1) / (d + 1)) + 0.1;
  }

  /** Claim sentences in other files that share weighted context with `context`: file -> [sentence index, score]. */
  claimCandidates(context: string[], accept: (file: string) => boolean): Map<string, { index: number; score: number }[]> {
    const maxDf = Math.max(50, this.sentenceCount * MAX_DF_SHARE);
    const mine = context.reduce((s, w) => s + this.idf(w), 0);
    const shared = new Map<string, number>();
    for (const w of context) {
      const d = this.df.get(w) ?? 0;
      if (d > maxDf) continue;
      const byFile = this.wordIndex.get(w);
      if (!byFile) continue;
      const weight = this.idf(w);
      for (const [file, idxs] of byFile) {
        if (!accept(file)) continue;
        for (const i of idxs) shared.set(`${i}\u0000${file}`, (shared.get(`${i}\u0000${file}`) ?? 0) + weight);
      }
    }
    const out = new Map<string, { index: number; score: number }[]>();
    for (const [key, weight] of shared) {
      const sep = key.indexOf('\u0000');
      const file = key.slice(sep + 1);
      const index = +key.slice(0, sep);
      const theirs = this.docs.get(file)!.claimSentences[index].context.reduce((s, w) => s + this.idf(w), 0);
      const score = weight / Math.max(1e-9, Math.min(mine, theirs) * 0.5 + Math.max(mine, theirs) * 0.5);
      out.set(file, [...(out.get(file) ?? []), { index, score }]);
    }
    return out;
  }

  private docIdf(w: string): number {
    return Math.log(1 + this.docs.size / (this.docDf.get(w) ?? 1));
  }

  private norm(file: string): number {
    const cached = this.norms.get(file);
    if (cached && cached.version === this.version) return cached.norm;
    let s = 0;
    for (const w of this.docSets.get(file) ?? []) s += this.docIdf(w) ** 2;
    const norm = Math.sqrt(s);
    this.norms.set(file, { version: this.version, norm });
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

  /** Files whose findings may change when `file` changes: they share quote shingles or claim context. */
  relatedFiles(file: string): Set<string> {
    const a = this.docs.get(file);
    const out = new Set<string>();
    if (!a) return out;
    for (const q of a.quotes) for (const c of this.quoteCandidates(q.words, (f) => f !== file, 1)) out.add(c.file);
    for (const cs of a.claimSentences) for (const f of this.claimCandidates(cs.context, (f) => f !== file).keys()) out.add(f);
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
