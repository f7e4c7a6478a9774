// Plain aligned columns (no borders): narrower than a boxed table, so a coach's
// overview fits in 80 columns. Widths count visible characters (colour codes aside).
import { withoutStyleMarks } from '../core/safe-text.js';
import type { Theme } from './theme.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
/** Characters that show: the theme's styles (as `marker`, see io/output.ts) and ANSI codes take no width. */
export const visibleWidth = (text: string, marker?: string) => [...withoutStyleMarks(text, marker).replace(ANSI, '')].length;

export function renderColumns(head: string[], rows: string[][], t: Theme, gap = 2): string {
  const widths = head.map((h, i) => Math.max(visibleWidth(h, t.marker), ...rows.map((r) => visibleWidth(r[i] ?? '', t.marker))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - visibleWidth(c, t.marker) + gap)))
      .join('')
      .trimEnd();
  return [t.bold(line(head)), ...rows.map(line)].join('\n');
}
