// Checking plan files for `check`. One thread: a worker thread for half of a long list
// was measured slower (each thread pays the parsers' warm-up again), so it was removed.
import { loadPlanFile, type LoadedPlan } from './plan-file.js';

/** What check needs of a result. */
export type CheckedFile = Pick<LoadedPlan, 'file' | 'text' | 'diagnostics'>;

export function checkOne(file: string): CheckedFile {
  const { diagnostics, text } = loadPlanFile(file);
  // The text is only needed to show excerpts of problems.
  return { file, diagnostics, text: diagnostics.length ? text : '' };
}

export function checkFiles(files: string[]): CheckedFile[] {
  return files.map(checkOne);
}
