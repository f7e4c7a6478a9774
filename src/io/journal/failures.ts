// Journal failures in words a person understands, with the path (SPEC §3 v1.1): the
// disk is full, the file or its folder is read-only, the file is damaged, the lock was
// held too long — never a bare SQLite code or a stack trace.
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { JournalError, UsageError } from '../../errors.js';
import { looksLikeSqlite } from './file-check.js';

/** False only when the path is there and cannot be written (a missing path is not read-only). */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

function readOnlyError(path: string): JournalError {
  const which = !writable(dirname(path)) ? 'its folder is read-only' : 'the file is read-only';
  return new JournalError(
    `cannot write to the journal ${path}: ${which}; nothing was written`,
    'make the file and its folder writable, or pass another journal with --journal',
  );
}

/** A writing command on a journal that cannot be written: refused in words before anything opens it. */
export function refuseUnwritable(path: string): void {
  if (!writable(path) || !writable(dirname(path))) throw readOnlyError(path);
}

/** The plain-words error for a SQLite failure on the journal at `path`, or undefined when it is not one. */
export function journalFailure(e: unknown, path: string): JournalError | undefined {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new JournalError(`the journal ${path} stayed locked by another process; nothing was written`, 'try again in a moment');
  }
  // SHMSIZE: SQLite could not grow the shared-memory file, which on Linux means no space left.
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_SHMSIZE') {
    return new JournalError(`the disk holding ${path} is full; nothing was written`, 'free some space and try again');
  }
  // A reading command found a write that was cut off (a crash): only a writer may finish it.
  if (code === 'SQLITE_READONLY_ROLLBACK' || code === 'SQLITE_READONLY_RECOVERY' || code === 'SQLITE_READONLY_CANTINIT') {
    return new JournalError(
      `the journal ${path} has a write that was interrupted (a crash), which only a command that records something can finish`,
      'the next such command finishes it first; nothing was changed',
    );
  }
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'SQLITE_PERM' ||
    code === 'SQLITE_AUTH' ||
    (code.startsWith('SQLITE_CANTOPEN') && !(writable(path) && writable(dirname(path))))
  ) {
    return readOnlyError(path);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return looksLikeSqlite(path)
      ? new JournalError(
          `the journal ${path} is damaged (cut short or overwritten)`,
          `restore it from a backup (${path}.bak-v* if there is one); it was not changed`,
        )
      : new JournalError(`${path} is not a regimen journal`, 'pass the right file with --journal');
  }
  if (code.startsWith('SQLITE_CANTOPEN'))
    return new JournalError(`cannot open the journal ${path}`, 'check that the path is right and that the file and its folder can be read');
  if (code.startsWith('SQLITE_IOERR'))
    return new JournalError(`the disk or file system failed while using the journal ${path}; nothing was written`, 'check the disk, then try again');
  if (code === 'SQLITE_NOMEM') return new JournalError(`out of memory while using the journal ${path}`);
  return undefined;
}

/** Rethrow `e` as a plain-words journal error when it is a SQLite failure. */
export function inWords(e: unknown, path: string): never {
  if (e instanceof JournalError || e instanceof UsageError) throw e;
  throw journalFailure(e, path) ?? e;
}
