// What shell completion offers beyond the command definitions: athlete ids from the
// journal (opened read-only; a missing or unreadable journal offers none) and plan
// files near the current directory. Completion must never fail loudly or write.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openJournal } from './journal/open.js';

export function athleteIds(path: string): { id: string; name: string }[] {
  try {
    // The journal's own read-only opening: no -wal/-shm left beside it, devices and FIFOs refused.
    const db = openJournal(path, { readOnly: true });
    try {
      return db.prepare('SELECT id, name FROM athletes ORDER BY id').all() as { id: string; name: string }[];
    } finally {
      db.close();
    }
  } catch {
    return [];
  }
}

/** *.yaml / *.yml in the directory being typed (default: here and plans/). */
export function planFiles(typed: string): string[] {
  const dirs = typed.endsWith('/') ? [typed.slice(0, -1)] : typed.includes('/') ? [dirname(typed)] : ['.', 'plans'];
  const out: string[] = [];
  for (const dir of dirs) {
    try {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.name.startsWith('.')) continue;
        const path = dir === '.' ? e.name : join(dir, e.name);
        if (e.isDirectory()) out.push(`${path}/`);
        else if (/\.ya?ml$/i.test(e.name)) out.push(path);
      }
    } catch {
      // a directory that cannot be read offers nothing
    }
  }
  return out.sort();
}
