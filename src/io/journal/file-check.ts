// What is at the journal path, decided before anything opens it (SPEC §3 v1.1): a
// regular file or nothing. A directory, device, FIFO or socket is refused, so
// `--journal /dev/null` writes nothing anywhere (SQLite would put `/dev/null-journal` beside it).
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { JournalError } from '../../errors.js';
import { notRegularKind as kindOf } from '../regular-file.js';

/** The journal file's size, or null when nothing is there; anything but a regular file is refused. */
export function checkJournalPath(path: string): number | null {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new JournalError(
      `cannot look at the journal ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      'check the path and its permissions',
    );
  }
  const kind = kindOf(st);
  if (kind) throw new JournalError(`${path} is ${kind}, not a journal file; nothing was opened`, 'pass the path of a journal file with --journal');
  // SQLite opens these beside the journal: they must not be something else either.
  for (const side of ['-wal', '-shm', '-journal']) {
    let sst: Stats | undefined;
    try {
      sst = statSync(path + side);
    } catch {
      continue;
    }
    const sideKind = kindOf(sst);
    if (sideKind) throw new JournalError(`${path}${side} is ${sideKind}; the journal cannot be used safely`, 'remove it if it does not belong there');
  }
  return st.size;
}

export interface SqliteHeader {
  userVersion: number;
  applicationId: number;
  pageSize: number;
  /** Pages the header says the file holds (0 when it does not say, or says it from an older writer). */
  pageCount: number;
  /** The file's size, taken on the same descriptor just after the header was read. */
  fileSize: number;
}

/** The first 100 bytes of an SQLite file, decoded; null when the file is not one. */
export function readHeader(path: string): SqliteHeader | null {
  const header = Buffer.alloc(100);
  let fd: number | undefined;
  let fileSize: number;
  try {
    fd = openSync(path, 'r');
    if (readSync(fd, header, 0, 100, 0) < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return null;
    fileSize = fstatSync(fd).size;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const raw = header.readUInt16BE(16);
  // The in-header page count is only valid when "version-valid-for" matches the change counter.
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  return {
    userVersion: header.readUInt32BE(60),
    applicationId: header.readUInt32BE(68),
    pageSize: raw === 1 ? 65536 : raw,
    pageCount: countValid ? header.readUInt32BE(28) : 0,
    fileSize,
  };
}

/** True when the file starts like an SQLite database (so a failure to read it means damage, not a foreign file). */
export function looksLikeSqlite(path: string): boolean {
  const head = Buffer.alloc(16);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return readSync(fd, head, 0, 16, 0) >= 15 && head.toString('latin1', 0, 15) === 'SQLite format 3';
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
