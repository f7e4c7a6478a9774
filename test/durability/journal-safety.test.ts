// SPEC §3 v1.1, on the real binary, each attack done for real: reading never writes
// (sha256 and the folder listing unchanged), the journal path is a regular file or
// nothing (devices, FIFOs, directories refused before any open), failures named in
// words with the path (read-only file or folder, full disk, damaged file), `audit
// --verify` exit codes, and 8 processes racing on one record get a sequential run's
// outcomes (exit 0 or 2 only, exactly one record). detect --out is 0600 under umask 000.
import Database from 'better-sqlite3';
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigration, APPLICATION_ID } from '../../src/io/journal/migrations.js';
import { PLAN, run, snapshotCli, tempDir, type Cli } from './helpers.js';
import { checkinArgs } from '../helpers/checkin-args.js';

const NOW = '2026-11-30';
const START = '2026-11-02';
let cli: Cli;
let dir: string;
/** A regimen journal with a week of records, made by the CLI; tests work on copies. */
let base: string;

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const listing = (folder: string) => readdirSync(folder).sort();

function expectOneCalmLine(stderr: string): void {
  expect(stderr.trimEnd().split('\n'), stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |SQLITE_|internal error/);
}

async function ok(args: string[]) {
  const r = await run(cli, args);
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.exitCode, args.join(' ')).toBe(0);
  return r;
}

function copyOfBase(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'journal.db');
  copyFileSync(base, path);
  return path;
}

beforeAll(async () => {
  cli = await snapshotCli(NOW);
  dir = tempDir('safety');
  base = join(dir, 'base', 'journal.db');
  await ok(['--journal', base, 'init', '--plan', PLAN, '--start', START]);
  await ok(['--journal', base, 'athlete', 'add', 'ana', '--plan', PLAN, '--status', 'active', '--start', START]);
  for (const d of ['2026-11-24', '2026-11-25', '2026-11-27']) {
    await ok(['--journal', base, '--athlete', 'me', ...checkinArgs({ fatigue: 2, pain: 1 }), '--date', d]);
    await ok(['--journal', base, '--athlete', 'me', 'log', '--date', d, '--minutes', '15', '--rpe', '4']);
  }
  await ok(['--journal', base, '--athlete', 'me', 'athlete', 'status', 'ana', 'inactive']);
  await ok(['--journal', base, '--athlete', 'me', 'athlete', 'status', 'ana', 'active']);
  // At rest, as a person's journal is between commands: no -wal or -shm beside it.
  expect(listing(join(dir, 'base'))).toEqual(['journal.db']);
});

afterAll(() => {
  cli?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const READING: string[][] = [
  ['today'],
  ['week'],
  ['history'],
  ['schedule'],
  ['plan', 'show'],
  ['athlete', 'list'],
  ['audit'],
  ['audit', '--verify'],
  ['review', '--dry-run'],
  ['repair', 'list'],
];

describe('reading never writes', () => {
  it('reading commands on a journal at rest: the file is byte for byte the same and nothing appears beside it', async () => {
    const path = copyOfBase('reads');
    const before = sha(path);
    for (const args of READING) await ok(['--journal', path, '--athlete', 'me', ...args]);
    expect(sha(path)).toBe(before);
    expect(listing(join(dir, 'reads'))).toEqual(['journal.db']);
  });

  const foreign: [string, number, (path: string) => void][] = [
    [
      'a foreign SQLite database',
      3,
      (p) => {
        const db = new Database(p);
        db.exec("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('mine')");
        db.close();
      },
    ],
    [
      'an empty SQLite database',
      3,
      (p) => {
        const db = new Database(p);
        db.exec('VACUUM');
        db.close();
      },
    ],
    [
      'a foreign SQLite database in WAL mode',
      3,
      (p) => {
        const db = new Database(p);
        db.pragma('journal_mode = WAL');
        db.exec('CREATE TABLE notes (t TEXT)');
        db.close();
      },
    ],
    ['a 0-byte file', 2, (p) => writeFileSync(p, '')],
  ];
  it.each(foreign)('`today` on %s: unchanged, nothing beside it, exit %s in one line', async (name, code, make) => {
    const folder = join(dir, `foreign-${name.replace(/\W+/g, '-')}`);
    mkdirSync(folder);
    const path = join(folder, 'other.db');
    make(path);
    const before = sha(path);
    const files = listing(folder);
    for (const args of [['today'], ['week'], ['audit']]) {
      const r = await run(cli, ['--journal', path, ...args]);
      expect(r.exitCode).toBe(code);
      expectOneCalmLine(r.stderr);
      expect(r.stderr).toMatch(code === 2 ? /no journal yet .*regimen init/ : /not a regimen journal/);
    }
    // A writing command refuses a file that is not a journal untouched too (a 0-byte file it may fill).
    if (code === 3) {
      const r = await run(cli, ['--journal', path, 'init']);
      expect(r.exitCode).toBe(3);
      expectOneCalmLine(r.stderr);
    }
    expect(sha(path)).toBe(before);
    expect(listing(folder)).toEqual(files);
  });

  it('a 0-byte file is where a writing command may start a journal', async () => {
    const folder = join(dir, 'zero-init');
    mkdirSync(folder);
    const path = join(folder, 'journal.db');
    writeFileSync(path, '');
    await ok(['--journal', path, 'init']);
    expect((await ok(['--journal', path, 'athlete', 'list', '--json'])).stdout).toContain('"me"');
  });

  it('an older journal is not migrated by a reading command: it says what to run, and nothing changes', async () => {
    const folder = join(dir, 'older');
    mkdirSync(folder);
    const path = join(folder, 'journal.db');
    const db = new Database(path);
    for (const m of MIGRATIONS.slice(0, 2)) runMigration(db, m);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 2');
    db.close();
    const before = sha(path);
    const r = await run(cli, ['--journal', path, 'today']);
    expect(r.exitCode).toBe(2);
    expectOneCalmLine(r.stderr);
    expect(r.stderr).toMatch(/older regimen/);
    expect(sha(path)).toBe(before);
    expect(listing(folder)).toEqual(['journal.db']);
  });
});

describe('the journal path is a regular file or nothing', () => {
  async function refusedUntouched(path: string, folder: string): Promise<void> {
    const files = listing(folder);
    for (const args of [['today'], ['init'], ['log', '--type', 'aerobic', '--minutes', '5']]) {
      const r = await execa(process.execPath, [cli.entry, '--journal', path, ...args], { env: cli.env, reject: false, stdin: 'ignore' });
      expect(r.timedOut, `${args[0]} on ${path} hung`).toBe(false);
      expect(r.exitCode, `${args[0]} on ${path}`).toBe(3);
      expectOneCalmLine(r.stderr);
      expect(r.stderr).toContain(path);
    }
    expect(listing(folder)).toEqual(files);
  }

  it('/dev/null: refused, and nothing is created beside it', async () => {
    await refusedUntouched('/dev/null', '/dev');
    expect(existsSync('/dev/null-journal')).toBe(false);
    expect(existsSync('/dev/null-wal')).toBe(false);
  });

  it('a character device of our own (where mknod is allowed)', async () => {
    const folder = join(dir, 'dev');
    mkdirSync(folder);
    const device = join(folder, 'null');
    const made = await execa('mknod', [device, 'c', '1', '3'], { reject: false });
    if (made.exitCode !== 0) return; // not allowed here: /dev/null above covers devices
    await refusedUntouched(device, folder);
  });

  it('a FIFO: refused at once, not waited on', async () => {
    const folder = join(dir, 'fifo');
    mkdirSync(folder);
    const fifo = join(folder, 'journal.db');
    await execa('mkfifo', [fifo]);
    await refusedUntouched(fifo, folder);
  });

  it('a directory', async () => {
    const folder = join(dir, 'a-directory');
    mkdirSync(join(folder, 'journal.db'), { recursive: true });
    await refusedUntouched(join(folder, 'journal.db'), folder);
  });
});

describe('failures in words, with the path', () => {
  it('a damaged (truncated) journal is "damaged", for reading and writing commands', async () => {
    const path = copyOfBase('truncated');
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const before = sha(path);
    for (const args of [['today'], ['log', '--minutes', '5']]) {
      const r = await run(cli, ['--journal', path, '--athlete', 'me', ...args]);
      expect(r.exitCode).toBe(3);
      expectOneCalmLine(r.stderr);
      expect(r.stderr).toMatch(/damaged/);
      expect(r.stderr).toContain(path);
      expect(r.stderr).not.toMatch(/not a regimen journal/);
    }
    expect(sha(path)).toBe(before);
  });

  it('a read-only journal file (chattr +i, as root ignores modes): writes exit 3 in words, reads still work', async () => {
    const path = copyOfBase('immutable');
    if ((await execa('chattr', ['+i', path], { reject: false })).exitCode !== 0) return; // no chattr here
    try {
      for (const args of [
        ['log', '--minutes', '5'],
        ['checkin', '--fatigue', '1', '--pain', '1', '--anxiety', '1', '--low-mood', '1', '--qol', '8'],
      ]) {
        const r = await run(cli, ['--journal', path, '--athlete', 'me', ...args]);
        expect(r.exitCode).toBe(3);
        expectOneCalmLine(r.stderr);
        expect(r.stderr).toMatch(/read-only/);
        expect(r.stderr).toContain(path);
      }
      await ok(['--journal', path, '--athlete', 'me', 'today']);
      expect(listing(join(dir, 'immutable'))).toEqual(['journal.db']);
    } finally {
      await execa('chattr', ['-i', path], { reject: false });
    }
  });

  it('a journal on a read-only file system, and on a full disk (where tmpfs can be mounted)', async () => {
    const mnt = join(dir, 'mnt');
    mkdirSync(mnt);
    if ((await execa('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt], { reject: false })).exitCode !== 0) return;
    try {
      const path = join(mnt, 'journal.db');
      copyFileSync(base, path);
      // Full: fill what is left, then try to write a long note.
      writeFileSync(join(mnt, 'filler'), Buffer.alloc(256 * 1024 - statSync(path).size - 8 * 1024));
      const full = await run(cli, ['--journal', path, '--athlete', 'me', 'log', '--minutes', '5', '--note', 'x'.repeat(40_000)]);
      expect(full.exitCode).toBe(3);
      expectOneCalmLine(full.stderr);
      expect(full.stderr).toMatch(/full/);
      rmSync(join(mnt, 'filler'));
      rmSync(`${path}-wal`, { force: true });
      rmSync(`${path}-shm`, { force: true });
      copyFileSync(base, path);
      // Read-only.
      await execa('mount', ['-o', 'remount,ro', mnt]);
      const r = await run(cli, ['--journal', path, '--athlete', 'me', 'log', '--minutes', '5']);
      expect(r.exitCode).toBe(3);
      expectOneCalmLine(r.stderr);
      expect(r.stderr).toMatch(/folder is read-only/);
      await ok(['--journal', path, '--athlete', 'me', 'today']);
      await ok(['--journal', path, 'audit', '--verify']);
    } finally {
      await execa('umount', [mnt], { reject: false });
    }
  });
});

describe('audit --verify on the real binary', () => {
  it('exit 0 with `ok N` on an intact journal; exit 1 naming the event after triggers are dropped and a row deleted', async () => {
    const path = copyOfBase('verify');
    const good = await ok(['--journal', path, 'audit', '--verify']);
    expect(good.stdout).toMatch(/^ok 6 events\b/);
    const db = new Database(path);
    db.exec('DROP TRIGGER audit_append_only_update; DROP TRIGGER audit_append_only_delete; DELETE FROM audit WHERE id = 3;');
    db.close();
    const bad = await run(cli, ['--journal', path, 'audit', '--verify']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/event 3 is missing/);
    expect(bad.stdout).toMatch(/audit_append_only_delete is missing/);
    const json = await run(cli, ['--journal', path, 'audit', '--verify', '--json']);
    expect(json.exitCode).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, event: 3, events: 5 });
  });

  it('REPLACE on an event is refused on a journal the CLI made', () => {
    const path = copyOfBase('replace');
    const db = new Database(path);
    const before = db.prepare('SELECT * FROM audit WHERE id = 1').get();
    expect(() =>
      db.prepare("REPLACE INTO audit (id, at, athlete_id, action, actor, details, hash) VALUES (1, 'x', 'me', 'forged', 'x', '{}', 'h')").run(),
    ).toThrow(/append-only/);
    expect(db.prepare('SELECT * FROM audit WHERE id = 1').get()).toEqual(before);
    db.close();
  });
});

describe('8 processes racing on one record get a sequential run’s outcomes', () => {
  const RACERS = 8;

  async function race(args: string[]): Promise<{ exitCode: number; stderr: string; stdout: string }[]> {
    const results = await Promise.all(Array.from({ length: RACERS }, () => run(cli, args)));
    for (const r of results) {
      expect([0, 2], r.stderr).toContain(r.exitCode);
      expect(r.stderr).not.toMatch(/internal error|UNIQUE|SQLITE_|locked/);
    }
    return results as { exitCode: number; stderr: string; stdout: string }[];
  }

  function count(path: string, sql: string): number {
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      return (db.prepare(sql).get() as { n: number }).n;
    } finally {
      db.close();
    }
  }

  it('init on a journal that does not exist yet: one creates it, the others exit 2', async () => {
    const path = join(dir, 'race-init', 'journal.db');
    const results = await race(['--journal', path, 'init', '--plan', PLAN, '--start', START]);
    expect(results.filter((r) => r.exitCode === 0)).toHaveLength(1);
    expect(count(path, 'SELECT count(*) AS n FROM athletes')).toBe(1);
    await ok(['--journal', path, 'audit', '--verify']);
  });

  it('athlete add of one id: one adds it, the others exit 2', async () => {
    const path = copyOfBase('race-add');
    const results = await race(['--journal', path, 'athlete', 'add', 'bo', '--plan', PLAN]);
    expect(results.filter((r) => r.exitCode === 0)).toHaveLength(1);
    expect(count(path, "SELECT count(*) AS n FROM athletes WHERE id = 'bo'")).toBe(1);
  });

  it('log on one date: one records it, the others exit 2', async () => {
    const path = copyOfBase('race-log');
    const results = await race(['--journal', path, '--athlete', 'me', 'log', '--date', '2026-11-29', '--minutes', '12']);
    expect(results.filter((r) => r.exitCode === 0)).toHaveLength(1);
    expect(count(path, "SELECT count(*) AS n FROM sessions WHERE athlete_id = 'me' AND date = '2026-11-29'")).toBe(1);
  });

  it('log --replace on one date: all succeed one after another, one current record', async () => {
    const path = copyOfBase('race-replace');
    const results = await race(['--journal', path, '--athlete', 'me', 'log', '--date', '2026-11-27', '--minutes', '12', '--replace']);
    expect(results.every((r) => r.exitCode === 0)).toBe(true);
    expect(count(path, "SELECT count(*) AS n FROM sessions WHERE athlete_id = 'me' AND date = '2026-11-27' AND replaced = 0")).toBe(1);
    expect(count(path, "SELECT count(*) AS n FROM sessions WHERE athlete_id = 'me' AND date = '2026-11-27'")).toBe(RACERS + 1);
  });

  it('log --id KEY: one records it, the others get the no-op report', async () => {
    const path = copyOfBase('race-id');
    const results = await race(['--journal', path, '--athlete', 'me', 'log', '--date', '2026-11-28', '--minutes', '12', '--id', 'watch-123', '--json']);
    expect(results.every((r) => r.exitCode === 0)).toBe(true);
    expect(results.filter((r) => JSON.parse(r.stdout).duplicate === true)).toHaveLength(RACERS - 1);
    expect(count(path, "SELECT count(*) AS n FROM sessions WHERE idempotency_key = 'watch-123'")).toBe(1);
  });

  it('review of one athlete: one stores it, the others report the stored review', async () => {
    const path = copyOfBase('race-review');
    const results = await race(['--journal', path, '--athlete', 'me', 'review', '--json']);
    expect(results.every((r) => r.exitCode === 0)).toBe(true);
    expect(results.filter((r) => JSON.parse(r.stdout).cached === true)).toHaveLength(RACERS - 1);
    expect(count(path, "SELECT count(*) AS n FROM reviews WHERE athlete_id = 'me'")).toBe(1);
  });

  it('reading commands while writers write: every reader answers (exit 0), every writer records', async () => {
    const path = copyOfBase('race-readers');
    const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21'];
    const results = await Promise.all([
      ...days.map((d) => run(cli, ['--journal', path, '--athlete', 'ana', 'log', '--date', d, '--minutes', '12'])),
      ...days.map(() => run(cli, ['--journal', path, '--athlete', 'ana', 'today'])),
      ...days.map(() => run(cli, ['--journal', path, 'athlete', 'list'])),
    ]);
    for (const r of results) {
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(0);
    }
    expect(count(path, "SELECT count(*) AS n FROM sessions WHERE athlete_id = 'ana'")).toBe(days.length);
  });

  it('review --all: each athlete reviewed once', async () => {
    const path = copyOfBase('race-review-all');
    const results = await race(['--journal', path, 'review', '--all', '--json']);
    expect(results.every((r) => r.exitCode === 0)).toBe(true);
    expect(count(path, 'SELECT count(*) AS n FROM reviews')).toBe(2);
    expect(count(path, 'SELECT count(*) AS n FROM (SELECT athlete_id, week FROM reviews GROUP BY 1, 2 HAVING count(*) > 1)')).toBe(0);
    await ok(['--journal', path, 'audit', '--verify']);
  });
});

describe('files holding personal data are 0600 whatever the umask', () => {
  it('detect --out under umask 000', async () => {
    const path = join(dir, 'detect', 'journal.db');
    await ok(['--journal', path, 'init', '--start', '2026-11-02']);
    for (const d of ['2026-11-02', '2026-11-04', '2026-11-09', '2026-11-11', '2026-11-16', '2026-11-18', '2026-11-23', '2026-11-25']) {
      await ok(['--journal', path, 'log', '--date', d, '--type', 'strength', '--minutes', '30', '--exercise', 'Squat: 3x8@40kg rir2']);
    }
    const out = join(dir, 'detect', 'plan.yaml');
    const r = await execa('sh', ['-c', 'umask 000 && exec "$@"', 'sh', process.execPath, cli.entry, '--journal', path, 'detect', '--out', out], {
      env: cli.env,
      reject: false,
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(listing(join(dir, 'detect')).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
