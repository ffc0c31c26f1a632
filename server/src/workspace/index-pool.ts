/**
 * Index many files on all cores: worker threads read and analyse batches of files while the main
 * thread only adds the small records to the corpus, so the editor stays responsive and a large
 * workspace is ready sooner. Falls back to the calling thread when workers are unavailable.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { AnalyzeOptions, IdRecord, IndexRecord, ListedRecord, WordList, analyzeDocument, idRecord, indexRecord, listedRecord } from '../analysis/index';
import { readArticle } from './read';

export interface IndexJob {
  file: string;
  options: AnalyzeOptions;
}

/** A file's index record, with words as the corpus's ids, or why it could not be read. */
export type IndexResult = { file: string; record: IdRecord; reason?: undefined } | { file: string; reason: string; record?: undefined };

type JobResult = { file: string; record: IndexRecord; reason?: undefined } | { file: string; reason: string; record?: undefined };

/**
 * A batch as a worker sends it: records with words as positions in the worker's word list and
 * texts as UTF-8 bytes (moved, not copied), and the words the list gained since the last batch.
 * The main thread then looks up each word once per worker, not once per record.
 */
interface PackedBatch {
  results: ({ file: string; listed: ListedRecord; text: Uint8Array; reason?: undefined } | { file: string; reason: string; listed?: undefined })[];
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
      if (!r.record) return r;
      const text = this.encoder.encode(r.record.text);
      transfer.push(text.buffer as ArrayBuffer);
      return { file: r.file, listed: listedRecord(r.record, this.list), text };
    });
    const newWords = this.list.words.slice(this.sent);
    this.sent = this.list.words.length;
    return { batch: { results, newWords }, transfer };
  }
}

/** One per packer, on the main thread: the packer's list positions as the corpus's word ids. */
class BatchUnpacker {
  private readonly ids: number[] = [];
  constructor(private readonly wordIds: (words: string[]) => Int32Array) {}

  unpack(batch: PackedBatch): IndexResult[] {
    for (const id of this.wordIds(batch.newWords)) this.ids.push(id);
    return batch.results.map((r) => (r.listed ? { file: r.file, record: idRecord(r.listed, r.text, this.ids) } : r));
  }
}

const BATCH = 32;
/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

function workerScript(): string | undefined {
  const f = path.join(__dirname, 'index-worker.js');
  return fs.existsSync(f) ? f : undefined;
}

/** Read and analyse one file for the index. */
function analyseJob(job: IndexJob): JobResult {
  const r = readArticle(job.file);
  if (!r.ok) return { file: job.file, reason: r.reason };
  try {
    return { file: job.file, record: indexRecord(analyzeDocument(r.text, { ...job.options, indexOnly: true })) };
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
 * corpus's ids of words (adding new ones).
 */
export async function indexFiles(jobs: IndexJob[], wordIds: (words: string[]) => Int32Array, onResult: (r: IndexResult) => void, threads = os.availableParallelism?.() ?? os.cpus().length): Promise<void> {
  const script = workerScript();
  const n = Math.max(1, Math.min(threads, 8, Math.ceil(jobs.length / BATCH)));
  const results = new InOrder(onResult);
  // On this thread: the same packing as a worker's, so both paths give the same records. A word
  // list per batch: batches redone here after a thread failed come in no fixed order.
  const here = ({ start, batch }: Slice) => {
    const packed = new BatchPacker().pack(batch).batch;
    results.put(start, batch.length, () => new BatchUnpacker(wordIds).unpack(packed));
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
      const unpacker = new BatchUnpacker(wordIds);
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
