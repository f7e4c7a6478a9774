// SPEC §3: "The schema is versioned (PRAGMA user_version); an older journal is backed
// up (journal.db.bak-v<N>) and migrated on open; a journal newer than the program is
// refused with a clear message and is not touched", and the audit trail "can only be
// appended to". SPEC §4: exit 3 for "a file that is not a regimen journal" and "newer
// schema". Run against the real CLI on real files.
import Database from 'better-sqlite3';
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATIONS, runMigration, SCHEMA_VERSION } from '../../src/io/journal/migrations.js';
import { dates, NODE, PLAN, ROOT, run, snapshotCli, tempDir, type Cli } from './helpers.js';

const NOW = '2026-03-10';
const FIXTURE = join(ROOT, 'fixtures', 'journals', 'v1.sql');
/**
 * A writing command that changes nothing on the v1 fixture (its athlete is already
 * active): it migrates. Reading commands never migrate (SPEC §3 v1.1).
 */
const MIGRATING = ['athlete', 'status', 'me', 'active'];
/** An audit row as it was before the chain (migration adds and fills its `hash`). */
const withoutHash = (rows: Row[] | undefined) => (rows ?? []).map(({ hash: _hash, ...rest }) => rest);

let cli: Cli;
let dir: string;

type Row = Record<string, unknown>;

/** The v1 fixture's SQL with its placeholders filled in for this checkout. */
function v1Sql(): string {
  const text = readFileSync(PLAN, 'utf8');
  const values: Record<string, string> = {
    '@PLAN_PATH@': PLAN,
    '@PLAN_HASH@': createHash('sha256').update(text).digest('hex'),
    '@PLAN_TEXT@': text,
  };
  // A function replacement: the plan text may hold `$&`-like sequences.
  return readFileSync(FIXTURE, 'utf8').replace(/@PLAN_(PATH|HASH|TEXT)@/g, (m) => values[m]!.replace(/'/g, "''"));
}

function buildV1(path: string): void {
  const db = new Database(path);
  db.exec(v1Sql());
  db.close();
}

function schemaOf(db: Database.Database): Row[] {
  return db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as Row[];
}

/** The schema a journal has after migrations 1..n, built in memory from MIGRATIONS. */
function schemaAfter(n: number): Row[] {
  const db = new Database(':memory:');
  for (const m of MIGRATIONS.slice(0, n)) runMigration(db, m);
  const schema = schemaOf(db);
  db.close();
  return schema;
}

function tableNames(schema: Row[]): string[] {
  return schema.filter((r) => r.type === 'table').map((r) => r.name as string);
}

function rowsOf(db: Database.Database, tables: string[]): Record<string, Row[]> {
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all() as Row[]]));
}

function open(path: string, fn: (db: Database.Database) => void): void {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    fn(db);
  } finally {
    db.close();
  }
}

/**
 * What must not change when a journal is refused: its bytes and mtime, and the files
 * beside it — except SQLite's own -wal/-shm, which a read-only look may create (an
 * empty -wal and a wal-index hold nothing of the journal); a -wal must stay empty.
 */
function fingerprint(path: string) {
  const st = statSync(path, { bigint: true });
  const wal = `${path}-wal`;
  return {
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    size: st.size,
    mtimeNs: st.mtimeNs,
    mode: st.mode,
    dir: readdirSync(join(path, '..'))
      .filter((f) => !/-(wal|shm)$/.test(f))
      .sort(),
    walBytes: existsSync(wal) ? statSync(wal).size : 0,
  };
}

function freshDir(name: string): string {
  const d = join(dir, name);
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d, { recursive: true });
  return d;
}

beforeAll(async () => {
  cli = await snapshotCli(NOW);
  dir = tempDir('migrate');
});

afterAll(() => {
  cli?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an older journal (schema v1)', () => {
  it('the fixture is a v1 journal exactly as MIGRATIONS[0] builds one', () => {
    const d = freshDir('fixture');
    const path = join(d, 'journal.db');
    buildV1(path);
    open(path, (db) => {
      expect(schemaOf(db)).toEqual(schemaAfter(1));
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    });
  });

  it('is backed up to journal.db.bak-v1, then migrated on open with its rows intact', async () => {
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
    const d = freshDir('v1');
    const path = join(d, 'journal.db');
    const reference = join(d, 'reference.db');
    buildV1(path);
    buildV1(reference);
    const v1Tables = tableNames(schemaAfter(1));
    let before: Record<string, Row[]> = {};
    open(reference, (db) => (before = rowsOf(db, v1Tables)));
    expect(before.sessions).toHaveLength(1);

    // A reading command reads an older journal as it is or says what to run; it never migrates.
    const read = await run(cli, ['--journal', path, 'today']);
    expect(read.exitCode).toBe(2);
    expect(read.stderr).toMatch(/older regimen/);
    expect(existsSync(`${path}.bak-v1`)).toBe(false);
    const migrating = await run(cli, ['--journal', path, ...MIGRATING]);
    expect(migrating.stderr).toBe('');
    expect(migrating.exitCode).toBe(0);
    const today = await run(cli, ['--journal', path, 'today']);
    expect(today.stderr).toBe('');
    expect(today.exitCode).toBe(0);
    expect(today.stdout).toMatch(/FOUNDATIONS/);

    // The backup: a v1 journal, with exactly the rows the journal had.
    const backup = `${path}.bak-v1`;
    expect(existsSync(backup)).toBe(true);
    open(backup, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(schemaOf(db)).toEqual(schemaAfter(1));
      expect(rowsOf(db, v1Tables)).toEqual(before);
    });

    // The journal: at the current version, the same schema a new journal gets, old rows intact.
    const newTables = tableNames(schemaAfter(SCHEMA_VERSION)).filter((t) => !v1Tables.includes(t));
    expect(newTables.length).toBeGreaterThan(0);
    open(path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(schemaOf(db)).toEqual(schemaAfter(SCHEMA_VERSION));
      for (const t of newTables) expect(tableNames(schemaOf(db))).toContain(t);
      const after = rowsOf(db, v1Tables);
      for (const t of v1Tables) {
        // Every old row is still there, unchanged (a command may add rows, e.g. a plan-version cache).
        const kept = t === 'audit' ? withoutHash(after[t]) : after[t];
        for (const row of before[t]!) expect(kept, `${t} keeps ${JSON.stringify(row).slice(0, 80)}`).toContainEqual(row);
      }
      expect(after.sessions).toEqual(before.sessions);
      expect(after.checkins).toEqual(before.checkins);
      expect(after.events).toEqual(before.events);
      // The audit events are the same, each now with its chained hash (SPEC §3 v1.1).
      expect(withoutHash(after.audit)).toEqual(before.audit);
      for (const row of after.audit!) expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    });

    // Once migrated, the journal is used as any other: reads, writes, the old session in history.
    const backupStat = statSync(backup, { bigint: true });
    const again = await run(cli, ['--journal', path, 'today']);
    expect(again.exitCode).toBe(0);
    const log = await run(cli, ['--journal', path, 'log', '--rpe', '4', '--note', 'after the migration']);
    expect(log.stderr).toBe('');
    expect(log.exitCode).toBe(0);
    const history = await run(cli, ['--journal', path, '--json', 'history', '--from', '2026-03-02', '--to', NOW]);
    expect(history.exitCode).toBe(0);
    expect(history.stdout).toContain('2026-03-09');
    expect(statSync(backup, { bigint: true }).mtimeNs).toBe(backupStat.mtimeNs);
    expect(readdirSync(d).filter((f) => f.includes('.bak-'))).toEqual(['journal.db.bak-v1']);
    open(path, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect((db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n).toBe(2);
    });
  });
});

describe('an older journal: the backup', () => {
  it('is mode 0600 like the journal (it holds the same health data)', async () => {
    const d = freshDir('v1-mode');
    const path = join(d, 'journal.db');
    buildV1(path);
    chmodSync(path, 0o600);
    const today = await run(cli, ['--journal', path, ...MIGRATING]);
    expect(today.exitCode).toBe(0);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect((statSync(`${path}.bak-v1`).mode & 0o777).toString(8), 'journal.db.bak-v1 mode').toBe('600');
  });

  it('survives kill -9 during the backup and migration: the journal is v1 or migrated, and a backup, once there, is whole', async () => {
    // A journal big enough that the backup (VACUUM INTO) takes a noticeable part of the
    // command's life: ~1,000 sessions with 40 KB notes (~45 MB).
    const d = freshDir('v1-kill');
    const big = join(d, 'big-v1.db');
    buildV1(big);
    const db = new Database(big);
    const insert = db.prepare(
      "INSERT INTO sessions (athlete_id, date, actual_type, actual_minutes, status, exercises, note, created_at) VALUES ('me', ?, 'aerobic', 20, 'completed', '[]', ?, '2026-03-01T00:00:00.000Z')",
    );
    const past = dates('2023-01-01', 1000);
    db.transaction(() => past.forEach((day, i) => insert.run(day, `${'walked by the river. '.repeat(1900)}#${i}`)))();
    db.close();
    const sessions = 1 + past.length;

    /** What a file holds, in a word: what the test expects, or why it is not that. */
    const describeFile = (file: string, version: number): string => {
      try {
        let out = '';
        open(file, (x) => {
          const integrity = x.pragma('integrity_check', { simple: true });
          const v = x.pragma('user_version', { simple: true });
          const n = (x.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;
          out = integrity === 'ok' && v === version && n === sessions ? 'whole' : `integrity ${String(integrity)}, user_version ${String(v)}, ${n} sessions`;
        });
        return out;
      } catch (e) {
        const hot = existsSync(`${file}-journal`) ? ', with a hot -journal beside it: an interrupted write' : '';
        return `unreadable (${(e as Error).message}${hot})`;
      }
    };

    // An uninterrupted migration, watched: how long the command takes, and when the
    // backup (or its temporary file) appears and stops growing — half the kills aim at that window.
    const probe = join(d, 'probe.db');
    copyFileSync(big, probe);
    let seen: number | undefined;
    let grown: number | undefined;
    let lastSize = -1;
    const t0 = performance.now();
    const watch = setInterval(() => {
      // The backup, or a temporary file it is written to first (probe.db.bak-v1*).
      let size = -1;
      for (const f of readdirSync(d)) {
        if (!f.startsWith('probe.db.bak-v1')) continue;
        try {
          size = Math.max(size, 0) + statSync(join(d, f)).size;
        } catch {
          // renamed or removed meanwhile
        }
      }
      if (size < 0) return;
      const t = performance.now() - t0;
      seen ??= t;
      if (size !== lastSize) (lastSize = size), (grown = t);
    }, 1);
    const first = await run(cli, ['--journal', probe, ...MIGRATING]);
    clearInterval(watch);
    expect(first.exitCode).toBe(0);
    const total = performance.now() - t0;
    const from = seen ?? total * 0.3;
    const to = Math.max(grown ?? total, from + 20);

    const ROUNDS = 10;
    const outcomes: string[] = [];
    const problems: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const path = join(d, `journal-${round}.db`);
      copyFileSync(big, path);
      const child = spawn(NODE, [cli.entry, '--journal', path, ...MIGRATING], { env: cli.env, stdio: 'ignore' });
      const exit = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      // Even rounds: inside the backup window; odd rounds: anywhere in the command's life.
      const half = Math.floor(round / 2);
      const slice = (half + Math.random()) / (ROUNDS / 2);
      const delay = Math.round(round % 2 === 0 ? from + (to - from) * slice : total * (0.2 + 0.9 * slice));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      const signal = await exit;
      const backup = `${path}.bak-v1`;
      const journalState = describeFile(path, 1) === 'whole' ? 'v1' : describeFile(path, SCHEMA_VERSION) === 'whole' ? 'migrated' : describeFile(path, 1);
      const backupState = existsSync(backup) ? describeFile(backup, 1) : 'none';
      outcomes.push(`${delay} ms${signal ? '' : ' (had finished)'}: journal ${journalState}, backup ${backupState}`);
      if (journalState !== 'v1' && journalState !== 'migrated') problems.push(`round ${round}: journal ${journalState}`);
      if (journalState === 'migrated' && backupState !== 'whole') problems.push(`round ${round}: migrated without a whole backup (${backupState})`);
      if (backupState !== 'none' && backupState !== 'whole') problems.push(`round ${round}: after the kill, the backup is ${backupState}`);
      // The next command finishes the job; the backup it leaves must be whole.
      const again = await run(cli, ['--journal', path, ...MIGRATING]);
      if (again.exitCode !== 0) problems.push(`round ${round}: the next command exited ${again.exitCode}: ${again.stderr.trim()}`);
      const finalBackup = existsSync(backup) ? describeFile(backup, 1) : 'none';
      if (finalBackup !== 'whole')
        problems.push(
          `round ${round}: after the next command, the backup is ${finalBackup} (the journal is ${describeFile(path, SCHEMA_VERSION) === 'whole' ? 'migrated' : 'not migrated'})`,
        );
      // Nothing else is left behind: a partial copy of health data lying around forever is a leak.
      const strays = readdirSync(d).filter((f) => f.startsWith(`journal-${round}.db`) && !/^journal-\d+\.db(-wal|-shm|\.bak-v1)?$/.test(f));
      if (strays.length) problems.push(`round ${round}: after the next command, stray files remain: ${strays.join(', ')}`);
      rmSync(path, { force: true });
      for (const f of readdirSync(d)) if (f.startsWith(`journal-${round}.db`)) rmSync(join(d, f), { force: true });
    }
    console.log(
      `kill during migration (uninterrupted: ${Math.round(total)} ms, backup written ${Math.round(from)}–${Math.round(to)} ms):\n  ${outcomes.join('\n  ')}`,
    );
    expect(problems).toEqual([]);
  });
});

describe('an older journal opened by several processes at once', () => {
  it('is migrated once: every process succeeds, and the backup is a whole v1 journal', async () => {
    // SPEC §3: several processes may use the journal at once; the first command after an
    // upgrade is often not alone (a reminder job, a phone shortcut and the person).
    const TRIALS = 6;
    const PROCESSES = 5;
    const problems: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const d = freshDir(`v1-concurrent-${trial}`);
      const path = join(d, 'journal.db');
      buildV1(path);
      const results = await Promise.all(Array.from({ length: PROCESSES }, () => run(cli, ['--journal', path, ...MIGRATING])));
      for (const r of results) if (r.exitCode !== 0) problems.push(`trial ${trial}: exit ${r.exitCode}: ${r.stderr.trim()}`);
      open(path, (db) => {
        expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      });
      open(`${path}.bak-v1`, (db) => {
        expect(db.pragma('user_version', { simple: true })).toBe(1);
        expect(schemaOf(db)).toEqual(schemaAfter(1));
      });
    }
    expect(problems).toEqual([]);
  });
});

describe('a journal newer than the program', () => {
  it('is refused (exit 3, one line naming the version) and not touched: same bytes, same mtime, no backup', async () => {
    const d = freshDir('v99');
    const path = join(d, 'journal.db');
    const init = await run(cli, ['--journal', path, 'init', '--plan', PLAN, '--start', '2026-03-02']);
    expect(init.exitCode).toBe(0);
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    const before = fingerprint(path);
    for (const args of [
      ['today'],
      ['log', '--rpe', '5'],
      ['checkin', '--fatigue', '2', '--pain', '0', '--anxiety', '1', '--low-mood', '1', '--qol', '8'],
      ['init'],
      ['athlete', 'list'],
    ]) {
      const r = await run(cli, ['--journal', path, ...args]);
      expect(r.exitCode, `${args[0]}: ${r.stderr}`).toBe(3);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines, `${args[0]}: one line`).toHaveLength(1);
      expect(lines[0]).toMatch(/\b99\b/);
      expect(lines[0]).not.toMatch(/\n\s+at /);
      expect(fingerprint(path), `${args[0]} left the file as it was`).toEqual(before);
    }
    expect(readdirSync(d).filter((f) => f.includes('.bak'))).toEqual([]);
  });
});

describe('a journal newer than the program, left with WAL contents (its writer was killed)', () => {
  it('is refused and not touched: the main file keeps its bytes and the WAL stays', async () => {
    const d = freshDir('v99-wal');
    const path = join(d, 'journal.db');
    const init = await run(cli, ['--journal', path, 'init', '--plan', PLAN, '--start', '2026-03-02']);
    expect(init.exitCode).toBe(0);
    // A newer program wrote to the journal and was killed before it checkpointed.
    const writer = await execa(
      NODE,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(process.argv[1]);
         db.pragma('user_version = 99');
         db.exec("INSERT INTO events (athlete_id, date, type, created_at) VALUES ('me', '2026-03-09', 'illness', 'x')");
         process.kill(process.pid, 'SIGKILL');`,
        path,
      ],
      { env: cli.env, reject: false, cwd: ROOT },
    );
    expect(writer.signal).toBe('SIGKILL');
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    const main = fingerprint(path);
    const wal = createHash('sha256')
      .update(readFileSync(`${path}-wal`))
      .digest('hex');
    const r = await run(cli, ['--journal', path, 'today']);
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(/\b99\b/);
    expect(fingerprint(path), 'journal.db: same bytes and mtime').toEqual(main);
    expect(existsSync(`${path}-wal`), 'journal.db-wal is still there').toBe(true);
    expect(
      createHash('sha256')
        .update(readFileSync(`${path}-wal`))
        .digest('hex'),
      'journal.db-wal: same bytes',
    ).toBe(wal);
  });
});

describe('a file that is not a regimen journal', () => {
  const commands = [['today'], ['log', '--rpe', '5'], ['init', '--plan', PLAN]];

  it('a text file: exit 3 "not a regimen journal", file untouched', async () => {
    const d = freshDir('text');
    const path = join(d, 'journal.db');
    writeFileSync(path, 'These are my training notes.\nMonday: walked 20 minutes.\nWednesday: rest.\n'.repeat(20));
    const before = fingerprint(path);
    for (const args of commands) {
      const r = await run(cli, ['--journal', path, ...args]);
      expect(r.exitCode, `${args[0]}: ${r.stderr}`).toBe(3);
      expect(r.stderr).toMatch(/not a regimen journal/);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(fingerprint(path)).toEqual(before);
    }
  });

  it('an SQLite database of another program (no regimen application_id, has tables): exit 3, untouched', async () => {
    const d = freshDir('foreign');
    const path = join(d, 'journal.db');
    const db = new Database(path);
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('buy milk');");
    db.close();
    const before = fingerprint(path);
    for (const args of commands) {
      const r = await run(cli, ['--journal', path, ...args]);
      expect(r.exitCode, `${args[0]}: ${r.stderr}`).toBe(3);
      expect(r.stderr).toMatch(/not a regimen journal/);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(fingerprint(path)).toEqual(before);
    }
    expect(readdirSync(d).filter((f) => f.includes('.bak'))).toEqual([]);
  });
});

describe('a journal that cannot be opened', () => {
  /** SPEC §4 exit 3: one `regimen:` line on stderr, nothing on stdout, no stack trace. */
  function expectExit3(r: { exitCode?: number; stdout: unknown; stderr: unknown }, what: string): void {
    const stderr = String(r.stderr);
    expect(r.exitCode, `${what}: ${stderr}`).toBe(3);
    expect(String(r.stdout), what).toBe('');
    const lines = stderr.trimEnd().split('\n'); // execa strips the final newline
    expect(lines, `${what}: one line`).toHaveLength(1);
    expect(lines[0], what).toMatch(/^regimen: \S/);
    expect(stderr, what).not.toMatch(/\n\s+at |internal error|Error:/);
  }

  it('a directory given as the journal: exit 3, nothing created in it or beside it', async () => {
    const d = freshDir('a-directory');
    const path = join(d, 'journal.db');
    mkdirSync(path);
    for (const args of [['today'], ['today', '--json'], ['init', '--plan', PLAN], ['log', '--rpe', '5']]) {
      const r = await run(cli, ['--journal', path, ...args]);
      expectExit3(r, `--journal <a directory> ${args.join(' ')}`);
      expect(readdirSync(path), `${args[0]}: nothing inside the directory`).toEqual([]);
      expect(readdirSync(d), `${args[0]}: nothing beside it`).toEqual(['journal.db']);
    }
  });

  it('a journal path under a regular file (its "directory" is a file): init exits 3, the file is untouched, nothing created', async () => {
    const d = freshDir('under-a-file');
    const file = join(d, 'notes.txt');
    writeFileSync(file, 'Monday: walked 20 minutes.\n');
    const before = fingerprint(file);
    for (const args of [
      ['init', '--plan', PLAN],
      ['init', '--plan', PLAN, '--json'],
      ['athlete', 'add', 'sam', '--plan', PLAN],
    ]) {
      const r = await run(cli, ['--journal', join(file, 'x.db'), ...args]);
      expectExit3(r, `--journal <a file>/x.db ${args.join(' ')}`);
      expect(fingerprint(file), `${args[0]}: the file is untouched`).toEqual(before);
      expect(readdirSync(d), `${args[0]}: nothing created`).toEqual(['notes.txt']);
    }
  });
});

describe('the audit trail', () => {
  it('can only be appended to: UPDATE and DELETE are rejected by the journal itself', async () => {
    const d = freshDir('audit');
    const path = join(d, 'journal.db');
    const init = await run(cli, ['--journal', path, 'init', '--plan', PLAN, '--start', '2026-03-02']);
    expect(init.exitCode).toBe(0);
    const db = new Database(path);
    try {
      const rows = db.prepare('SELECT * FROM audit ORDER BY id').all();
      expect(rows.length).toBeGreaterThan(0);
      expect(() => db.prepare("UPDATE audit SET actor = 'someone else'").run()).toThrow(/append-only/);
      expect(() => db.prepare('UPDATE audit SET details = ? WHERE id = 1').run('{}')).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit WHERE id = 1').run()).toThrow(/append-only/);
      expect(db.prepare('SELECT * FROM audit ORDER BY id').all()).toEqual(rows);
      // REPLACE deletes the old row without running DELETE triggers: refused too (SPEC §3 v1.1).
      expect(() =>
        db.prepare("REPLACE INTO audit (id, at, athlete_id, action, actor, details, hash) VALUES (1, 'x', 'me', 'forged', 'x', '{}', 'h')").run(),
      ).toThrow(/append-only/);
      expect(db.prepare('SELECT * FROM audit ORDER BY id').all()).toEqual(rows);
      // Appending still works (an event needs its hash; `audit --verify` checks it is the right one).
      db.prepare(
        "INSERT INTO audit (at, athlete_id, action, actor, details, hash) VALUES ('2026-03-10T00:00:00Z', 'me', 'test.appended', 'test', '{}', 'x')",
      ).run();
      expect(db.prepare('SELECT count(*) AS n FROM audit').get()).toEqual({ n: rows.length + 1 });
    } finally {
      db.close();
    }
  });
});
