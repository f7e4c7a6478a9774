// Writing to stdout and stderr with fs.writeSync: touching process.stdout would load
// node:net and node:stream at startup when output is a pipe. Writes are synchronous,
// so nothing is lost when the process exits right after.
//
// Safe output (SPEC §4): writeFd is the one way regimen writes, and it escapes every
// control character in what it is given (core/safe-text.ts), so no code path can put
// data's ESC, BEL or CSI on a terminal. The colour theme's own escapes survive because
// the theme never writes ESC: it writes styleEscape(), a marker made of random private-use
// characters chosen when the process starts, which is turned into ESC only after the
// escaping. Data cannot contain the marker (it cannot know it), so data can never
// become an escape sequence; the theme's markers contain no control character, so the
// escaping leaves them alone.
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { escapeControls, escapeControlsInFileFormat, styleMarksToEscapes, withoutStyleMarks } from '../core/safe-text.js';

const requireHere = createRequire(import.meta.url);

let marker: string | undefined;

/**
 * The theme's stand-in for ESC: eight private-use characters (U+E000–U+EFFF), random per
 * process, made on first use (only runs with colour pay for node:crypto).
 */
export function styleEscape(): string {
  if (marker === undefined) {
    const { randomBytes } = requireHere('node:crypto') as typeof import('node:crypto');
    const bytes = randomBytes(16);
    marker = String.fromCharCode(...Array.from({ length: 8 }, (_, i) => 0xe000 + (bytes.readUInt16LE(i * 2) & 0xfff)));
  }
  return marker;
}

/**
 * The text as it may reach a terminal: data's control characters escaped, the theme's
 * escapes made real. `fileFormat` keeps a file format's tabs and CRLF line ends.
 */
export function terminalText(text: string, fileFormat = false): string {
  return styleMarksToEscapes(fileFormat ? escapeControlsInFileFormat(text) : escapeControls(text), marker);
}

/** The text without the theme's styles, for measuring how wide it shows. */
export function withoutStyles(text: string): string {
  return withoutStyleMarks(text, marker);
}

/** Writes all of the text, escaped (see terminalText); `fileFormat` for CSV, iCalendar and scripts. */
export function writeFd(fd: 1 | 2, text: string, fileFormat = false): void {
  const bytes = Buffer.from(terminalText(text, fileFormat));
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
