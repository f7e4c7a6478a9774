// Opening the journal: create it (mode 0600) or check it is a regimen journal,
// refuse a newer schema untouched, back up and migrate an older one.
import type BetterSqlite3 from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { JournalError, UsageError } from '../../errors.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './migrations.js';

// Loaded with require: an ESM import of this CommonJS addon costs a lexer pass at startup.
const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;

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

function migrate(db: Db, path: string, from: number): void {
  if (from > 0) {
    const backup = `${path}.bak-v${from}`;
    // VACUUM INTO writes a consistent copy, WAL contents included.
    if (!existsSync(backup)) db.prepare('VACUUM INTO ?').run(backup);
  }
  db.transaction(() => {
    for (let v = from; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
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
    db = new Database(path, { timeout: options.timeout ?? 10_000 });
    // Identify the file before writing anything to it: a newer or foreign file stays untouched.
    const version = db.pragma('user_version', { simple: true }) as number;
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new JournalError(`the journal ${path} has schema version ${version}, newer than this regimen understands (${SCHEMA_VERSION})`, 'upgrade regimen; the journal was not touched');
    }
    if (appId !== APPLICATION_ID && (version > 0 || hasTables(db))) throw new JournalError(`${path} is not a regimen journal`, 'pass the right file with --journal');
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
