/**
 * The server's index cache: per file, the hash of its bytes and options and its index record, kept
 * in the editor's storage for this workspace. Re-opening a folder then analyses only the files that
 * changed since the last index; the others' records are read back (an indexing thread still reads
 * and hashes each file, and the corpus keeps its text as before).
 *
 * File layout: "CDI1", the header's length (uint32 LE), the header (v8 serialised: build stamp,
 * word list, files, keys, column lengths), then each column's numbers as raw 32-bit integers, read
 * straight into their arrays. Records store words as positions in the cache's word list, so a
 * record is numbers only. Written to a temporary file and renamed, so a reader never sees half a
 * cache; a missing or stale one (another build) is treated as empty, a damaged one too, and both
 * are rewritten.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { IdRecord, ListedIds, ListedRecord } from '../analysis/index';
import { readFrom } from './read';

const MAGIC = 'CDI1';
const FORMAT = 1;

/** Lists of numbers, one after another: list i is values[starts[i] .. starts[i + 1]). */
interface Column {
  values: Int32Array;
  starts: Int32Array;
}

/** Writes so far in this process, to name each one's temporary file. */
let writes = 0;

const COLUMNS = ['topics', 'context', 'contextLengths', 'calendarDays', 'quotes', 'shingles'] as const;

/**
 * Stored by column, each a few large arrays rather than five small ones per file: 10,000 files'
 * records as 60,000 v8-serialised typed arrays took 0.3 s to read back and as long to write.
 */
interface Stored extends Record<(typeof COLUMNS)[number], Column> {
  vocab: string[];
  files: string[];
  /** contentKey of the bytes and options each file's record was made from. */
  keys: string[];
  /** Per file, its quotes: quotes[i] lists the indexes of file i's quotes in `shingles`. */
  quotes: Column;
}

interface Header {
  format: number;
  stamp: string;
  /** The columns' integers are this machine's byte order. */
  endianness: string;
  vocab: string[];
  files: string[];
  keys: string[];
  /** Per column (COLUMNS' order), the lengths of its starts and values. */
  lengths: [number, number][];
}

/**
 * A record to store: its words as ids of the corpus whose word list is given to save(), its topic
 * words also in the record's order (the order the corpus numbers them in, which the record's own
 * sorted list has lost).
 */
export interface RecordToStore {
  file: string;
  key: string;
  record: IdRecord;
  topicsInOrder: Int32Array;
}

export class IndexCache {
  /** The cache's word positions as ids of the one corpus its records go to. */
  private readonly ids?: ListedIds;
  private readonly index: Map<string, number>;

  private constructor(
    private readonly stored: Stored | undefined,
    wordIds?: (words: string[]) => Int32Array,
  ) {
    this.index = new Map(stored?.files.map((f, i) => [f, i]));
    if (stored && wordIds) this.ids = new ListedIds(stored.vocab, wordIds);
  }

  static empty(): IndexCache {
    return new IndexCache(undefined);
  }

  /**
   * Reads a cache whose records go to the corpus `wordIds` numbers words of (adding new ones);
   * missing or of another build: empty; damaged: empty, and `note` hears why.
   */
  static load(location: string, stamp: string, note: (s: string) => void, wordIds: (words: string[]) => Int32Array): IndexCache {
    let fd: number;
    try {
      fd = fs.openSync(location, 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') note(`index cache ${location} could not be read (${(e as Error).message}); indexing every file`);
      return IndexCache.empty();
    }
    try {
      const size = fs.fstatSync(fd).size;
      const head = Buffer.alloc(8);
      readInto(fd, head, 0);
      if (head.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a copydesk index cache');
      const headerLength = head.readUInt32LE(4);
      if (8 + headerLength > size) throw new Error('truncated');
      const header = v8.deserialize(readInto(fd, Buffer.alloc(headerLength), 8)) as Header;
      // Another build, or another machine's byte order: start over.
      if (header?.format !== FORMAT || header.stamp !== stamp || header.endianness !== os.endianness()) return IndexCache.empty();
      if (!Array.isArray(header.lengths) || header.lengths.length !== COLUMNS.length) throw new Error('unexpected content');
      let at = 8 + headerLength;
      const columns = header.lengths.map(([startsLength, valuesLength]) => {
        if (at + 4 * (startsLength + valuesLength) > size) throw new Error('truncated');
        const starts = readInto(fd, new Int32Array(startsLength), at);
        const values = readInto(fd, new Int32Array(valuesLength), (at += 4 * startsLength));
        at += 4 * valuesLength;
        return { starts, values };
      });
      if (at !== size) throw new Error('longer than its columns');
      const stored = { vocab: header.vocab, files: header.files, keys: header.keys, ...Object.fromEntries(COLUMNS.map((name, i) => [name, columns[i]])) } as Stored;
      const damage = whatIsWrong(stored);
      if (damage) throw new Error(damage);
      return new IndexCache(stored, wordIds);
    } catch (e) {
      note(`index cache ${location} is damaged (${(e as Error).message.split('\n')[0]}); indexing every file and rewriting it`);
      return IndexCache.empty();
    } finally {
      fs.closeSync(fd);
    }
  }

  get size(): number {
    return this.index.size;
  }

  /** The key the file's stored record was made under, if one is stored. */
  keyOf(file: string): string | undefined {
    const i = this.index.get(file);
    return i === undefined ? undefined : this.stored!.keys[i];
  }

  /** The file's stored record with its words as the corpus's ids, and its topic words in the record's order; undefined when none is stored. */
  record(file: string, text: Uint8Array): { record: IdRecord; topicsInOrder?: Int32Array } | undefined {
    const i = this.index.get(file);
    if (i === undefined || !this.ids) return undefined;
    const s = this.stored!;
    // Copies of what the corpus keeps (a view would keep the whole column); views of what it only
    // reads (idRecord maps the words into new arrays, the shingles go into postings).
    const listed: ListedRecord = {
      topics: view(s.topics, i),
      context: view(s.context, i),
      contextLengths: view(s.contextLengths, i).slice(),
      calendarDays: view(s.calendarDays, i).slice(),
      quoteShingles: Array.from(view(s.quotes, i), (q) => view(s.shingles, q)),
    };
    return this.ids.record(listed, text, true);
  }

  /**
   * Writes the records as the new cache (atomically: a temporary file renamed, one per write, so
   * two writes never mix) and returns its size in bytes. `words[id]` is the corpus's word of id `id`.
   */
  static async save(location: string, stamp: string, records: RecordToStore[], words: string[]): Promise<number> {
    const position = new Int32Array(words.length).fill(-1);
    const vocab: string[] = [];
    const at = (id: number) => {
      if (position[id] < 0) position[id] = vocab.push(words[id]) - 1;
      return position[id];
    };
    const quoteLists = records.map((r) => r.record.quoteShingles);
    let quoteCount = 0;
    const stored: Stored = {
      vocab,
      files: records.map((r) => r.file),
      keys: records.map((r) => r.key),
      topics: column(records.map((r) => r.topicsInOrder), at),
      context: column(records.map((r) => r.record.contextIds), at),
      contextLengths: column(records.map((r) => r.record.contextLengths)),
      calendarDays: column(records.map((r) => r.record.calendarDays)),
      quotes: column(quoteLists.map((qs) => qs.map(() => quoteCount++))),
      shingles: column(quoteLists.flat()),
    };
    const header = v8.serialize({ format: FORMAT, stamp, endianness: os.endianness(), vocab, files: stored.files, keys: stored.keys, lengths: COLUMNS.map((c) => [stored[c].starts.length, stored[c].values.length]) } satisfies Header);
    const head = Buffer.alloc(8);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(header.length, 4);
    await fs.promises.mkdir(path.dirname(location), { recursive: true });
    const temp = `${location}.${process.pid}.${++writes}.tmp`;
    try {
      const out = await fs.promises.open(temp, 'w');
      try {
        await out.writeFile(head);
        await out.writeFile(header);
        for (const c of COLUMNS) for (const a of [stored[c].starts, stored[c].values]) await out.writeFile(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
      } finally {
        await out.close();
      }
      await fs.promises.rename(temp, location);
      return head.length + header.length + COLUMNS.reduce((n, c) => n + 4 * (stored[c].starts.length + stored[c].values.length), 0);
    } catch (e) {
      await fs.promises.rm(temp, { force: true });
      throw e;
    }
  }
}

/** Fills `into` from the file at `position`; throws if the file ends first. */
function readInto<T extends Int32Array | Buffer>(fd: number, into: T, position: number): T {
  if (readFrom(fd, new Uint8Array(into.buffer, into.byteOffset, into.byteLength), position) < into.byteLength) throw new Error('truncated');
  return into;
}

/** List `i` of a column, a view into it. */
function view(c: Column, i: number): Int32Array {
  return c.values.subarray(c.starts[i], c.starts[i + 1]);
}

/** Lists as a column, each number mapped by `map` if given. */
function column(lists: ArrayLike<number>[], map?: (n: number) => number): Column {
  const starts = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) starts[i + 1] = starts[i] + lists[i].length;
  const values = new Int32Array(starts[lists.length]);
  lists.forEach((list, i) => {
    for (let k = 0; k < list.length; k++) values[starts[i] + k] = map ? map(list[k]) : list[k];
  });
  return { values, starts };
}

/** Why a stored cache cannot be this build's writing, or undefined when it can. */
function whatIsWrong(s: Stored): string | undefined {
  const n = Array.isArray(s.files) ? s.files.length : -1;
  if (n < 0 || !Array.isArray(s.keys) || s.keys.length !== n || !Array.isArray(s.vocab) || !s.vocab.every((w) => typeof w === 'string')) return 'unexpected content';
  if (!s.files.every((f) => typeof f === 'string') || !s.keys.every((k) => typeof k === 'string')) return 'unexpected content';
  const columns = [s.topics, s.context, s.contextLengths, s.calendarDays, s.quotes];
  if (!columns.every((c) => isColumn(c, n)) || !isColumn(s.shingles, s.shingles?.starts?.length - 1)) return 'a column does not add up';
  for (const c of [s.topics, s.context]) for (const p of c.values) if (p < 0 || p >= s.vocab.length) return 'a word outside the word list';
  for (const q of s.quotes.values) if (q < 0 || q >= s.shingles.starts.length - 1) return 'a quote outside the list';
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let k = s.contextLengths.starts[i]; k < s.contextLengths.starts[i + 1]; k++) total += s.contextLengths.values[k];
    if (total !== s.context.starts[i + 1] - s.context.starts[i]) return 'context lengths do not add up';
    if ((s.calendarDays.starts[i + 1] - s.calendarDays.starts[i]) % 3 !== 0) return 'calendar days do not add up';
  }
  return undefined;
}

/** A column of `n` lists whose starts rise from 0 to the number of values. */
function isColumn(c: Column | undefined, n: number): boolean {
  if (!(c?.values instanceof Int32Array) || !(c.starts instanceof Int32Array) || n < 0 || c.starts.length !== n + 1) return false;
  if (c.starts[0] !== 0 || c.starts[n] !== c.values.length) return false;
  for (let i = 0; i < n; i++) if (c.starts[i] > c.starts[i + 1]) return false;
  return true;
}
