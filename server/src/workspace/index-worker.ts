/**
 * Worker thread for analysis off the server's main thread:
 * - the first indexing of a workspace: a batch of files in, their index records out (the analysis
 *   itself is recomputed in the server when needed);
 * - a long open buffer: its text in, its full analysis out (see buffer-analyser.ts).
 */
import { parentPort } from 'worker_threads';
import { AnalyzeOptions, analyzeDocument } from '../analysis/index';
import { BatchPacker, IndexJob } from './index-pool';

export interface BufferJob {
  text: string;
  options: AnalyzeOptions;
}

const packer = new BatchPacker();

parentPort?.on('message', (msg: IndexJob[] | BufferJob) => {
  if (Array.isArray(msg)) {
    const { batch, transfer } = packer.pack(msg);
    parentPort!.postMessage(batch, transfer);
  } else parentPort!.postMessage(analyzeDocument(msg.text, msg.options));
});
