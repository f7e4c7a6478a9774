// Wrapping text output at word boundaries to the terminal's width (SPEC §4 v1.1: 80
// columns when output is not a terminal). A continuation keeps the line's indent (two
// more under a bullet; under the last column of an aligned row, such as an audit
// line's summary), runs of spaces that align columns are kept, colour codes take no
// width, and a word longer than the line is left whole rather than cut.
import { withoutStyleMarks } from '../core/safe-text.js';
import { visibleWidth } from './columns.js';

const BULLET = /^(\s*)([•\-*] )/;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
/** Continuations leave at least this many columns for words. */
const MIN_TEXT = 20;

/** Where continuation lines start: under the last column of an aligned row, else the indent. */
function hangingIndent(line: string, width: number, marker: string | undefined): number {
  const plain = withoutStyleMarks(line, marker).replace(ANSI, '');
  const bullet = BULLET.exec(plain);
  if (bullet) return bullet[1]!.length + bullet[2]!.length;
  const indent = /^ */.exec(plain)![0].length;
  let column = -1;
  for (const m of plain.matchAll(/\S( {2,})(?=\S)/g)) column = [...plain.slice(0, m.index! + 1 + m[1]!.length)].length;
  return column > indent && column <= width - MIN_TEXT ? column : indent;
}

/** `marker`: the theme's style marker (styles take no width). */
export function wrapLine(line: string, width: number, marker?: string): string[] {
  if (visibleWidth(line, marker) <= width) return [line];
  const indent = /^ */.exec(line)![0];
  const hang = ' '.repeat(hangingIndent(line, width, marker));
  // Words and the spaces between them, in order: [word, spaces, word, …].
  const parts = line.slice(indent.length).split(/( +)/);
  const out: string[] = [];
  let current = indent + parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const gap = parts[i]!;
    const word = parts[i + 1] ?? '';
    if (word === '') continue;
    if (visibleWidth(current, marker) + gap.length + visibleWidth(word, marker) <= width) current += gap + word;
    else {
      out.push(current);
      current = hang + word;
    }
  }
  out.push(current);
  return out;
}

export function wrapText(text: string, width: number, marker?: string): string {
  if (width < 20) return text; // too narrow to help: the terminal wraps as it can
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width, marker))
    .join('\n');
}
