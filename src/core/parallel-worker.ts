/** Worker thread of `loadContentParallel`: takes batches of files until none is left, sends the records back. */
import { parentPort, workerData } from 'node:worker_threads';
import { drain, type WorkerInput } from './parallel.ts';

const input = workerData as WorkerInput;
parentPort!.postMessage(drain(input, new Int32Array(input.next)));
