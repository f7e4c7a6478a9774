// SPEC §4 export: files are written atomically (a temporary file renamed into place).
// The rename replaces whatever is at --out, so only a regular file (or nothing) may be
// there: a FIFO, a folder or a link to a device (/dev/stdout; run as root, /dev/null
// itself) is refused, exit 2, and left as it was.
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { coachJournal } from '../helpers/coach-journal.js';
import { regimen } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

vi.mock('../../src/io/output.js', async (original) => ({ ...(await original<object>()), ...(await import('../helpers/captured-output.js')) }));

const NOW = '2026-11-30';
let journal: string;
const dir = tempDir('regimen-export-out-');
beforeAll(async () => {
  journal = await coachJournal();
}, 60_000);

describe('export --out something that is not a file', () => {
  it.each([
    ['a FIFO', 'fifo', (p: string) => execFileSync('mkfifo', [p]), /--out .*fifo is a FIFO \(named pipe\), not a file; nothing was written/],
    ['a folder', 'folder', (p: string) => mkdirSync(p), /--out .*folder is a directory, not a file; nothing was written/],
    ['a link to a device', 'null-link', (p: string) => symlinkSync('/dev/null', p), /--out .*null-link is a device, not a file; nothing was written/],
  ])('%s is refused and left as it was', async (_name, file, make, message) => {
    const path = join(dir, file);
    make(path);
    const before = lstatSync(path);
    const r = await regimen(['--journal', journal, 'export', '--format', 'csv', '--all', '--out', path], NOW);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    const after = lstatSync(path);
    expect([after.mode, after.ino]).toEqual([before.mode, before.ino]);
  });

  it('a new file is written, mode 0600', async () => {
    const path = join(dir, 'ok.csv');
    expect((await regimen(['--journal', journal, 'export', '--format', 'csv', '--all', '--out', path], NOW)).exitCode).toBe(0);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
