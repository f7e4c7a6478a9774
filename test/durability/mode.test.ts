// SPEC §3: the journal "is created on first write, with file mode 0600 (it holds
// health data)". Checked on the files the real CLI creates, also under a permissive
// umask (a mode that only comes from the umask would be 0666 there).
import Database from 'better-sqlite3';
import { execa } from 'execa';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE, PLAN, run, snapshotCli, tempDir, type Cli } from './helpers.js';

let cli: Cli;
let dir: string;

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

beforeAll(async () => {
  cli = await snapshotCli('2026-03-10');
  dir = tempDir('mode');
}, 60_000);

afterAll(() => {
  cli?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the journal file mode', () => {
  it('is 0600 after `init`', async () => {
    const journal = join(dir, 'init', 'journal.db');
    const r = await run(cli, ['--journal', journal, 'init', '--plan', PLAN, '--start', '2026-03-02']);
    expect(r.exitCode).toBe(0);
    expect(modeOf(journal)).toBe('600');
  });

  it('is 0600 when `athlete add` creates the journal', async () => {
    const journal = join(dir, 'athlete', 'journal.db');
    const r = await run(cli, ['--journal', journal, 'athlete', 'add', 'sam', '--plan', PLAN]);
    expect(r.exitCode).toBe(0);
    expect(modeOf(journal)).toBe('600');
  });

  it('is 0600 under umask 000', async () => {
    const journal = join(dir, 'umask', 'journal.db');
    const r = await execa('sh', ['-c', 'umask 000 && exec "$@"', 'sh', NODE, cli.entry, '--journal', journal, 'init', '--plan', PLAN, '--start', '2026-03-02'], {
      env: cli.env,
      reject: false,
      stdin: 'ignore',
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(modeOf(journal)).toBe('600');
  });

  it('its -wal and -shm files, while the journal is in use, are 0600 too', async () => {
    const journal = join(dir, 'wal', 'journal.db');
    expect((await run(cli, ['--journal', journal, 'init', '--plan', PLAN, '--start', '2026-03-02'])).exitCode).toBe(0);
    const db = new Database(journal);
    try {
      db.prepare('SELECT count(*) FROM athletes').get();
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      for (const side of ['-wal', '-shm']) {
        expect(existsSync(journal + side)).toBe(true);
        expect(modeOf(journal + side), side).toBe('600');
      }
    } finally {
      db.close();
    }
  });
});
