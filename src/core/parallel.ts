/**
 * `loadContent` with the per-file work (read, front matter, schema, Markdown) spread over worker
 * threads; the cross-file work (URLs, taxonomy, links) stays on the main thread. Same result as
 * `loadContent`, in the same order, except that page bodies read by workers are left empty (the
 * checker does not need them). Used by `npm run check` on large trees.
 *
 * The files are not split into fixed shares: every thread (the main one included) takes the next
 * batch from a shared counter until none is left. A worker spends its first few hundred
 * milliseconds loading modules; with fixed halves the main thread then waited for it, with a
 * shared counter the main thread simply takes more batches meanwhile.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { WorkerPool } from './worker-pool.ts';
import { DEFAULT_LIMITS, type Limits } from './config.ts';
import type { Audience } from './schema.ts';
import {
  listContentFiles,
  loadContent,
  readPageFile,
  realRootOf,
  type Corpus,
  type FileRecord,
  type LoadOptions,
} from './corpus.ts';

/** Below this many files a worker costs more to start than it saves. */
export const PARALLEL_THRESHOLD = 1500;
/** Files a thread takes at a time. */
export const BATCH = 64;

/** What a worker thread is given. */
export interface WorkerInput {
  root: string;
  files: string[];
  displayBase: string;
  owners: readonly string[];
  audience: Audience;
  limits: Limits;
  realRoot: string;
  /** One Int32: index of the next file nobody has taken. */
  next: SharedArrayBuffer;
}

/** One batch: [index in the file list, record] pairs. */
export type Batch = [number, FileRecord][];

/**
 * Takes the next batch from the shared counter and reads it; undefined when the files have run
 * out. Page bodies are dropped: the checker does not need them (headings and links are already
 * extracted), and the copy back to the main thread stays small.
 */
export function takeBatch(input: Omit<WorkerInput, 'next'>, next: Int32Array): Batch | undefined {
  const { root, files, displayBase, owners, audience, limits, realRoot } = input;
  const start = Atomics.add(next, 0, BATCH);
  if (start >= files.length) return undefined;
  const out: Batch = [];
  for (let i = start; i < Math.min(start + BATCH, files.length); i++) {
    const r = readPageFile(root, files[i]!, { displayBase, owners, audience, limits, realRoot });
    if (r.page) r.page.body = '';
    out.push([i, r]);
  }
  return out;
}

const yieldToMessages = () => new Promise<void>((ok) => setImmediate(ok));

/**
 * `threads` counts the calling thread; `pool` may hold workers started earlier (they are used, or
 * closed when the tree is too small to share).
 */
export async function loadContentParallel(
  rootDir: string,
  opts: LoadOptions = {},
  threads = availableParallelism(),
  pool?: WorkerPool,
): Promise<Corpus> {
  const root = resolve(rootDir);
  const displayBase = opts.displayBase ?? process.cwd();
  const owners = opts.owners ?? [];
  let files: string[] = [];
  try {
    files = listContentFiles(root);
  } catch {
    threads = 1;
  }
  if (threads < 2 || files.length < PARALLEL_THRESHOLD) {
    pool?.close();
    return loadContent(rootDir, opts);
  }
  const workers = pool ?? new WorkerPool(Math.min(threads, 8) - 1);
  const next = new SharedArrayBuffer(4);
  const input: WorkerInput = {
    root,
    files,
    displayBase,
    owners: [...owners],
    audience: opts.audience ?? 'partner',
    limits: opts.limits ?? DEFAULT_LIMITS,
    realRoot: realRootOf(root),
    next,
  };
  const records: FileRecord[] = new Array(files.length);
  const keep = (batch: Batch) => {
    for (const [i, r] of batch) records[i] = r;
  };
  // Workers send each batch as soon as it is read; this thread takes in what has arrived between
  // its own batches, so copying the workers' records overlaps with reading files.
  const finished = workers.stream<Batch>(input, keep);
  const counter = new Int32Array(next);
  for (let batch = takeBatch(input, counter); batch; batch = takeBatch(input, counter)) {
    keep(batch);
    await yieldToMessages();
  }
  await Promise.all(finished);
  return loadContent(rootDir, { ...opts, records });
}
