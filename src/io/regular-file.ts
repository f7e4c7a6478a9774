// Opening a file that must be a regular file (a plan), without ever blocking: a FIFO
// opened for reading waits for a writer, and a device never ends (SPEC §8: "A FIFO,
// device or directory given as a plan is refused at once, never read"). The file is
// opened with O_NONBLOCK (which returns at once even for a FIFO) and refused by fstat
// on the open descriptor, so there is no window between a check and the open.
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';

/** Thrown for a path that is not a regular file; the message says what it is. */
export class NotRegularFileError extends Error {
  constructor(readonly kind: string) {
    super(`it is ${kind}, not a file`);
  }
}

/** What a path is when it is not a regular file ("a directory", "a FIFO (named pipe)", …), else null. */
export function notRegularKind(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** An open descriptor of a regular file and its stat; the caller closes it. */
export function openRegularFile(path: string): { fd: number; stat: Stats } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    const kind = notRegularKind(stat);
    if (kind) throw new NotRegularFileError(kind);
    return { fd, stat };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** The whole of a regular file (readFileSync on the descriptor), or NotRegularFileError. */
export function readRegularFile(path: string): Buffer {
  const { fd } = openRegularFile(path);
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
