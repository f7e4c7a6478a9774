// Expanding `check` arguments: files as given, directories searched for YAML files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

const PLAN_FILE = /\.ya?ml$/i;

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (PLAN_FILE.test(entry.name)) out.push(path);
  }
}

export function collectPlanFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`no such file or directory: ${path}`, 'give plan files or directories that contain *.yaml files');
    }
    if (isDir) walk(path, out);
    else out.push(path);
  }
  if (out.length === 0) throw new UsageError(`no plan files (*.yaml, *.yml) found in ${paths.join(', ')}`);
  return out;
}
