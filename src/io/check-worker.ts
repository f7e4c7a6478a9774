// The worker half of `check` (see check-files.ts): check the files it was given and
// send the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkOne } from './validators.js';

parentPort!.postMessage((workerData as string[]).map(checkOne));
