// Writing to stdout and stderr with fs.writeSync: touching process.stdout would load
// node:net and node:stream at startup when output is a pipe. Writes are synchronous,
// so nothing is lost when the process exits right after.
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

export function writeFd(fd: 1 | 2, text: string): void {
  const bytes = Buffer.from(text);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking pipe is full: try again
      if (code === 'EPIPE') return; // the reader went away (e.g. `| head`): stop quietly
      throw e;
    }
  }
}

/** Whether a file descriptor is a terminal; node:tty (which loads node:net) only when asked. */
export function isTerminal(fd: 0 | 1 | 2): boolean {
  return (requireHere('node:tty') as typeof import('node:tty')).isatty(fd);
}
