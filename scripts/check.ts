/**
 * npm run check [-- <content-dir>] [--format human|json] [--audience partner|internal] [--translations]
 * Reports every diagnostic of every file, sorted by file and line. Exit 1 on any error.
 * (`npm run check` runs this file bundled, through scripts/check.mjs; `node scripts/check.ts`
 * gives the same output.)
 *
 * This file only prepares the process, then loads the checker (scripts/lib/check-cli.ts), because
 * a 10,000-file check is dominated by start-up and garbage collection, not by checking:
 * - Node's compile cache (on disk, in the OS temp folder) saves module compilation in the main
 *   thread and again in each worker thread;
 * - worker threads get a 16 MB young generation (semi-space): the per-file work allocates many
 *   short-lived objects, and V8's default sizing costs time here (npm run bench:check); the
 *   main thread gets the same from `node --max-semi-space-size=16` in package.json's `check`;
 * - the worker threads start before this thread loads the checker, so both load at once.
 * Static imports would be loaded before any of this runs, hence the dynamic import.
 */
import { enableCompileCache } from 'node:module';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { WorkerPool } from '../src/core/worker-pool.ts';
import { EnvError, githubActions, readEnv } from '../src/core/env.ts';

const started = performance.now();
try {
  enableCompileCache?.();
} catch {
  // no cache (read-only temp folder, old Node): slower start, same result
}
setFlagsFromString('--max-semi-space-size=16'); // applies to isolates created from now on: the workers

// Worker threads start loading now, in parallel with this thread's imports; the checker uses
// them for a large tree and closes them for a small one.
// A bad PLAYBOOK_THREADS (or other variable) is reported by the checker, with its usage line.
const threads = threadsFromEnv() ?? availableParallelism();
const pool = new WorkerPool(Math.min(threads, 8) - 1);

try {
  const { main } = await import('./lib/check-cli.ts');
  process.exitCode = await main(process.argv.slice(2), { started, threads, pool });
} catch (e) {
  // The loader is written not to throw on bad input; if it ever does, say so plainly.
  const text = `check failed unexpectedly: ${(e as Error).message}\nPlease report this with the file that caused it.`;
  console.error(githubActions() ? text.replace(/^(\s*):(?=:)/gm, '$1:\u200B') : text);
  process.exitCode = 2;
} finally {
  pool.close();
}

function threadsFromEnv(): number | undefined {
  try {
    return readEnv().threads;
  } catch (e) {
    if (e instanceof EnvError) return undefined;
    throw e;
  }
}
