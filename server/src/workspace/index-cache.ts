/**
 * The server's index cache: per file, the hash of its bytes and options and its index record, kept
 * in the editor's storage for this workspace. Re-opening a folder then analyses only the files that
 * changed since the last index; the others' records are read back (an indexing thread still reads
 * and hashes each file, and the corpus keeps its text as before).
 *
 * File layout: "CDI1", the header's length (uint32 LE), the header (v8 serialised: build stamp,
 * word list, files, keys, column lengths), a SHA-1 of the header and the columns, then each
 * column's numbers as raw 32-bit integers, read straight into their arrays. Records store words as positions in the cache's word list, so a
 * record is numbers only. Written to a temporary file and renamed, so a reader never sees half a
 * cache; a missing or stale one (another build) is treated as empty, a damaged one too, and both
 * are rewritten.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { IdRecord, ListedIds } from '../analysis/index';
import { RecordColumns, checkedColumns, columnLengths, columnsDamage, deserialised, listedAt, readColumns, readInto, recordColumns } from './record-columns';

const MAGIC = 'CDI1';
const FORMAT = 2;

/** Writes so far in this process, to name each one's temporary file. */
let writes = 0;

/** The records by column (record-columns.ts), with what they are of. */
interface Stored {
  vocab: string[];
  files: string[];
  /** contentKey of the bytes and options each file's record was made from. */
  keys: string[];
  columns: RecordColumns;
}

interface Header {
  format: number;
  stamp: string;
  /** The columns' integers are this machine's byte order. */
  endianness: string;
  vocab: string[];
  files: string[];
  keys: string[];
  /** Per record column (RECORD_COLUMNS' order), the lengths of its starts and values. */
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
      const headerBytes = readInto(fd, Buffer.alloc(headerLength), 8);
      const header = deserialised<Header>(headerBytes, 'its header');
      // Another build, or another machine's byte order: start over.
      if (header?.format !== FORMAT || header.stamp !== stamp || header.endianness !== os.endianness()) return IndexCache.empty();
      const { columns, end, intact } = readColumns(fd, headerBytes, header.lengths, 8 + headerLength, size);
      if (end !== size) throw new Error('longer than its columns');
      if (!intact) throw new Error('its checksum does not match');
      const stored: Stored = { vocab: header.vocab, files: header.files, keys: header.keys, columns };
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
    const listed = listedAt(this.stored!.columns, i);
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
    const files = records.map((r) => r.file);
    const keys = records.map((r) => r.key);
    const columns = recordColumns(records.map((r) => ({ ...r.record, topics: r.topicsInOrder, context: r.record.contextIds })), at);
    const header = v8.serialize({ format: FORMAT, stamp, endianness: os.endianness(), vocab, files, keys, lengths: columnLengths(columns) } satisfies Header);
    const body = checkedColumns(header, columns);
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
        for (const bytes of body) await out.writeFile(bytes);
      } finally {
        await out.close();
      }
      await fs.promises.rename(temp, location);
      return head.length + header.length + body.reduce((n, b) => n + b.byteLength, 0);
    } catch (e) {
      await fs.promises.rm(temp, { force: true });
      throw e;
    }
  }
}

/** Why a stored cache cannot be this build's writing, or undefined when it can. */
function whatIsWrong(s: Stored): string | undefined {
  const n = Array.isArray(s.files) ? s.files.length : -1;
  if (n < 0 || !Array.isArray(s.keys) || s.keys.length !== n || !Array.isArray(s.vocab) || !s.vocab.every((w) => typeof w === 'string')) return 'unexpected content';
  if (!s.files.every((f) => typeof f === 'string') || !s.keys.every((k) => typeof k === 'string')) return 'unexpected content';
  return columnsDamage(s.columns, n, s.vocab.length);
}
