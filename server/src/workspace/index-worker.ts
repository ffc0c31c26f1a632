/**
 * Worker thread for the first indexing of a workspace: reads and analyses a batch of files and
 * sends back their index records (the analysis itself is recomputed in the server when needed).
 */
import { parentPort } from 'worker_threads';
import { IndexJob, analyseJob } from './index-pool';

parentPort?.on('message', (jobs: IndexJob[]) => parentPort!.postMessage(jobs.map(analyseJob)));
