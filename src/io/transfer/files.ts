// Where export and import touch the journal and the file system, in one place: the
// journal opened for reading or for writing, and the private, atomic output file.
// (Integration note: when the journal module gains a read-only open mode and a
// `writePrivateFile` helper, these three functions are what switches to them.)
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Context } from '../../context.js';
import { JournalError } from '../../errors.js';
import type { Db } from '../journal/open.js';
import { withJournal } from '../with-journal.js';

/** Export reads: the journal must exist, and nothing is created. */
export function withReadingJournal<T>(ctx: Context, fn: (db: Db) => T | Promise<T>): Promise<T> {
  return withJournal(ctx, { create: false }, (db) => fn(db));
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
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    chmodSync(tmp, 0o600); // openSync's mode is filtered by the umask; chmod is not
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EROFS' || code === 'EPERM' ? 'the folder is read-only' : code === 'ENOENT' ? 'the folder does not exist' : (e as Error).message;
    throw new JournalError(`cannot write ${path}: ${why}; nothing was written`);
  }
}
