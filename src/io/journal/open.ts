// Opening the journal: create it (mode 0600) or check it is a regimen journal,
// refuse a newer schema untouched, back up and migrate an older one.
import type BetterSqlite3 from 'better-sqlite3';
import { closeSync, existsSync, fstatSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { JournalError, UsageError } from '../../errors.js';
import { inWords, journalFailure, refuseUnwritable } from './failures.js';
import { checkJournalPath, looksLikeSqlite, readHeader, type SqliteHeader } from './file-check.js';
import { APPLICATION_ID, MIGRATIONS, readableAsIs, runMigration, SCHEMA_VERSION } from './migrations.js';

// Loaded with require (an ESM import of this CommonJS addon costs a lexer pass at
// startup), and only when a journal is opened: `check`, `schema` and `--help` never need it.
const requireHere = createRequire(import.meta.url);
let betterSqlite3: typeof BetterSqlite3 | undefined;
const loadBetterSqlite3 = (): typeof BetterSqlite3 => (betterSqlite3 ??= requireHere('better-sqlite3') as typeof BetterSqlite3);

/** The compiled addon, found once here rather than by the `bindings` package's search on every start. */
function nativeBinding(): string | undefined {
  try {
    return requireHere.resolve('better-sqlite3/build/Release/better_sqlite3.node');
  } catch {
    return undefined;
  }
}

function connect(path: string | Buffer, options: BetterSqlite3.Options = {}): Db {
  const binding = nativeBinding();
  const Database = loadBetterSqlite3();
  return new Database(path, binding ? { ...options, nativeBinding: binding } : options);
}

import { type Db, stmt } from './statements.js';

export { type Db, stmt };

export interface OpenOptions {
  /** Create the journal where no file exists or the file is empty (commands that record something). */
  create?: boolean;
  /**
   * Open it read-only (SPEC §3 v1.1 "reading never writes"): never create, initialise,
   * migrate or otherwise change a file — nor leave -wal/-shm files beside it.
   */
  readOnly?: boolean;
  /** Busy timeout in ms; SPEC §3 asks for at least 5 s. */
  timeout?: number;
}

function hasTables(db: Db): boolean {
  return (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0;
}

function createFile(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // 0600: the journal holds health data. SQLite gives its -wal and -shm files the same mode.
    closeSync(openSync(path, 'wx', 0o600));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw new JournalError(`cannot create the journal ${path}: ${(e as Error).message}`);
  }
}

/**
 * Back up an older journal before migrating it: a consistent copy (VACUUM INTO) written
 * to a private temporary file with mode 0600, then linked into place, which never
 * replaces a backup already there — so a killed process or a second process migrating
 * at the same time can never leave a partial or already-migrated backup.
 */
function backupBeforeMigration(db: Db, path: string, from: number): void {
  const backup = `${path}.bak-v${from}`;
  removeStaleTemps(backup);
  if (existsSync(backup)) return;
  const tmp = `${backup}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  closeSync(openSync(tmp, 'wx', 0o600));
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    fsyncFile(tmp);
    linkSync(tmp, backup);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    rmSync(tmp, { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary copies left by a process that was killed mid-backup hold health data too: remove them. */
function removeStaleTemps(backup: string): void {
  const dir = dirname(backup);
  const prefix = `${basename(backup)}.tmp-`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) rmSync(join(dir, name), { force: true });
  }
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function migrate(db: Db, path: string, from: number): void {
  if (from > 0) backupBeforeMigration(db, path, from);
  db.transaction(() => {
    // Another process may have migrated since this one looked: re-read inside the lock.
    const current = db.pragma('user_version', { simple: true }) as number;
    // An empty file filled by something else in the meantime is not ours to initialise.
    if (current === 0 && hasTables(db)) throw new JournalError(`${path} is not a regimen journal`, 'pass the right file with --journal');
    for (let v = current; v < SCHEMA_VERSION; v++) runMigration(db, MIGRATIONS[v]!);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

interface Identity {
  version: number;
  appId: number;
  tables: boolean;
}

/** A write-ahead log with content: the main file's header may be older than what the log holds. */
function walPending(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * What the file is, from its header when no write-ahead log is pending; through a
 * read-only connection otherwise (one that never writes or checkpoints, and uses the
 * -wal/-shm files already there).
 */
function identify(path: string): Identity {
  if (!walPending(path)) {
    const h = readHeader(path);
    if (!h) {
      if (looksLikeSqlite(path)) throw damaged(path);
      throw new JournalError(`${path} is not a regimen journal`, 'pass the right file with --journal');
    }
    // Cut short: the header promises more pages than the file holds. A writer checkpointing
    // at this moment can show that briefly (page 1 written before the file grows): look again.
    if (cutShort(h) && stillCutShort(path)) throw damaged(path);
    // No log pending: the header is the whole truth (and opening a connection to look
    // could leave -wal/-shm files beside a file that is not ours).
    return { version: h.userVersion, appId: h.applicationId, tables: h.pageCount > 1 };
  }
  const ro = connect(path, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    return {
      version: ro.pragma('user_version', { simple: true }) as number,
      appId: ro.pragma('application_id', { simple: true }) as number,
      tables: hasTables(ro),
    };
  } finally {
    ro.close();
  }
}

const cutShort = (h: SqliteHeader | null) => h !== null && h.pageCount > 0 && h.fileSize < h.pageCount * h.pageSize;

/** Cut short on three more looks, 50 ms apart: damage, not a checkpoint in progress. */
function stillCutShort(path: string): boolean {
  for (let look = 0; look < 3; look++) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    if (!cutShort(readHeader(path))) return false;
  }
  return true;
}

function damaged(path: string): JournalError {
  return journalFailure({ code: 'SQLITE_CORRUPT' }, path)!;
}

function refuseUnlessOurs(path: string, id: Identity): void {
  if (id.version > SCHEMA_VERSION) {
    throw new JournalError(
      `the journal ${path} has schema version ${id.version}, newer than this regimen understands (${SCHEMA_VERSION})`,
      'upgrade regimen; the journal was not touched',
    );
  }
  if (id.appId !== APPLICATION_ID) throw new JournalError(`${path} is not a regimen journal`, 'pass the right file with --journal');
}

/**
 * A read-only view of a journal at rest (no -wal file: every committed page is in the
 * main file). SQLite itself would create -wal and -shm files beside a WAL journal even
 * for a read-only connection and leave them there, so the file is read into memory
 * instead; a copy taken while a writer checkpointed (size or mtime moved, or a -wal
 * appeared) is read again.
 */
function snapshot(path: string): Db | null {
  for (let attempt = 0; attempt < 5; attempt++) {
    const fd = openSync(path, 'r');
    try {
      const before = fstatSync(fd);
      const bytes = Buffer.allocUnsafe(before.size);
      let read = 0;
      while (read < bytes.length) {
        const n = readSync(fd, bytes, read, bytes.length - read, read);
        if (n === 0) break;
        read += n;
      }
      const after = fstatSync(fd);
      if (read !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs || existsSync(`${path}-wal`)) continue;
      // Bytes 18–19 say "WAL" (2); an in-memory copy has no log, so it is read as a plain database (1).
      if (bytes.length >= 20) bytes[18] = bytes[19] = 1;
      return connect(bytes, { readonly: true });
    } finally {
      closeSync(fd);
    }
  }
  return null;
}

function openReadOnly(path: string): Db {
  const id = identify(path);
  refuseUnlessOurs(path, id);
  if (!readableAsIs(id.version)) {
    throw new UsageError(
      `the journal ${path} is from an older regimen (schema ${id.version}, now ${SCHEMA_VERSION})`,
      'run a command that records something (e.g. `regimen checkin`) to update it; a backup is kept',
    );
  }
  // A writer is active or left a log: its -wal and -shm are there to read through.
  const hot = existsSync(`${path}-wal`) || existsSync(`${path}-journal`);
  const db = (!hot && snapshot(path)) || connect(path, { readonly: true, fileMustExist: true, timeout: 10_000 });
  db.pragma('query_only = ON');
  return db;
}

function openForWriting(path: string, size: number | null, options: OpenOptions): Db {
  // A file or folder that cannot be written is said so before SQLite opens it (and leaves -wal/-shm files).
  if (size !== null) refuseUnwritable(path);
  if (size === null) createFile(path);
  const fresh = !size;
  const id = fresh ? { version: 0, appId: 0, tables: false } : identify(path);
  if (!fresh) refuseUnlessOurs(path, id);
  const db = connect(path, { timeout: options.timeout ?? 10_000 });
  try {
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // A new journal is built in one rollback-journal transaction before WAL is switched on
    // (switching first writes a header without the regimen marker): killed half-way, it is
    // an empty file again, never a marker-less database the next command would refuse.
    if (fresh) migrate(db, path, 0);
    db.pragma('journal_mode = WAL');
    if (!fresh && id.version < SCHEMA_VERSION) migrate(db, path, id.version);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export function openJournal(path: string, options: OpenOptions): Db {
  const size = checkJournalPath(path);
  const writes = !options.readOnly;
  if (!size && !(writes && options.create)) {
    throw new UsageError(`no journal yet at ${path}`, 'run `regimen init` to start one (or pass --journal PATH)');
  }
  try {
    return writes ? openForWriting(path, size, options) : openReadOnly(path);
  } catch (e) {
    inWords(e, path);
  }
}

/** Run `fn` as one write transaction (BEGIN IMMEDIATE, so concurrent writers queue, not fail). */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (e) {
    inWords(e, db.name);
  }
}
