// SPEC §3: the journal "is created on first write, with file mode 0600 (it holds
// health data)". Checked on the files the real CLI creates, also under a permissive
// umask (a mode that only comes from the umask would be 0666 there). And where it is
// created: `--journal PATH`, else `$REGIMEN_JOURNAL`, else `$XDG_DATA_HOME/regimen/
// journal.db`, else `~/.local/share/regimen/journal.db`.
import Database from 'better-sqlite3';
import { execa } from 'execa';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE, PLAN, run, snapshotCli, tempDir, type Cli } from './helpers.js';

let cli: Cli;
let dir: string;

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

beforeAll(async () => {
  cli = await snapshotCli('2026-03-10');
  dir = tempDir('mode');
});

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
    const r = await execa(
      'sh',
      ['-c', 'umask 000 && exec "$@"', 'sh', NODE, cli.entry, '--journal', journal, 'init', '--plan', PLAN, '--start', '2026-03-02'],
      {
        env: cli.env,
        reject: false,
        stdin: 'ignore',
      },
    );
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

describe('where the journal is created: --journal, then $REGIMEN_JOURNAL, then $XDG_DATA_HOME, then ~/.local/share', () => {
  /** Every file and directory under root, relative to it, sorted; SQLite's -wal/-shm left out. */
  const tree = (root: string): string[] => (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => !/-(wal|shm)$/.test(f)).sort();

  type Where = 'flag' | 'env' | 'xdg' | 'home';
  const cases: { name: string; flag: boolean; env: boolean; xdg: 'set' | 'empty' | 'unset'; expected: Where }[] = [
    { name: '--journal beats $REGIMEN_JOURNAL, $XDG_DATA_HOME and $HOME', flag: true, env: true, xdg: 'set', expected: 'flag' },
    { name: '$REGIMEN_JOURNAL beats $XDG_DATA_HOME and $HOME', flag: false, env: true, xdg: 'set', expected: 'env' },
    { name: '$XDG_DATA_HOME/regimen/journal.db beats $HOME', flag: false, env: false, xdg: 'set', expected: 'xdg' },
    { name: '$HOME/.local/share/regimen/journal.db when XDG_DATA_HOME is unset', flag: false, env: false, xdg: 'unset', expected: 'home' },
    { name: '$HOME/.local/share/regimen/journal.db when XDG_DATA_HOME is empty', flag: false, env: false, xdg: 'empty', expected: 'home' },
  ];

  it.each(cases)('$name', async ({ name, flag, env, xdg, expected }) => {
    const root = join(dir, 'where', name.replace(/[^a-z0-9]+/gi, '-'));
    mkdirSync(root, { recursive: true });
    const paths: Record<Where, string> = {
      flag: join(root, 'flag', 'journal.db'),
      env: join(root, 'env', 'journal.db'),
      xdg: join(root, 'xdg', 'regimen', 'journal.db'),
      home: join(root, 'home', '.local', 'share', 'regimen', 'journal.db'),
    };
    const childEnv: NodeJS.ProcessEnv = {
      HOME: join(root, 'home'),
      REGIMEN_JOURNAL: env ? paths.env : undefined, // undefined: removed from the child's environment
      XDG_DATA_HOME: xdg === 'set' ? join(root, 'xdg') : xdg === 'empty' ? '' : undefined,
    };
    const args = [...(flag ? ['--journal', paths.flag] : []), 'init', '--plan', PLAN, '--start', '2026-03-02'];
    const r = await run(cli, args, childEnv);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);

    // Exactly the expected file, with its parent directories, and nothing at the other places.
    const rel = paths[expected].slice(root.length + 1).split('/');
    expect(tree(root)).toEqual(rel.map((_, i) => rel.slice(0, i + 1).join('/')).sort());
    expect(modeOf(paths[expected])).toBe('600');

    // A later command with the same environment finds the same journal.
    const list = await run(cli, [...(flag ? ['--journal', paths.flag] : []), 'athlete', 'list', '--json'], childEnv);
    expect(list.exitCode, String(list.stderr)).toBe(0);
    expect(JSON.parse(String(list.stdout)).athletes.map((a: { id: string }) => a.id)).toEqual(['me']);
  });
});
