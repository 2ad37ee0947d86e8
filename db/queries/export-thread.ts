/**
 * One export worker thread (export-worker.ts) seen from the coordinating thread
 * (export-stream.ts): start it, bring it to a snapshot, start its part, take its batches.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExportBatch, PartStart } from './export-part';
import type { FromPart, ToPart } from './export-worker';

const BATCH_ROWS = 4096;
const BATCH_BYTES = 1 << 20;
/** Batches asked for ahead of the merge: keeps the part busy, bounds what waits in memory. */
const AHEAD = 2;

/**
 * A worker's heap, held small: V8 sizes a heap for throughput and lets garbage pile up
 * (an export makes ~1 GB of short-lived strings); capped, it collects sooner and two
 * workers fit the export's memory budget. A part keeps little alive (one batch, an id
 * list of at most one run, the article titles cache).
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 };

let running = 0;

/** Export threads started and not yet stopped in this process. */
export function exportThreadsRunning(): number {
  return running;
}

/**
 * The Next.js build (NEXT_RUNTIME is set on its server) has compiled the worker from the
 * `new URL(…)` below. From source files (tests, scripts run by tsx) it is loaded through
 * tsx's require hook (the ESM hooks would start a loader thread per worker).
 */
function spawnWorker(): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL('./export-worker.ts', import.meta.url), { resourceLimits: RESOURCE_LIMITS });
  const entry = fileURLToPath(import.meta.url).replace(/export-thread\.ts$/, 'export-worker.ts');
  return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(entry)});`, { eval: true, resourceLimits: RESOURCE_LIMITS });
}

export class PartThread {
  private readonly worker: Worker;
  private readonly inbox: FromPart[] = [];
  private waiter: ((m: FromPart) => void) | null = null;
  private asked = 0;
  private lastSeen = false;
  private stopped = false;
  /** The batch being merged (after `advance()` returned true) and its next row. */
  batch: ExportBatch | null = null;
  at = 0;

  constructor() {
    this.worker = spawnWorker();
    running++;
    this.worker.on('message', (m: FromPart) => this.deliver(m));
    this.worker.on('error', (err) => this.deliver({ type: 'error', message: err.message }));
    this.worker.once('exit', (code) => {
      if (this.stopped) return;
      this.stopped = true;
      running--;
      this.deliver({ type: 'error', message: `export thread ended early (exit code ${code})` });
    });
  }

  /** Opens the database in a read transaction; resolves with the snapshot's mark. */
  open(file: string): Promise<string> {
    this.send({ type: 'open', file });
    return this.ready();
  }

  /** Takes a newer snapshot; resolves with its mark. */
  begin(): Promise<string> {
    this.send({ type: 'begin' });
    return this.ready();
  }

  start(part: PartStart): void {
    this.send({ type: 'start', ...part });
  }

  /** Moves to the part's next batch; false when the part has no rows left. */
  async advance(): Promise<boolean> {
    while (!this.lastSeen) {
      for (; this.asked < AHEAD; this.asked++) this.send({ type: 'more', maxRows: BATCH_ROWS, maxBytes: BATCH_BYTES });
      const m = await this.receive();
      if (m.type !== 'batch') throw this.failure(m, 'batch');
      this.asked--;
      this.lastSeen = m.last;
      if (m.ends.length > 0) {
        this.batch = m;
        this.at = 0;
        return true;
      }
    }
    this.batch = null;
    return false;
  }

  /** Ends the thread (its connection closes with it); safe to call more than once. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    running--;
    void this.worker.terminate();
  }

  private async ready(): Promise<string> {
    const m = await this.receive();
    if (m.type !== 'ready') throw this.failure(m, 'ready');
    return m.mark;
  }

  private failure(m: FromPart, expected: string): Error {
    return new Error(m.type === 'error' ? m.message : `export thread: expected ${expected}, got ${m.type}`);
  }

  private send(m: ToPart): void {
    this.worker.postMessage(m);
  }

  private deliver(m: FromPart): void {
    const w = this.waiter;
    if (w) {
      this.waiter = null;
      w(m);
    } else this.inbox.push(m);
  }

  private receive(): Promise<FromPart> {
    const m = this.inbox.shift();
    return m ? Promise.resolve(m) : new Promise((resolve) => (this.waiter = resolve));
  }
}
