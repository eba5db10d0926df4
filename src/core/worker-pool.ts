/**
 * Worker threads for the checker, started before they have work: a thread spends its first
 * moments loading modules, so `npm run check` starts them first and loads its own modules
 * meanwhile. Light on purpose (no core imports), so starting the pool costs the caller nothing.
 * Each worker (parallel-worker.ts) waits for one job, streams its answer and is then terminated.
 */
import { Worker } from 'node:worker_threads';

export class WorkerPool {
  readonly workers: Worker[];
  constructor(size: number) {
    // Beside this module: parallel-worker.ts, or parallel-worker.mjs when both are bundled (scripts/check.mjs).
    const script = new URL(
      import.meta.url.endsWith('.mjs') ? './parallel-worker.mjs' : './parallel-worker.ts',
      import.meta.url,
    );
    this.workers = Array.from({ length: Math.max(0, size) }, () => new Worker(script));
    // Until a job is sent, a worker must not keep the process alive or crash it.
    for (const w of this.workers) {
      w.unref();
      w.on('error', () => {});
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Sends one job to every worker; each answers with any number of messages, then null.
   * `each` gets every message; the promises settle when each worker has sent null.
   */
  stream<T>(job: unknown, each: (message: T) => void): Promise<void>[] {
    return this.workers.map(
      (w) =>
        new Promise<void>((ok, fail) => {
          w.ref();
          w.on('message', (m: T | null) => {
            if (m !== null) return each(m);
            ok();
            void w.terminate();
          });
          w.once('error', fail);
          w.once('exit', (code) =>
            fail(new Error(`worker thread stopped (exit ${code}) before it had finished`)),
          );
          w.postMessage(job);
        }),
    );
  }

  close(): void {
    for (const w of this.workers) void w.terminate();
  }
}
