// Checking many plan files uses both cores: a worker thread takes the second half of
// the list while this thread checks the first (SPEC §8: `check` of 200 files). Small
// lists stay on one thread, where starting a worker would cost more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadPlanFile, type LoadedPlan } from './plan-file.js';

const WORKER_THRESHOLD = 40;

/** What check needs of a result: no normalised plan crosses the thread boundary. */
export type CheckedFile = Pick<LoadedPlan, 'file' | 'text' | 'diagnostics'>;

export function checkOne(file: string): CheckedFile {
  const { diagnostics, text } = loadPlanFile(file);
  // The text is only needed to show excerpts of problems.
  return { file, diagnostics, text: diagnostics.length ? text : '' };
}

export async function checkFiles(files: string[]): Promise<CheckedFile[]> {
  if (files.length < WORKER_THRESHOLD || availableParallelism() < 2) return files.map(checkOne);
  const split = Math.floor(files.length / 2);
  const theirs = files.slice(split);
  // Built, this module lives in dist/validators.cjs beside dist/check-worker.cjs.
  const worker = new Worker(new URL(import.meta.url.endsWith('.cjs') ? './check-worker.cjs' : './check-worker.js', import.meta.url), { workerData: theirs });
  const done = new Promise<CheckedFile[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const mine = files.slice(0, split).map(checkOne);
  return [...mine, ...(await done)];
}
