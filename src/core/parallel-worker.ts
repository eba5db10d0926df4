/** Worker thread of `loadContentParallel`: waits for its job, takes batches of files until none is left, sends the records back. */
import { parentPort } from 'node:worker_threads';
import { drain, type WorkerInput } from './parallel.ts';

parentPort!.once('message', (input: WorkerInput) => {
  parentPort!.postMessage(drain(input, new Int32Array(input.next)));
});
