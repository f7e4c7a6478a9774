// Files holding personal data (SPEC §4 detect --out, export --out) are written with
// mode 0600 whatever the umask, atomically: a private temporary file in the same folder,
// flushed, then moved into place — a reader never sees half a file, and a process killed
// half-way leaves at most a temporary file that no one else can read.
import { closeSync, fchmodSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface PrivateWriteOptions {
  /** Refuse (EEXIST) rather than replace a file already at `path`. */
  exclusive?: boolean;
}

/** Write `text` to `path` with mode 0600. Errors are the file system's (ENOENT, EEXIST, EISDIR, …) for the caller to word. */
export function writePrivateFile(path: string, text: string | Uint8Array, options: PrivateWriteOptions = {}): void {
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    try {
      // open's mode is filtered by the umask; this is not.
      fchmodSync(fd, 0o600);
      const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // link() never replaces an existing file; rename() does, atomically.
    if (options.exclusive) linkSync(tmp, path);
    else renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
