// Analyses many sources on worker threads, for the cold scan of a large corpus. Each worker runs the engine
// on a batch and answers with the batch's corpus cache (engine/corpusCache.ts), which the main thread's
// engine merges as it merges a persisted cache: the main thread then only reads files and stays free for
// requests. Workers start on demand and stop once nothing is queued, so an idle server holds no extra memory.
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceInfo } from '../engine';

/** One source to analyse. */
export interface AnalysisItem {
  readonly id: string;
  readonly text: string;
  readonly info: SourceInfo;
}

/** What a worker answers for a batch: one serialized corpus cache per corpus of the batch. */
export interface CacheShare {
  readonly corpus: string | undefined;
  readonly data: Uint8Array;
}

/** Turns a batch of sources into cache shares; the host merges them with `Engine.loadCache`. */
export interface Analyser {
  /**
   * Sources per batch: enough to outweigh the messages and a worker's start, few enough for steady
   * progress. A scan with fewer sources to analyse does them itself.
   */
  readonly batchSize: number;
  /** A batch is sent early once its texts reach this many characters, so a batch's memory stays bounded. */
  readonly batchChars: number;
  analyse(items: readonly AnalysisItem[]): Promise<CacheShare[]>;
}

/** The message a worker receives and the one it answers with (see analysisWorker.ts); a worker has one batch at a time. */
export interface AnalysisRequest {
  readonly items: readonly AnalysisItem[];
}
export type AnalysisResponse = { readonly shares: CacheShare[] } | { readonly error: string };

interface Job {
  readonly request: AnalysisRequest;
  readonly resolve: (shares: CacheShare[]) => void;
  readonly reject: (error: Error) => void;
}

/** Each worker's old-generation heap limit (see `startWorker`). */
const WORKER_HEAP_MB = 64;

/** How long a worker with nothing to do waits for more before it stops. */
const IDLE_MS = 2000;

/** The worker script next to this module: server/out/analysisWorker.js in the bundle, host/ in the compiled tests. */
export const ANALYSIS_WORKER_SCRIPT = path.join(__dirname, 'analysisWorker.js');

/** One worker per core, up to 8: beyond that the main thread's reading and merging is the bottleneck. */
export function defaultAnalysisThreads(): number {
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

export class AnalysisPool implements Analyser {
  private readonly queue: Job[] = [];
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Job>();
  /** How many workers were started, for tests. */
  started = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  readonly batchChars = 1_000_000;

  constructor(
    /** At most this many workers run at once. */
    readonly parallelism: number,
    readonly batchSize = 50,
    private readonly script = ANALYSIS_WORKER_SCRIPT,
  ) {}

  analyse(items: readonly AnalysisItem[]): Promise<CacheShare[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { items }, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running batches are rejected. */
  async dispose(): Promise<void> {
    clearTimeout(this.idleTimer);
    for (const job of this.queue.splice(0)) job.reject(new Error('the analysis pool was disposed'));
    const workers = [...this.idle.splice(0), ...this.running.keys()];
    for (const [, job] of this.running) job.reject(new Error('the analysis pool was disposed'));
    this.running.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.running.size < this.parallelism ? this.startWorker() : undefined);
      if (!worker) return;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.postMessage(job.request);
    }
    // Nothing left to hand out: idle workers stop soon, unless more work comes first (a scan queues batches as
    // it reads, and a restarted worker would load and warm up the engine again).
    clearTimeout(this.idleTimer);
    if (this.idle.length > 0) this.idleTimer = setTimeout(() => this.stopIdleWorkers(), IDLE_MS).unref();
  }

  private stopIdleWorkers(): void {
    for (const worker of this.idle.splice(0)) void worker.terminate();
  }

  private startWorker(): Worker {
    this.started++;
    // A bounded heap: the worker collects garbage instead of growing (each batch starts a fresh engine). A
    // batch too large for it fails like any failed batch and is analysed on the main thread.
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    worker.on('message', (response: AnalysisResponse) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      this.idle.push(worker);
      if ('error' in response) job?.reject(new Error(response.error));
      else job?.resolve(response.shares);
      this.dispatch();
    });
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => {
      if (this.running.has(worker)) this.fail(worker, new Error(`analysis worker exited with code ${code}`));
    });
    return worker;
  }

  private fail(worker: Worker, error: Error): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    const idleIndex = this.idle.indexOf(worker);
    if (idleIndex >= 0) this.idle.splice(idleIndex, 1);
    job?.reject(error);
    void worker.terminate();
    this.dispatch();
  }
}
