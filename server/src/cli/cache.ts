/**
 * copydesk check --cache: per file, a hash of its bytes and config, its index record, its analysis,
 * its last findings (as output rows) and the files its check looked at. A later run analyses only the files whose
 * hash changed and re-checks only them, the files whose checks looked at them, and the files they
 * are now related to (same story, shared quote); the other files keep their findings, and a
 * re-check that looks at an unchanged file reads its stored analysis instead of analysing it.
 *
 * Word weights are corpus-wide, so a file whose findings are kept was scored with slightly older
 * weights. That drift is bounded like the server's: once more than 1% of the files differ from the
 * last full run, the next run is a full one.
 *
 * File layout: "CDC1", the index's length (uint32 LE), the index (v8 serialised), a SHA-1 of the
 * index and the columns, the files' index records by column as raw 32-bit integers
 * (record-columns.ts, as the server's index cache stores them), then the analyses, each v8
 * serialised on its own so a run deserialises only the ones it needs, and each in two parts, its
 * quotes and the rest: most files a check reads, it reads for their quotes. Each part has a
 * checksum in the index: a damaged byte anywhere (a run with one random byte of a cache changed
 * printed other findings 3 times in 60 before) costs a full run or an analysis, never a finding.
 * A run reads the index and then only the analyses it needs, from the open file; the next cache
 * copies the unchanged analyses from it through a small buffer. Reading the whole 20 MB file into
 * memory cost more than the rest of reading it: 70 ms of first touches of fresh memory here.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as v8 from 'v8';
import { IndexRecord, KeptAnalysis, ListedRecord, QuoteInfo, WordList, listedRecord, splitLines, withoutTopicWords } from '../analysis/index';
import { readFrom } from '../workspace/read';
import { RecordColumns, checkedColumns, columnLengths, columnsDamage, deserialised, listedAt, readColumns, recordColumns } from '../workspace/record-columns';
import { JsonFinding } from './format';

const MAGIC = 'CDC1';
const FORMAT = 7;
/** Share of files that may differ from the last full run before word weights are recomputed. */
const DRIFT_SHARE = 0.01;

/** An index record without its text, as this run made it. */
export type FreshRecord = Omit<IndexRecord, 'text'>;

export interface CachedFile {
  /** Hash of the file's bytes and the config that applies to it. */
  key: string;
  /** Exactly one of the two: read from the cache (words as positions in its word list), or made in this run. */
  record?: ListedRecord;
  fresh?: FreshRecord;
  /**
   * Output rows of the file's last check (absent for a file only read as a source). Rows, not
   * findings: a file whose rows are kept has every file they point into unchanged.
   */
  rows?: JsonFinding[];
  /** Whether that check found boilerplate for --fix to remove. */
  fixable?: boolean;
  /** Files that check looked at. */
  consulted?: string[];
  /** Those of them whose claims it read (the others it read for their quotes alone). */
  claimsConsulted?: string[];
  /** quoteKeys of the file's analysis, when this run or an earlier one analysed it. */
  quotes?: string[];
}

/** A file the cache read holds. */
interface KnownFile extends CachedFile {
  /**
   * Where the stored analysis lies in the analyses area: its offset, the length of its quotes and
   * the length of the rest, serialised apart so a run can read a file's quotes alone; then the
   * checksums of the two (partSum).
   */
  analysis?: [number, number, number, number, number];
}

/**
 * A file as the index stores it: its record in the columns (at the file's place), the files its
 * check looked at as places in the index's names. With paths and per-file typed arrays, the index
 * of the 1,000 bench files was 6.4 MB and took 105–120 ms to read back (of a 1.3 s run); stored so,
 * it is 1.9 MB and takes 40–50 ms.
 */
interface StoredFile extends Omit<KnownFile, 'record' | 'fresh' | 'consulted' | 'claimsConsulted'> {
  consulted?: number[];
  claimsConsulted?: number[];
}

interface Index {
  format: number;
  /** The program and the settings that change findings: a different stamp discards the cache. */
  stamp: string;
  /** The record columns' integers are this machine's byte order. */
  endianness: string;
  /** Every file's key at the last full run. */
  base: Map<string, string>;
  /** The words stored records refer to. */
  vocab: string[];
  /** The stored files, then any other file a stored check looked at. */
  names: string[];
  /** files[i] is names[i]'s, and so is record i. */
  files: StoredFile[];
  /** Per record column, the lengths of its starts and values. */
  lengths: [number, number][];
}

/** The cache as read. */
interface Known {
  base: Map<string, string>;
  vocab: string[];
  files: Map<string, KnownFile>;
}

/**
 * A file's quotes as other files' checks see them, a key per quote: its words, the line and column
 * of each part, and its attribution. Keys equal at a place in the list before and after an edit:
 * the edit changed nothing in that quote for the other files.
 */
export function quoteKeys(a: KeptAnalysis): string[] {
  return a.quotes.map((q) => {
    const at = q.span.parts.map((p) => `${p.line}:${p.start - a.lines[p.line].start}:${p.end - p.start}`).join(',');
    // 96 bits of the hash: a key is compared with the same quote's key of the last run.
    return crypto.createHash('sha1').update(`${at}\0${q.span.text}\0${JSON.stringify(q.attribution)}\0${q.transcript ? 1 : 0}`).digest('base64').slice(0, 16);
  });
}

/** An analysis as stored: without what the text gives back (text, lines, sentence texts); kept analyses have no topic words. */
type Slim = Omit<KeptAnalysis, 'text' | 'lines'>;

/** The stored form of an analysis: its quotes, then the rest (where `quotes` is left empty, keeping its place among the keys). */
function serialiseAnalysis(a: KeptAnalysis): { bytes: Buffer; quotesLength: number } {
  const { text: _t, lines: _l, ...rest } = withoutTopicWords(a);
  const claimSentences = rest.claimSentences.map((cs) => (cs.sentence.text === a.text.slice(cs.sentence.start, cs.sentence.end) ? { ...cs, sentence: { ...cs.sentence, text: undefined as unknown as string } } : cs));
  const quotes = v8.serialize(rest.quotes);
  return { bytes: Buffer.concat([quotes, v8.serialize({ ...rest, quotes: undefined, claimSentences })]), quotesLength: quotes.length };
}

/** A stretch of an open file, to be written by copying it. */
export interface FileRange {
  fd: number;
  position: number;
  length: number;
}

/** The analyses area of the cache file read, left open for the run. */
interface AnalysesArea {
  fd: number;
  /** Where the area starts in the file, and its length. */
  start: number;
  length: number;
}

export class CheckCache {
  private constructor(
    readonly location: string,
    private stamp: string,
    private index: Known | undefined,
    private area: AnalysesArea | undefined,
  ) {}

  /** Reads the cache's index; a missing, stale or unreadable one starts empty (`note` hears why if unreadable). Call close() after save(). */
  static open(location: string, stamp: string, note: (s: string) => void): CheckCache {
    const empty = new CheckCache(location, stamp, undefined, undefined);
    let fd: number | undefined;
    try {
      fd = fs.openSync(location, 'r');
      const size = fs.fstatSync(fd).size;
      const head = readAt(fd, 0, Math.min(8, size));
      if (head.length < 8 || head.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a copydesk cache');
      const n = head.readUInt32LE(4);
      if (8 + n > size) throw new Error('truncated');
      const indexBytes = readAt(fd, 8, n);
      const index = deserialised<Index>(indexBytes, 'damaged: its index');
      // Another program build, other settings or another machine's byte order: silently start over.
      if (index?.format !== FORMAT || index.stamp !== stamp || index.endianness !== os.endianness()) {
        fs.closeSync(fd);
        return empty;
      }
      const { columns, end, intact } = readColumns(fd, indexBytes, index.lengths, 8 + n, size);
      if (!intact) throw new Error('damaged: its checksum does not match');
      const known = knownFiles(index, columns);
      return new CheckCache(location, stamp, known, { fd, start: end, length: size - end });
    } catch (e) {
      if (fd !== undefined) fs.closeSync(fd);
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') note(`cache ${location} is unreadable (${(e as Error).message.split('\n')[0]}); checking every file and rewriting it`);
      return empty;
    }
  }

  /** Closes the cache file read (after save: it copies from it). */
  close(): void {
    if (this.area) fs.closeSync(this.area.fd);
    this.area = undefined;
  }

  /** A file's stored analysis (quotes and rest) as a stretch of the cache file read, if any. */
  private range(f: KnownFile | undefined): FileRange | undefined {
    if (!f?.analysis || !this.area) return undefined;
    const length = f.analysis[1] + f.analysis[2];
    return f.analysis[0] + length <= this.area.length ? { fd: this.area.fd, position: this.area.start + f.analysis[0], length } : undefined;
  }

  /** A part of a file's stored analysis, its quotes or the rest; throws if it is not as written. */
  private read(f: KnownFile, part: 'quotes' | 'rest'): Buffer {
    const [, quotesLength, restLength, quotesSum, restSum] = f.analysis!;
    const [from, length, sum] = part === 'quotes' ? [0, quotesLength, quotesSum] : [quotesLength, restLength, restSum];
    const r = this.range(f);
    if (!r || from + length > r.length) throw new Error('outside the cache file');
    const bytes = readAt(r.fd, r.position + from, length);
    if (partSum(bytes) !== sum) throw new Error('damaged');
    return bytes;
  }

  /** The stored quotes of `file` if its analysis was made from exactly these bytes and config (`key`). */
  quotes(file: string, key: string): QuoteInfo[] | undefined {
    const f = this.index?.files.get(file);
    if (f?.key !== key || !f.analysis) return undefined;
    try {
      const quotes = v8.deserialize(this.read(f, 'quotes'));
      return Array.isArray(quotes) ? quotes : undefined;
    } catch {
      return undefined; // damaged: analyse again
    }
  }

  get(file: string): CachedFile | undefined {
    return this.index?.files.get(file);
  }

  /** The cache's word list, for Corpus.wordIds. */
  get vocab(): string[] {
    return this.index?.vocab ?? [];
  }

  /** The stored analysis of `file` if it was made from exactly these bytes and config (`key`); `quotes` if already read. */
  analysis(file: string, key: string, text: string, quotes = this.quotes(file, key)): KeptAnalysis | undefined {
    const f = this.index?.files.get(file);
    if (f?.key !== key || !f.analysis || !quotes) return undefined;
    try {
      const rest = v8.deserialize(this.read(f, 'rest')) as Slim;
      rest.quotes = quotes;
      // What was left out comes back from the text.
      for (const cs of rest.claimSentences) if (cs.sentence.text === undefined) cs.sentence.text = text.slice(cs.sentence.start, cs.sentence.end);
      return { ...rest, text, lines: splitLines(text) };
    } catch {
      return undefined; // damaged: analyse again
    }
  }

  /** Files in the cache that are not in `keys` (deleted or no longer listed). */
  missing(keys: Map<string, string>): string[] {
    return this.index ? [...this.index.files.keys()].filter((f) => !keys.has(f)) : [];
  }

  /** How many files the cached run had. */
  get size(): number {
    return this.index?.files.size ?? 0;
  }

  /**
   * Whether this run may reuse findings: the cache exists, at most 1% of files (at least one)
   * differ from the last full run, and the workspace is not so small that the same-story bar
   * moves with its size (docSimilarityGate is constant from 20 files).
   */
  usable(keys: Map<string, string>): boolean {
    if (!this.index || (keys.size !== this.size && Math.min(keys.size, this.size) < 20)) return false;
    const base = this.index.base;
    let drift = 0;
    for (const [f, k] of keys) if (base.get(f) !== k) drift++;
    for (const f of base.keys()) if (!keys.has(f)) drift++;
    return drift <= Math.max(1, Math.floor(keys.size * DRIFT_SHARE));
  }

  /**
   * Writes the new cache in one atomic write; `fullRun` makes these keys the new base. A file's
   * analysis is copied from the old cache when its key is unchanged, else taken from `analysisOf`.
   */
  save(files: Map<string, CachedFile>, fullRun: boolean, analysisOf: (file: string) => KeptAnalysis | undefined, write: (file: string, data: (Buffer | FileRange)[]) => void): void {
    const chunks: (Buffer | FileRange)[] = [];
    let offset = 0;
    const stored: KnownFile[] = [];
    const names: string[] = [];
    // Word list: kept (stored records point into it) and extended, or rebuilt on a full run.
    const vocab = new WordList(fullRun || !this.index ? [] : [...this.index.vocab]);
    for (const [f, entry] of files) {
      const { fresh, ...c } = entry;
      if (fresh) c.record = listedRecord(fresh, vocab);
      if (!c.record) continue;
      names.push(f);
      const old = this.index?.files.get(f);
      const kept = old?.key === c.key ? this.range(old) : undefined;
      if (kept) {
        const [, quotesLength, restLength, quotesSum, restSum] = old!.analysis!;
        stored.push({ ...c, analysis: [offset, quotesLength, restLength, quotesSum, restSum] });
        // Unchanged files' analyses lie one after another in the old file: one copy for a run of them.
        const last = chunks[chunks.length - 1];
        if (last && !Buffer.isBuffer(last) && last.position + last.length === kept.position) last.length += kept.length;
        else chunks.push({ ...kept });
        offset += kept.length;
        continue;
      }
      const a = analysisOf(f);
      const serialised = a && !a.tooLarge ? serialiseAnalysis(a) : undefined;
      if (!serialised) {
        stored.push({ ...c, analysis: undefined });
        continue;
      }
      const { bytes, quotesLength } = serialised;
      stored.push({ ...c, analysis: [offset, quotesLength, bytes.length - quotesLength, partSum(bytes.subarray(0, quotesLength)), partSum(bytes.subarray(quotesLength))] });
      chunks.push(bytes);
      offset += bytes.length;
    }
    const base = fullRun || !this.index ? new Map([...files].map(([f, c]) => [f, c.key])) : this.index.base;
    const columns = recordColumns(stored.map((c) => c.record!));
    // Files a check looked at, by their place in `names` (a file not stored is added to it).
    const place = new Map(names.map((f, i) => [f, i]));
    const placeOf = (f: string) => {
      let i = place.get(f);
      if (i === undefined) place.set(f, (i = names.push(f) - 1));
      return i;
    };
    const storedFiles = stored.map(({ record: _r, consulted, claimsConsulted, ...c }): StoredFile => ({ ...c, consulted: consulted?.map(placeOf), claimsConsulted: claimsConsulted?.map(placeOf) }));
    const index = v8.serialize({ format: FORMAT, stamp: this.stamp, endianness: os.endianness(), base, vocab: vocab.words, names, files: storedFiles, lengths: columnLengths(columns) } satisfies Index);
    const head = Buffer.alloc(8);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(index.length, 4);
    write(this.location, [head, index, ...checkedColumns(index, columns).map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength)), ...chunks]);
  }
}

/** The index's files as this run uses them; throws on an index this build could not have written. */
function knownFiles(index: Index, columns: RecordColumns): Known {
  const { base, vocab, names, files } = index;
  if (!(base instanceof Map) || !Array.isArray(vocab) || !Array.isArray(names) || !Array.isArray(files) || files.length > names.length || !names.every((f) => typeof f === 'string')) throw new Error('unexpected content');
  const damage = columnsDamage(columns, files.length, vocab.length);
  if (damage) throw new Error(damage);
  const nameAt = (i: number) => {
    if (!(i >= 0 && i < names.length)) throw new Error('a file outside the list');
    return names[i];
  };
  const known = new Map<string, KnownFile>();
  files.forEach(({ consulted, claimsConsulted, ...f }, i) => known.set(names[i], { ...f, record: listedAt(columns, i), consulted: consulted?.map(nameAt), claimsConsulted: claimsConsulted?.map(nameAt) }));
  return { base, vocab, files: known };
}

/** A stored analysis part's checksum: 32 bits of its SHA-1 (for damage, not for an adversary: the index's is whole). */
function partSum(bytes: Uint8Array): number {
  return crypto.createHash('sha1').update(bytes).digest().readInt32LE(0);
}

/** `length` bytes of an open file from `position` (fewer if it ends first). */
function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  return buf.subarray(0, readFrom(fd, buf, position));
}
