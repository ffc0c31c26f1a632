/**
 * Index many files on all cores: worker threads read and analyse batches of files while the main
 * thread only adds the small records to the corpus, so the editor stays responsive and a large
 * workspace is ready sooner. Falls back to the calling thread when workers are unavailable.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { AnalyzeOptions, IndexRecord, analyzeDocument, indexRecord } from '../analysis/index';
import { readArticle } from './read';

export interface IndexJob {
  file: string;
  options: AnalyzeOptions;
}

export type IndexResult = { file: string; record: IndexRecord; reason?: undefined } | { file: string; reason: string; record?: undefined };

const BATCH = 32;
/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

function workerScript(): string | undefined {
  const f = path.join(__dirname, 'index-worker.js');
  return fs.existsSync(f) ? f : undefined;
}

/** Read and analyse one file for the index; the same on a worker thread and on this one. */
export function analyseJob(job: IndexJob): IndexResult {
  const r = readArticle(job.file);
  if (!r.ok) return { file: job.file, reason: r.reason };
  try {
    return { file: job.file, record: indexRecord(analyzeDocument(r.text, { ...job.options, indexOnly: true })) };
  } catch (e) {
    return { file: job.file, reason: `analysis failed: ${(e as Error).message}` };
  }
}

/** Analyse every job, calling `onResult` on the main thread as results arrive (in any order). */
export async function indexFiles(jobs: IndexJob[], onResult: (r: IndexResult) => void, threads = os.availableParallelism?.() ?? os.cpus().length): Promise<void> {
  const script = workerScript();
  const n = Math.max(1, Math.min(threads, 8, Math.ceil(jobs.length / BATCH)));
  if (!script || jobs.length < MIN_FILES_FOR_WORKERS || n < 2) {
    for (const j of jobs) onResult(analyseJob(j));
    return;
  }
  let next = 0;
  const take = () => {
    const batch = jobs.slice(next, next + BATCH);
    next += batch.length;
    return batch;
  };
  const run = (worker: Worker) =>
    new Promise<void>((resolve) => {
      // Two batches in flight, so a worker never waits for the main thread between batches.
      const pending: IndexJob[][] = [];
      const send = () => {
        const batch = take();
        if (batch.length === 0) return;
        pending.push(batch);
        worker.postMessage(batch);
      };
      worker.on('message', (results: IndexResult[]) => {
        pending.shift();
        for (const r of results) onResult(r);
        send();
        if (pending.length === 0) resolve();
      });
      // A crashed worker's batches are done here, so no file is left out.
      worker.on('error', () => {
        for (const batch of pending.splice(0)) for (const j of batch) onResult(analyseJob(j));
        while (next < jobs.length) for (const j of take()) onResult(analyseJob(j));
        resolve();
      });
      send();
      send();
      if (pending.length === 0) resolve();
    });
  // Small heaps: a worker holds one batch at a time, and every MB here counts in the server's footprint.
  const workers = Array.from({ length: n }, () => new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
