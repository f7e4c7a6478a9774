// Safe output (SPEC §4 v1.1): text from data (names, notes, exercises, plan text,
// $REGIMEN_ACTOR) must never reach a terminal as a control character, or a shared plan
// or a journal could move the cursor, clear the screen or set the terminal title. Pure
// string functions; io/output.ts applies them to every byte regimen writes.

/** C0 controls but the newline, DEL, and the C1 controls (U+0080–U+009F: 0x9b is a one-byte CSI). */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

const hex = (c: string): string => c.charCodeAt(0).toString(16).padStart(2, '0');

/** Whether the text holds a control character other than a newline. */
export function hasControls(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}

/** Every control character but the newline shown as `\xHH` (ESC becomes `\x1b`, a tab `\x09`). */
export function escapeControls(text: string): string {
  return hasControls(text) ? text.replace(CONTROL, (c) => `\\x${hex(c)}`) : text;
}

/**
 * The theme writes a marker in place of ESC (io/output.ts makes it, random per process).
 * Given that marker: the text as a terminal gets it, the markers made ESC again.
 */
export function styleMarksToEscapes(text: string, marker: string | undefined): string {
  return marker !== undefined && text.includes(marker) ? text.split(marker).join('\x1b') : text;
}

/** Given the theme's marker: the text without its styles, for measuring how wide it shows. */
export function withoutStyleMarks(text: string, marker: string | undefined): string {
  if (marker === undefined || !text.includes(marker)) return text;
  return text
    .split(marker)
    .map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*m/, '')))
    .join('');
}

/** C0 controls but tab, newline and a CR that ends a line; DEL; the C1 controls. */
const CONTROL_IN_FILE_FORMAT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/**
 * For file formats written to stdout (CSV, iCalendar, a completion script): their own
 * layout characters (tab, CRLF line ends) stay as they are, every other control
 * character is shown as `\xHH` as in escapeControls.
 */
export function escapeControlsInFileFormat(text: string): string {
  return text.replace(CONTROL_IN_FILE_FORMAT, (c) => `\\x${hex(c)}`);
}

/**
 * JSON text with DEL and the C1 controls written as \u escapes, as JSON.stringify
 * already writes C0 controls: the document means the same and carries no raw control
 * character (those can only stand inside strings, where \u00XX is the same value).
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u00${hex(c)}`);
}
