/**
 * Index records stored by column: each of a record's lists (topic words, context words, …) of every
 * file one after another in one array of 32-bit integers, with an array of where each file's list
 * starts. Both caches keep records so, the server's index cache and the CLI's `--cache`: a few large
 * arrays read straight from the file, where records as v8-serialised objects took one typed array
 * (and one JavaScript call to rebuild it) per list, 60,000 for 10,000 files, 0.3 s to read back.
 */
import * as crypto from 'crypto';
import * as v8 from 'v8';
import type { ListedRecord } from '../analysis/index';
import { readFrom } from './read';

/** Lists of numbers, one after another: list i is values[starts[i] .. starts[i + 1]). */
export interface Column {
  values: Int32Array;
  starts: Int32Array;
}

export const RECORD_COLUMNS = ['topics', 'context', 'contextLengths', 'calendarDays', 'quotes', 'shingles'] as const;

/**
 * The records' columns. `quotes` lists per file the indexes of its quotes in `shingles`, which has
 * a list per quote (so `shingles` has as many lists as there are quotes, not files).
 */
export type RecordColumns = Record<(typeof RECORD_COLUMNS)[number], Column>;

/** A record's lists, its topic and context words as numbers (a word list's positions or a corpus's ids). */
interface RecordLists {
  topics: ArrayLike<number>;
  context: ArrayLike<number>;
  contextLengths: ArrayLike<number>;
  calendarDays: ArrayLike<number>;
  quoteShingles: ArrayLike<number>[];
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

/** Records as columns, their topic and context words mapped by `word` if given (to another list's positions). */
export function recordColumns(records: RecordLists[], word?: (n: number) => number): RecordColumns {
  let quoteCount = 0;
  return {
    topics: column(records.map((r) => r.topics), word),
    context: column(records.map((r) => r.context), word),
    contextLengths: column(records.map((r) => r.contextLengths)),
    calendarDays: column(records.map((r) => r.calendarDays)),
    quotes: column(records.map((r) => r.quoteShingles.map(() => quoteCount++))),
    shingles: column(records.flatMap((r) => r.quoteShingles)),
  };
}

/**
 * Record `i` as a listed record. Copies of what a corpus keeps (a view would keep the whole column
 * alive), views of what it only reads (idRecord maps the words into new arrays, the shingles go into postings).
 */
export function listedAt(c: RecordColumns, i: number): ListedRecord {
  return {
    topics: view(c.topics, i),
    context: view(c.context, i),
    contextLengths: view(c.contextLengths, i).slice(),
    calendarDays: view(c.calendarDays, i).slice(),
    quoteShingles: Array.from(view(c.quotes, i), (q) => view(c.shingles, q)),
  };
}

/** Each column's lengths of starts and values, in RECORD_COLUMNS' order: what a reader needs to find them. */
export function columnLengths(c: RecordColumns): [number, number][] {
  return RECORD_COLUMNS.map((name) => [c[name].starts.length, c[name].values.length]);
}

/** The columns' bytes, in RECORD_COLUMNS' order (this machine's byte order). */
function columnBytes(c: RecordColumns): Uint8Array[] {
  return RECORD_COLUMNS.flatMap((name) => [c[name].starts, c[name].values].map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength)));
}

/**
 * A cache's v8-serialised index (or header) read back; when it does not read back, an error that
 * says so (`what` does not read back) instead of V8's "Unable to deserialize cloned data".
 */
export function deserialised<T>(bytes: Uint8Array, what: string): T {
  try {
    return v8.deserialize(bytes) as T;
  } catch {
    throw new Error(`${what} does not read back`);
  }
}

/** Bytes of a cache's SHA-1 of its index and its record columns, written between the two. */
const DIGEST_BYTES = 20;

/**
 * SHA-1 of a cache's serialised index (or header) and its record columns' bytes: a damaged byte in
 * them may still read back as another valid word, quote or file, so both caches check it.
 */
function digestOf(index: Uint8Array, columns: Uint8Array[]): Buffer {
  const hash = crypto.createHash('sha1').update(index);
  for (const bytes of columns) hash.update(bytes);
  return hash.digest();
}

/** What a cache writes after its serialised index (`index`): the checksum of both, then the columns. */
export function checkedColumns(index: Uint8Array, columns: RecordColumns): Uint8Array[] {
  const bytes = columnBytes(columns);
  return [digestOf(index, bytes), ...bytes];
}

/**
 * Reads what checkedColumns wrote at `position` of the open file after `index`; throws if the file
 * ends first. Returns the columns, where they end, and whether the checksum matches (`intact`).
 */
export function readColumns(fd: number, index: Uint8Array, lengths: unknown, position: number, fileSize: number): { columns: RecordColumns; end: number; intact: boolean } {
  if (position + DIGEST_BYTES > fileSize) throw new Error('truncated');
  const digest = readInto(fd, Buffer.alloc(DIGEST_BYTES), position);
  if (!Array.isArray(lengths) || lengths.length !== RECORD_COLUMNS.length || !lengths.every((l) => Array.isArray(l) && l.length === 2 && l.every((n) => Number.isInteger(n) && n >= 0))) throw new Error('unexpected content');
  let at = position + DIGEST_BYTES;
  const read = (length: number) => {
    if (at + 4 * length > fileSize) throw new Error('truncated');
    const a = readInto(fd, new Int32Array(length), at);
    at += 4 * length;
    return a;
  };
  const columns = Object.fromEntries(RECORD_COLUMNS.map((name, i) => [name, { starts: read(lengths[i][0]), values: read(lengths[i][1]) }])) as RecordColumns;
  return { columns, end: at, intact: digest.equals(digestOf(index, columnBytes(columns))) };
}

/** Fills `into` from the file at `position`; throws if the file ends first. */
export function readInto<T extends Int32Array | Buffer>(fd: number, into: T, position: number): T {
  if (readFrom(fd, new Uint8Array(into.buffer, into.byteOffset, into.byteLength), position) < into.byteLength) throw new Error('truncated');
  return into;
}

/** Why the columns cannot hold `n` records over a word list of `vocabLength` words, or undefined when they can. */
export function columnsDamage(c: RecordColumns, n: number, vocabLength: number): string | undefined {
  const perFile = [c.topics, c.context, c.contextLengths, c.calendarDays, c.quotes];
  if (!perFile.every((col) => isColumn(col, n)) || !isColumn(c.shingles, c.shingles?.starts?.length - 1)) return 'a column does not add up';
  if (!allBelow(c.topics.values, vocabLength) || !allBelow(c.context.values, vocabLength)) return 'a word outside the word list';
  if (!allBelow(c.quotes.values, c.shingles.starts.length - 1)) return 'a quote outside the list';
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let k = c.contextLengths.starts[i]; k < c.contextLengths.starts[i + 1]; k++) total += c.contextLengths.values[k];
    if (total !== c.context.starts[i + 1] - c.context.starts[i]) return 'context lengths do not add up';
    if ((c.calendarDays.starts[i + 1] - c.calendarDays.starts[i]) % 3 !== 0) return 'calendar days do not add up';
  }
  return undefined;
}

/**
 * Whether every value is at least 0 and below `limit`. An index loop: `for…of` over a typed array
 * took 20 ms for 560,000 values in a fresh process (1,000 files' words), this 3–4 ms.
 */
function allBelow(values: Int32Array, limit: number): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] < 0 || values[i] >= limit) return false;
  return true;
}

/** A column of `n` lists whose starts rise from 0 to the number of values. */
function isColumn(c: Column | undefined, n: number): boolean {
  if (!(c?.values instanceof Int32Array) || !(c.starts instanceof Int32Array) || n < 0 || c.starts.length !== n + 1) return false;
  if (c.starts[0] !== 0 || c.starts[n] !== c.values.length) return false;
  for (let i = 0; i < n; i++) if (c.starts[i] > c.starts[i + 1]) return false;
  return true;
}
