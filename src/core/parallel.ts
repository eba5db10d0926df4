/**
 * `loadContent` with the per-file work (read, front matter, schema, Markdown) spread over worker
 * threads; the cross-file work (URLs, taxonomy, links) stays on the main thread. Same result as
 * `loadContent`, in the same order, except that page bodies read by workers are left empty (the
 * checker does not need them). Used by `npm run check` on large trees.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { listContentFiles, loadContent, readPageFile, type Corpus, type FileRecord, type LoadOptions } from './corpus.ts';

/** Below this many files a worker costs more to start than it saves. */
export const PARALLEL_THRESHOLD = 1500;

export async function loadContentParallel(rootDir: string, opts: LoadOptions = {}, threads = availableParallelism()): Promise<Corpus> {
  const root = resolve(rootDir);
  const displayBase = opts.displayBase ?? process.cwd();
  const owners = opts.owners ?? [];
  let files: string[];
  try {
    files = listContentFiles(root);
  } catch {
    return loadContent(rootDir, opts);
  }
  if (threads < 2 || files.length < PARALLEL_THRESHOLD) return loadContent(rootDir, opts);
  // The main thread takes one share itself; each worker one of the others.
  const shares = Math.min(threads, 8);
  const size = Math.ceil(files.length / shares);
  const chunks = Array.from({ length: shares }, (_, i) => files.slice(i * size, (i + 1) * size));
  const workerResults = chunks.slice(1).map(
    (chunk) =>
      new Promise<FileRecord[]>((ok, fail) => {
        const w = new Worker(new URL('./parallel-worker.ts', import.meta.url), { workerData: { root, files: chunk, displayBase, owners } });
        w.once('message', (records: FileRecord[]) => {
          ok(records);
          void w.terminate();
        });
        w.once('error', fail);
      }),
  );
  const mine = chunks[0]!.map((abs) => readPageFile(root, abs, { displayBase, owners }));
  for (const r of mine) if (r.page) r.page.body = '';
  const rest = await Promise.all(workerResults);
  return loadContent(rootDir, { ...opts, records: [...mine, ...rest.flat()] });
}
