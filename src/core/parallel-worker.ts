/** Worker thread of `loadContentParallel`: waits for its job, then sends batch after batch until the files run out, then null. */
import { parentPort } from 'node:worker_threads';
import { takeBatch, type WorkerInput } from './parallel.ts';

parentPort!.once('message', (input: WorkerInput) => {
  const next = new Int32Array(input.next);
  for (let batch = takeBatch(input, next); batch; batch = takeBatch(input, next))
    parentPort!.postMessage(batch);
  parentPort!.postMessage(null);
});
