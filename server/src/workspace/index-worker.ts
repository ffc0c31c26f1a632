/**
 * Worker thread for the first indexing of a workspace: reads and analyses a batch of files and
 * sends back their index records (the analysis itself is recomputed in the server when needed).
 */
import { parentPort } from 'worker_threads';
import { AnalyzeOptions, analyzeDocument, indexRecord } from '../analysis/index';
import { IndexJob, IndexResult } from './index-pool';
import { readArticle } from './read';

function analyse(job: IndexJob): IndexResult {
  const r = readArticle(job.file);
  if (!r.ok) return { file: job.file, reason: r.reason };
  try {
    return { file: job.file, record: indexRecord(analyzeDocument(r.text, { ...(job.options as AnalyzeOptions), indexOnly: true })) };
  } catch (e) {
    return { file: job.file, reason: `analysis failed: ${(e as Error).message}` };
  }
}

parentPort?.on('message', (jobs: IndexJob[]) => parentPort!.postMessage(jobs.map(analyse)));
