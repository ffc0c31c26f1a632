/**
 * Index many files on all cores: worker threads read and analyse batches of files while the main
 * thread only adds the small records to the corpus, so the editor stays responsive and a large
 * workspace is ready sooner. Falls back to the calling thread when workers are unavailable.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { AnalyzeOptions, IdRecord, IndexRecord, ListedIds, ListedRecord, WordList, analyzeDocument, indexRecord, listedRecord } from '../analysis/index';
import { contentKey } from './content-key';
import { articleBytes, decodeArticle, readArticleFile } from './read';

export interface IndexJob {
  file: string;
  options: AnalyzeOptions;
  /** Hash the file's bytes and options (for the index cache). */
  keyed?: boolean;
  /** The key of the file's record in the index cache (keyed jobs): bytes hashing to it are not analysed again. */
  cachedKey?: string;
}

/**
 * A file's index record, with words as the corpus's ids, or why it could not be read; `key` (for
 * keyed jobs) is the hash of its bytes and options, `cached` whether the record came from the cache.
 */
export type IndexResult =
  | { file: string; record: IdRecord; key?: string; cached?: boolean; topicsInOrder?: Int32Array; reason?: undefined }
  | { file: string; reason: string; record?: undefined; key?: undefined; cached?: undefined; topicsInOrder?: undefined };

type JobResult =
  | { file: string; record: IndexRecord; key?: string; reason?: undefined; bytes?: undefined }
  | { file: string; bytes: Uint8Array; key: string; reason?: undefined; record?: undefined }
  | { file: string; reason: string; record?: undefined; bytes?: undefined };

/**
 * The stored record of a file whose bytes hash to its cached key, words as the corpus's ids (and its
 * topic words in the record's order).
 */
export type CachedRecord = (file: string, text: Uint8Array) => { record: IdRecord; topicsInOrder?: Int32Array };

/**
 * A batch as a worker sends it: records with words as positions in the worker's word list and
 * texts as UTF-8 bytes (moved, not copied), and the words the list gained since the last batch.
 * The main thread then looks up each word once per worker, not once per record.
 */
interface PackedBatch {
  results: ({ file: string; listed?: ListedRecord; text: Uint8Array; key?: string; reason?: undefined } | { file: string; reason: string; text?: undefined })[];
  newWords: string[];
}

/** Analyses batches on one thread, numbering words in a list kept for the thread's life. */
export class BatchPacker {
  private readonly list = new WordList();
  private sent = 0;
  private readonly encoder = new TextEncoder();

  pack(jobs: IndexJob[]): { batch: PackedBatch; transfer: ArrayBuffer[] } {
    const transfer: ArrayBuffer[] = [];
    const results = jobs.map(analyseJob).map((r) => {
      if (r.reason !== undefined) return { file: r.file, reason: r.reason };
      // A cached file's bytes are copied into a buffer of their own, which can be moved.
      const text = r.record ? this.encoder.encode(r.record.text) : new Uint8Array(r.bytes);
      transfer.push(text.buffer as ArrayBuffer);
      return { file: r.file, listed: r.record && listedRecord(r.record, this.list), text, key: r.key };
    });
    const newWords = this.list.words.slice(this.sent);
    this.sent = this.list.words.length;
    return { batch: { results, newWords }, transfer };
  }
}

/** One per packer, on the main thread: the packer's list positions as the corpus's word ids. */
class BatchUnpacker {
  /** The packer's word list as it grows, batch by batch. */
  private readonly words: string[] = [];
  private readonly ids: ListedIds;
  constructor(
    wordIds: (words: string[]) => Int32Array,
    private readonly cached: CachedRecord | undefined,
  ) {
    this.ids = new ListedIds(this.words, wordIds);
  }

  unpack(batch: PackedBatch): IndexResult[] {
    for (const w of batch.newWords) this.words.push(w);
    // Record by record, cached or not, so words are numbered in the files' order.
    return batch.results.map((r) => {
      if (r.reason !== undefined) return r;
      if (!r.listed) return { file: r.file, ...this.cached!(r.file, r.text), key: r.key, cached: true }; // only a job with a cached key comes back without a record
      return { file: r.file, ...this.ids.record(r.listed, r.text, r.key !== undefined), key: r.key };
    });
  }
}

const BATCH = 32;
/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

function workerScript(): string | undefined {
  const f = path.join(__dirname, 'index-worker.js');
  return fs.existsSync(f) ? f : undefined;
}

/** Read and analyse one file for the index; a file whose bytes hash to its cached key is only read. */
function analyseJob(job: IndexJob): JobResult {
  const read = readArticleFile(job.file);
  if (!read.ok) return { file: job.file, reason: read.reason };
  const key = job.keyed ? contentKey(read.bytes, JSON.stringify(job.options)) : undefined;
  // The same bytes decoded when they were cached; UTF-16 is decoded again (the corpus keeps UTF-8).
  if (key !== undefined && key === job.cachedKey) {
    const same = articleBytes(read.bytes);
    if (same) return { file: job.file, bytes: same, key };
  }
  const r = decodeArticle(read.bytes);
  if (!r.ok) return { file: job.file, reason: r.reason };
  try {
    return { file: job.file, record: indexRecord(analyzeDocument(r.text, { ...job.options, indexOnly: true })), key };
  } catch (e) {
    return { file: job.file, reason: `analysis failed: ${(e as Error).message}` };
  }
}

/**
 * Hands results on in job order, whichever thread finishes first: the corpus then numbers files
 * and words in the order the files are listed (sorted, as the CLI does), so files that tie (as
 * similar, as close) come in the same order in every session and in the CLI.
 */
class InOrder {
  private readonly held = new Map<number, { count: number; unpack: () => IndexResult[] }>();
  private next = 0;
  constructor(private readonly onResult: (r: IndexResult) => void) {}

  /** The results of `count` jobs from `start` on, unpacked (words numbered) when their turn comes. */
  put(start: number, count: number, unpack: () => IndexResult[]): void {
    this.held.set(start, { count, unpack });
    for (let ready = this.held.get(this.next); ready; ready = this.held.get(this.next)) {
      this.held.delete(this.next);
      this.next += ready.count;
      ready.unpack().forEach(this.onResult);
    }
  }
}

/**
 * Analyse every job, calling `onResult` on the main thread in job order; `wordIds` gives the
 * corpus's ids of words (adding new ones), `cached` the stored records of jobs with a cached key.
 */
export async function indexFiles(jobs: IndexJob[], wordIds: (words: string[]) => Int32Array, onResult: (r: IndexResult) => void, cached?: CachedRecord, threads = os.availableParallelism?.() ?? os.cpus().length): Promise<void> {
  const script = workerScript();
  const n = Math.max(1, Math.min(threads, 8, Math.ceil(jobs.length / BATCH)));
  const results = new InOrder(onResult);
  // On this thread: the same packing as a worker's, so both paths give the same records. A word
  // list per batch: batches redone here after a thread failed come in no fixed order.
  const here = ({ start, batch }: Slice) => {
    const packed = new BatchPacker().pack(batch).batch;
    results.put(start, batch.length, () => new BatchUnpacker(wordIds, cached).unpack(packed));
  };
  if (!script || jobs.length < MIN_FILES_FOR_WORKERS || n < 2) {
    // A batch at a time, so a one-core machine's index streams in as the threads' does.
    for (let start = 0; start < jobs.length; start += BATCH) here({ start, batch: jobs.slice(start, start + BATCH) });
    return;
  }
  let next = 0;
  const take = (): Slice => {
    const slice = { start: next, batch: jobs.slice(next, next + BATCH) };
    next += slice.batch.length;
    return slice;
  };
  const run = (worker: Worker) =>
    new Promise<void>((resolve) => {
      // Two batches in flight, so a worker never waits for the main thread between batches.
      const pending: Slice[] = [];
      const unpacker = new BatchUnpacker(wordIds, cached);
      const send = () => {
        const slice = take();
        if (slice.batch.length === 0) return;
        pending.push(slice);
        worker.postMessage(slice.batch);
      };
      worker.on('message', (batch: PackedBatch) => {
        const { start, batch: jobsSent } = pending.shift()!;
        results.put(start, jobsSent.length, () => unpacker.unpack(batch));
        send();
        if (pending.length === 0) resolve();
      });
      // A crashed worker's batches are done here, so no file is left out.
      worker.on('error', () => {
        for (const slice of pending.splice(0)) here(slice);
        while (next < jobs.length) here(take());
        resolve();
      });
      send();
      send();
      if (pending.length === 0) resolve();
    });
  // Small old generations: a worker holds one batch at a time, and every MB here counts in the
  // server's footprint. The young one is not small: analysis makes short-lived objects fast, and
  // with 8 MB each thread spent about a sixth more CPU time collecting them (10,000 files, four
  // interleaved rounds: 29.7–33.6 s of CPU against 25.0–29.1 s with 32 MB or V8's own sizes, for
  // about 60 MB more peak RSS).
  const workers = Array.from({ length: n }, () => new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 32 } }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Jobs from `start` on. */
interface Slice {
  start: number;
  batch: IndexJob[];
}
