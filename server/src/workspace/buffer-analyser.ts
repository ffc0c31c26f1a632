/**
 * Analysis of long open buffers on a worker thread. The server's main thread stays free for hovers
 * and other files while a long transcript is analysed, and a newer text cancels the older analysis
 * by stopping its thread (analysis is pure, so nothing is lost but the work).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { AnalyzeOptions, DocumentAnalysis, analyzeDocument } from '../analysis/index';
import type { BufferJob } from './index-worker';

export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled: a newer text arrived');
  }
}

export class BufferAnalyser {
  private worker?: Worker;
  private pending?: { reject: (e: Error) => void };
  private script = path.join(__dirname, 'index-worker.js');

  /** Analyse `text`; an analysis still running is cancelled (its promise rejects with AnalysisCancelled). */
  analyse(text: string, options: AnalyzeOptions): Promise<DocumentAnalysis> {
    this.cancel();
    if (!fs.existsSync(this.script)) return Promise.resolve(analyzeDocument(text, options));
    // A bounded heap: the thread holds one text and its analysis (under maxFileChars), and collects
    // its garbage early instead of adding hundreds of MB to the server's footprint.
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 16 } });
    this.worker = worker;
    return new Promise<DocumentAnalysis>((resolve, reject) => {
      const done = () => {
        if (this.worker === worker) this.worker = undefined;
        this.pending = undefined;
        void worker.terminate();
      };
      this.pending = { reject };
      worker.once('message', (a: DocumentAnalysis) => {
        done();
        resolve(a);
      });
      worker.once('error', () => {
        // A thread that cannot run (out of memory, no worker support): analyse here instead.
        done();
        try {
          resolve(analyzeDocument(text, options));
        } catch (e) {
          reject(e as Error);
        }
      });
      worker.postMessage({ text, options } satisfies BufferJob);
    });
  }

  /** Stop the running analysis, if any. */
  cancel(): void {
    if (this.pending) this.pending.reject(new AnalysisCancelled());
    this.pending = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
