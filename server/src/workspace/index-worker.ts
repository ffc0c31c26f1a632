/**
 * Worker thread for analysis off the server's main thread:
 * - the first indexing of a workspace: a batch of files in, their index records out (the analysis
 *   itself is recomputed in the server when needed);
 * - a long open buffer: its text in, its full analysis out (see buffer-analyser.ts).
 */
import { parentPort } from 'worker_threads';
import { AnalyzeOptions, analyzeDocument } from '../analysis/index';
import { IndexJob, analyseJob } from './index-pool';

export interface BufferJob {
  text: string;
  options: AnalyzeOptions;
}

parentPort?.on('message', (msg: IndexJob[] | BufferJob) => {
  if (Array.isArray(msg)) parentPort!.postMessage(msg.map(analyseJob));
  else parentPort!.postMessage(analyzeDocument(msg.text, msg.options));
});
