// Opening the journal: create it (mode 0600) or check it is a regimen journal,
// refuse a newer schema untouched, back up and migrate an older one.
import type BetterSqlite3 from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { JournalError, UsageError } from '../../errors.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './migrations.js';

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

function connect(path: string, options: BetterSqlite3.Options = {}): Db {
  const binding = nativeBinding();
  const Database = loadBetterSqlite3();
  return new Database(path, binding ? { ...options, nativeBinding: binding } : options);
}

export type Db = BetterSqlite3.Database;

export interface OpenOptions {
  /** Create the journal if it does not exist (only commands that record something). */
  create: boolean;
  /** Busy timeout in ms; SPEC §3 asks for at least 5 s. */
  timeout?: number;
}

function sqliteMessage(e: unknown): string {
  const err = e as { code?: string; message?: string };
  return `${err.code ? `${err.code}: ` : ''}${err.message ?? String(e)}`;
}

const statements = new WeakMap<Db, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement, cached per connection: `review --all` runs the same queries for every athlete. */
export function stmt(db: Db, sql: string): BetterSqlite3.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
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
    for (let v = current; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

/**
 * The common case, cheaply: the file's own header says it is a current regimen journal
 * and no write-ahead log is pending (which could hold a newer header). Anything else
 * goes through `inspect`.
 */
function currentFromHeader(path: string): { version: number; appId: number; tables: boolean } | null {
  const header = Buffer.alloc(100);
  let fd: number | undefined;
  try {
    if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) return null;
    fd = openSync(path, 'r');
    if (readSync(fd, header, 0, 100, 0) < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const version = header.readUInt32BE(60);
  const appId = header.readUInt32BE(68);
  return version === SCHEMA_VERSION && appId === APPLICATION_ID ? { version, appId, tables: true } : null;
}

/** Read the version and marker through a read-only connection, which can never write or checkpoint. */
function inspect(path: string): { version: number; appId: number; tables: boolean } {
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

export function openJournal(path: string, options: OpenOptions): Db {
  const exists = existsSync(path);
  if (!exists && !options.create) {
    throw new UsageError(`no journal yet at ${path}`, 'run `regimen init` to start one (or pass --journal PATH)');
  }
  if (exists && statSync(path).isDirectory()) throw new JournalError(`${path} is a directory, not a journal file`);
  if (!exists) createFile(path);
  let db: Db | undefined;
  try {
    // Identify the file before opening it for writing: a newer or foreign file stays untouched
    // (a read-write connection would checkpoint its WAL on close).
    const { version, appId, tables } = !exists ? { version: 0, appId: 0, tables: false } : (currentFromHeader(path) ?? inspect(path));
    if (version > SCHEMA_VERSION) {
      throw new JournalError(`the journal ${path} has schema version ${version}, newer than this regimen understands (${SCHEMA_VERSION})`, 'upgrade regimen; the journal was not touched');
    }
    if (appId !== APPLICATION_ID && (version > 0 || tables)) throw new JournalError(`${path} is not a regimen journal`, 'pass the right file with --journal');
    db = connect(path, { timeout: options.timeout ?? 10_000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (version < SCHEMA_VERSION) migrate(db, path, version);
    return db;
  } catch (e) {
    db?.close();
    if (e instanceof JournalError || e instanceof UsageError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_BUSY') throw new JournalError(`the journal ${path} stayed locked by another process`, 'try again in a moment');
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new JournalError(`${path} is not a regimen journal (not an SQLite database)`, 'pass the right file with --journal');
    if (code === 'SQLITE_FULL') throw new JournalError(`the disk is full; nothing was written to ${path}`);
    throw new JournalError(`cannot open the journal ${path}: ${sqliteMessage(e)}`);
  }
}

/** Run `fn` as one write transaction (BEGIN IMMEDIATE, so concurrent writers queue, not fail). */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_BUSY') throw new JournalError('the journal stayed locked by another process; nothing was written', 'try again in a moment');
    if (code === 'SQLITE_FULL') throw new JournalError('the disk is full; nothing was written');
    throw e;
  }
}
