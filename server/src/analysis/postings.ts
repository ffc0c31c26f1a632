/**
 * Posting lists: per key (a topic word, a quote's word triple), the values its files give (file
 * ids, or quote places), ascending: a file's id is larger than every id before it, and its values
 * come after theirs.
 *
 * A corpus sets its files one at a time but reads the lists only when it checks, so a file set is
 * only noted, and the lists are brought up to date when next read. When many files are new (a
 * first index, a CLI run), every list is built at once into one typed array, counted and then
 * filled, with nothing to grow and nothing for the garbage collector to visit; a few new files (an
 * edit) go to short lists of their own, read after it; a file's data is let go once its values are
 * in the lists, and removed files' values are dropped when they are next built. Pushing each
 * file's values into a JavaScript array per key had cost the server's main thread about 0.6 s of
 * CPU and 100 MB over the 10,000 bench files (read back from the index cache: 1.36–1.48 s and
 * 280–294 MB peak RSS, against 2.04–2.12 s and 381–388 MB, alternated).
 */
import { upperBound } from './sorted';

/**
 * The lists are rebuilt once the files outside the bulk lists, or the removed files still in them,
 * are more than a quarter of the corpus's files (an edit adds one of each): for 10,000 files, a
 * rebuild (0.14 s) every 2,500 edits.
 */
const REBUILD_SHARE = 4;

export abstract class Postings<File, Values extends Int32Array | Float64Array> {
  /** Every list built at once, key after key: key k's values are bulk[start[k]] to bulk[start[k + 1]]. */
  bulk: Values;
  private start: Int32Array = new Int32Array(1);
  /** Per key, the values of files set since the bulk lists were built. */
  private recent: (number[] | undefined)[] = [];
  /** Files set since the lists were last brought up to date (the one with id pendingFrom first), undefined once removed. */
  private pending: (File | undefined)[] = [];
  private pendingFrom = 0;
  /** Files with ids from here to pendingFrom are in the recent lists, those below in the bulk ones. */
  private bulkUpTo = 0;
  private live = 0;
  /** Removed files whose values are still in the lists (readers skip them; a rebuild drops them). */
  private dead = 0;

  /** `alive(id)`: whether file `id` is still in the corpus (removed files' values are dropped when the lists are rebuilt). */
  constructor(private readonly alive: (id: number) => boolean) {
    this.bulk = this.sized(0);
  }

  /** Calls `emit(key, value)` for each of the file's postings, in the order a list should hold them. */
  protected abstract postingsOf(file: File, id: number, emit: (key: number, value: number) => void): void;
  /** The file id a value belongs to. */
  protected abstract fileOf(value: number): number;
  /** One more than the largest key a file has given. */
  protected abstract keyCount(): number;
  protected abstract sized(n: number): Values;

  /** Notes file `id` (the next id: ids only grow); its postings are read from `file` when the lists are next brought up to date. */
  add(id: number, file: File): void {
    if (this.pending.length === 0) this.pendingFrom = id;
    this.pending[id - this.pendingFrom] = file;
    this.live++;
  }

  remove(id: number): void {
    if (id >= this.pendingFrom) {
      if (this.pending[id - this.pendingFrom] === undefined) return;
      this.pending[id - this.pendingFrom] = undefined;
    } else this.dead++;
    this.live--;
  }

  /** Brings the lists up to date with the files set and removed; call before reading them. */
  refresh(): void {
    if (this.pending.length === 0 && this.dead * REBUILD_SHARE <= this.live) return;
    const outsideBulk = this.pendingFrom + this.pending.length - this.bulkUpTo;
    if (outsideBulk * REBUILD_SHARE > this.live || this.dead * REBUILD_SHARE > this.live) this.rebuild();
    else {
      this.eachPending((file, id) => this.postingsOf(file, id, (key, value) => (this.recent[key] ??= []).push(value)));
      this.pendingFrom += this.pending.length;
      this.pending = [];
    }
  }

  private eachPending(visit: (file: File, id: number) => void): void {
    for (let i = 0; i < this.pending.length; i++) {
      const file = this.pending[i];
      if (file !== undefined) visit(file, this.pendingFrom + i);
    }
  }

  /** Where key's bulk values start and end in `bulk`. */
  first(key: number): number {
    return key + 1 < this.start.length ? this.start[key] : 0;
  }
  end(key: number): number {
    return key + 1 < this.start.length ? this.start[key + 1] : 0;
  }
  /** Where key's bulk values greater than `after` start (all of them without `after`). */
  firstAfter(key: number, after?: number): number {
    return after === undefined ? this.first(key) : upperBound(this.bulk, after, this.first(key), this.end(key));
  }
  /** Key's values of the files set since the bulk lists were built (all larger than its bulk ones). */
  recentOf(key: number): number[] | undefined {
    return this.recent[key];
  }
  /** Where key's recent values greater than `after` start (all of them without `after`). */
  recentAfter(key: number, after?: number): number {
    const recent = this.recent[key];
    return after === undefined || !recent ? 0 : upperBound(recent, after);
  }
  /** Calls `visit` with each of key's values, in order. */
  forEach(key: number, visit: (value: number) => void): void {
    for (let k = this.first(key), to = this.end(key); k < to; k++) visit(this.bulk[k]);
    const recent = this.recent[key];
    if (recent) for (let k = 0; k < recent.length; k++) visit(recent[k]);
  }
  /** How many values key's lists hold (removed files' included until the next rebuild). */
  size(key: number): number {
    return this.end(key) - this.first(key) + (this.recent[key]?.length ?? 0);
  }

  /**
   * All lists into one typed array: each key's values of files still in the corpus, then the
   * pending files' (larger ids), counted first and then filled.
   */
  private rebuild(): void {
    const listed = Math.max(this.start.length - 1, this.recent.length);
    // Each key's count at start[key + 1] (a pending file may give keys not seen before: the array grows).
    let start: Int32Array = new Int32Array(Math.max(this.keyCount(), listed) + 1);
    const countOne = (key: number) => {
      if (key + 1 >= start.length) start = resized(start, Math.max(key + 2, start.length * 2));
      start[key + 1]++;
    };
    for (let key = 0; key < listed; key++) start[key + 1] = this.liveCount(key);
    this.eachPending((file, id) => this.postingsOf(file, id, countOne));
    const keys = Math.max(this.keyCount(), listed);
    if (start.length !== keys + 1) start = resized(start, keys + 1);
    for (let k = 0; k < keys; k++) start[k + 1] += start[k];
    const bulk = this.sized(start[keys]);
    const next = start.slice(0, keys);
    for (let key = 0; key < listed; key++) next[key] = this.copyKept(key, bulk, next[key]);
    this.eachPending((file, id) => this.postingsOf(file, id, (key, value) => (bulk[next[key]++] = value)));
    this.bulk = bulk;
    this.start = start;
    this.recent = [];
    this.bulkUpTo = this.pendingFrom += this.pending.length;
    this.pending = [];
    this.dead = 0;
  }

  /** How many of key's values belong to files still in the corpus. */
  liveCount(key: number): number {
    if (this.dead === 0) return this.size(key);
    let n = 0;
    this.forEach(key, (value) => (n += this.kept(value) ? 1 : 0));
    return n;
  }

  /** Whether a value in the lists belongs to a file still in the corpus. */
  private kept(value: number): boolean {
    return this.dead === 0 || this.alive(this.fileOf(value));
  }

  /** Copies key's values of files still in the corpus into `to` from `at`; returns where they end. */
  private copyKept(key: number, to: Values, at: number): number {
    const from = this.first(key);
    const end = this.end(key);
    const recent = this.recent[key];
    if (this.dead === 0) {
      to.set(this.bulk.subarray(from, end), at);
      at += end - from;
      if (recent) for (let k = 0; k < recent.length; k++) to[at++] = recent[k];
      return at;
    }
    this.forEach(key, (value) => {
      if (this.kept(value)) to[at++] = value;
    });
    return at;
  }
}

/** `a`'s first n values (zeros after them, when longer). */
function resized(a: Int32Array, n: number): Int32Array {
  if (n <= a.length) return a.slice(0, n);
  const grown = new Int32Array(n);
  grown.set(a);
  return grown;
}

/** Per topic word (its id), the files holding it. */
export class TopicPostings extends Postings<{ topics: ArrayLike<number> }, Int32Array> {
  /** `words()`: how many word ids the corpus has given. */
  constructor(private readonly words: () => number, alive: (id: number) => boolean) {
    super(alive);
  }
  protected fileOf(value: number): number {
    return value;
  }
  protected postingsOf(file: { topics: ArrayLike<number> }, id: number, emit: (key: number, value: number) => void): void {
    const topics = file.topics;
    for (let k = 0; k < topics.length; k++) emit(topics[k], id);
  }
  protected keyCount(): number {
    return this.words();
  }
  protected sized(n: number): Int32Array {
    return new Int32Array(n);
  }
}

/**
 * Per word triple (its hash), the quotes holding it, each as file id × `slots` + the quote's index
 * in its file (too large for 32 bits). A file is its quotes' triple hashes.
 */
export class QuotePostings extends Postings<ArrayLike<number>[], Float64Array> {
  private keys = new Map<number, number>();
  constructor(private readonly slots: number, alive: (id: number) => boolean) {
    super(alive);
  }
  protected fileOf(value: number): number {
    return Math.floor(value / this.slots);
  }
  /** The key of a hash (-1 for one no file has given). */
  keyOf(hash: number): number {
    return this.keys.get(hash) ?? -1;
  }
  protected postingsOf(quotes: ArrayLike<number>[], id: number, emit: (key: number, value: number) => void): void {
    for (let i = 0; i < quotes.length; i++) {
      const hashes = quotes[i];
      for (let k = 0; k < hashes.length; k++) {
        let key = this.keys.get(hashes[k]);
        if (key === undefined) this.keys.set(hashes[k], (key = this.keys.size));
        emit(key, id * this.slots + i);
      }
    }
  }
  protected keyCount(): number {
    return this.keys.size;
  }
  protected sized(n: number): Float64Array {
    return new Float64Array(n);
  }
}
