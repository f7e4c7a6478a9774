// Where export and import touch the journal and the file system, in one place: the
// journal opened for reading or for writing, and the private, atomic output file.
import type { Context } from '../../context.js';
import { statSync, type Stats } from 'node:fs';
import { JournalError, UsageError } from '../../errors.js';
import type { Db } from '../journal/open.js';
import { writePrivateFile } from '../private-file.js';
import { withJournal } from '../with-journal.js';
import { notRegularKind } from '../regular-file.js';

/** Export reads: the journal must exist, and it is opened read-only (SPEC §3 v1.1: reading never writes). */
export function withReadingJournal<T>(ctx: Context, fn: (db: Db) => T | Promise<T>): Promise<T> {
  return withJournal(ctx, { readOnly: true }, (db) => fn(db));
}

/** Import writes; `create`: a journal may be started by the import (a regimen export brings its athletes). */
export function withWritingJournal<T>(ctx: Context, create: boolean, fn: (db: Db) => T | Promise<T>): Promise<T> {
  return withJournal(ctx, { create }, (db) => fn(db));
}

/** What is at `path` (links followed) when it is there and is not a regular file, else null. */
function notAFile(path: string): string | null {
  let st: Stats;
  try {
    st = statSync(path);
  } catch {
    return null; // nothing there (or unreadable): the write says what is wrong
  }
  return notRegularKind(st);
}

/**
 * Write `content` to `path` with mode 0600 whatever the umask (it holds health data),
 * atomically: a temporary file in the same folder, flushed, then renamed over the
 * target, so a reader never sees half a file and a failure leaves the old one.
 */
export function writePrivateFileAtomic(path: string, content: string | Uint8Array): void {
  // The rename would replace whatever is at the path: a folder fails with a raw EISDIR,
  // and a FIFO, a device or /dev/stdout (run as root, /dev/null itself) would be swapped
  // for a regular file. Only a regular file, or nothing, may be there.
  const kind = notAFile(path);
  if (kind) throw new UsageError(`--out ${path} is ${kind}, not a file; nothing was written`, 'give the name of a file to write, e.g. --out export.json');
  try {
    writePrivateFile(path, content);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'EACCES' || code === 'EROFS' || code === 'EPERM'
          ? 'the folder is read-only'
          : code === 'ENOENT'
            ? 'the folder does not exist'
            : (e as Error).message;
    throw new JournalError(`cannot write ${path}: ${why}; nothing was written`);
  }
}
