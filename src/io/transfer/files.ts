// Where export and import touch the journal and the file system, in one place: the
// journal opened for reading or for writing, and the private, atomic output file.
import type { Context } from '../../context.js';
import { JournalError } from '../../errors.js';
import type { Db } from '../journal/open.js';
import { writePrivateFile } from '../private-file.js';
import { withJournal } from '../with-journal.js';

/** Export reads: the journal must exist, and it is opened read-only (SPEC §3 v1.1: reading never writes). */
export function withReadingJournal<T>(ctx: Context, fn: (db: Db) => T | Promise<T>): Promise<T> {
  return withJournal(ctx, { readOnly: true }, (db) => fn(db));
}

/** Import writes; `create`: a journal may be started by the import (a regimen export brings its athletes). */
export function withWritingJournal<T>(ctx: Context, create: boolean, fn: (db: Db) => T | Promise<T>): Promise<T> {
  return withJournal(ctx, { create }, (db) => fn(db));
}

/**
 * Write `content` to `path` with mode 0600 whatever the umask (it holds health data),
 * atomically: a temporary file in the same folder, flushed, then renamed over the
 * target, so a reader never sees half a file and a failure leaves the old one.
 */
export function writePrivateFileAtomic(path: string, content: string | Uint8Array): void {
  try {
    writePrivateFile(path, content);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EROFS' || code === 'EPERM' ? 'the folder is read-only' : code === 'ENOENT' ? 'the folder does not exist' : (e as Error).message;
    throw new JournalError(`cannot write ${path}: ${why}; nothing was written`);
  }
}
