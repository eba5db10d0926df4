/** Worker thread of `loadContentParallel`: reads its share of the files and sends the records back. */
import { parentPort, workerData } from 'node:worker_threads';
import { readPageFile } from './corpus.ts';

const { root, files, displayBase, owners } = workerData as { root: string; files: string[]; displayBase: string; owners: string[] };
// Bodies are not needed to check links (headings and links are already extracted): leaving them
// out keeps the copy back to the main thread small.
const records = files.map((abs) => readPageFile(root, abs, { displayBase, owners }));
for (const r of records) if (r.page) r.page.body = '';
parentPort!.postMessage(records);
